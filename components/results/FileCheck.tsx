import { useState } from 'preact/hooks';
import { FilePicker } from '../shared/FilePicker';

/** Check a CSV or JSON catalog file: pick it, or drop it on the zone. */
export function FileCheck({ onFile }: { onFile: (file: File) => void }) {
  const [over, setOver] = useState(false);
  return (
    <section
      aria-labelledby="file-heading"
      class={`file-drop${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer?.files[0];
        if (file) onFile(file);
      }}
    >
      <h2 id="file-heading">Check a file</h2>
      <FilePicker label="Catalog file (CSV or JSON)" accept=".csv,.tsv,.txt,.json,text/csv,application/json" onFile={onFile} />
      <p class="hint">or drop it here. It is checked on this computer and kept with your scans.</p>
    </section>
  );
}
