export function PopupPanel() {
  return (
    <main>
      <h1>Customs Preflight</h1>
    </main>
  );
}
