import { useState } from 'preact/hooks';
import { FilePicker } from '../shared/FilePicker';

/** Check a catalog file (CSV, Excel workbook or JSON): pick it, or drop it on the zone. */
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
      <FilePicker
        label="Catalog file (CSV, Excel or JSON)"
        accept=".csv,.tsv,.txt,.json,.xlsx,.xlsm,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onFile={onFile}
      />
      <p class="hint">or drop it here. It is checked on this computer and kept with your scans.</p>
    </section>
  );
}

/** A workbook with several sheets: which one holds the catalog (the first is proposed). */
export function SheetChoice({ fileName, sheets, onCheck, onCancel }: { fileName: string; sheets: readonly string[]; onCheck: (sheet: string) => void; onCancel: () => void }) {
  const [sheet, setSheet] = useState(sheets[0] ?? '');
  return (
    <section aria-labelledby="sheet-heading" class="sheet-choice">
      <h2 id="sheet-heading">Which sheet of {fileName}?</h2>
      <label>
        Sheet{' '}
        <select value={sheet} onChange={(e) => setSheet((e.target as HTMLSelectElement).value)}>
          {sheets.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <div class="actions">
        <button type="button" onClick={() => onCheck(sheet)}>
          Check this sheet
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
