export default defineBackground(() => {
  // Wired up by the extension issue: scan messages, validation and storage.
});
