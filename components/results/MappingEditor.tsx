import { useState } from 'preact/hooks';
import { explainMatch, type MappingOverrides } from '../../lib/core/mapping/column-mapping';
import { FIELD_IDS, FIELD_LABELS, type FieldId } from '../../lib/core/model/fields';
import type { ValidationReport } from '../../lib/core/validate';
import { revealHidden } from '../../lib/core/report/safe-text';
import { SafeText } from '../shared/SafeText';

/**
 * The column mapping a scan used, and a way to correct it: pick the right header for a field and
 * re-run. The correction is kept for the site the table came from.
 */
export function MappingEditor({
  report,
  headers,
  site,
  onRerun,
}: {
  report: ValidationReport;
  headers: readonly string[];
  site: string | null;
  onRerun: (overrides: MappingOverrides) => Promise<void>;
}) {
  const initial = Object.fromEntries(report.mapping.matches.map((m) => [m.field, m.header])) as MappingOverrides;
  const [choice, setChoice] = useState<MappingOverrides>(initial);
  const [busy, setBusy] = useState(false);
  const how = new Map(report.mapping.matches.map((m) => [m.field, m]));

  const rerun = async () => {
    setBusy(true);
    try {
      const overrides = Object.fromEntries(Object.entries(choice).filter(([, header]) => header)) as MappingOverrides;
      await onRerun(overrides);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="mapping-heading">
      <h2 id="mapping-heading">Column mapping</h2>
      <p>
        Which column was read as which field{site ? ` (corrections are kept for ${site})` : ''}. Unmapped columns:{' '}
        <SafeText text={report.mapping.unmappedHeaders.length ? report.mapping.unmappedHeaders.join(', ') : 'none'} />.
      </p>
      <table class="mapping">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Column</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {FIELD_IDS.map((field: FieldId) => {
            const match = how.get(field);
            return (
              <tr key={field}>
                <th scope="row">{FIELD_LABELS[field]}</th>
                <td>
                  <select
                    aria-label={`Column for ${FIELD_LABELS[field]}`}
                    value={choice[field] ?? ''}
                    onChange={(e) => setChoice({ ...choice, [field]: (e.target as HTMLSelectElement).value })}
                  >
                    <option value="">(none)</option>
                    {headers.map((header, index) => (
                      <option key={`${index}-${header}`} value={header}>
                        {revealHidden(header)}
                      </option>
                    ))}
                  </select>
                </td>
                {/* The explanation quotes values of the catalog: hidden characters shown as codes. */}
                <td>{match ? revealHidden(explainMatch(match)) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" disabled={busy} onClick={() => void rerun()}>
        {busy ? 'Re-running…' : 'Save mapping and re-run'}
      </button>
    </section>
  );
}
