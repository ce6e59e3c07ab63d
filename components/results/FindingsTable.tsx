import { useMemo, useState } from 'preact/hooks';
import type { Finding, Severity } from '../../lib/core/model/finding';
import { filterFindings, type FindingSortKey, sortFindings } from '../../lib/core/report/finding-filter';
import { revealHidden } from '../../lib/core/report/safe-text';
import { SafeText } from '../shared/SafeText';
import { replacementValue } from '../../lib/core/report/replacement-fixes';

/** What the table offers for suggested corrections that are values (see replacement-fixes.ts). */
export interface FixActions {
  isAccepted(finding: Finding): boolean;
  accept(finding: Finding): void;
  acceptRule(ruleId: string): void;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const COLUMNS: { key: FindingSortKey | null; label: string }[] = [
  { key: 'row', label: 'Row' },
  { key: 'severity', label: 'Severity' },
  { key: 'ruleId', label: 'Rule' },
  { key: 'column', label: 'Column' },
  { key: null, label: 'Value' },
  { key: null, label: 'Problem' },
  { key: null, label: 'Suggested fix' },
];

/** The full issue list of a scan, with filters and sorting. All text is rendered as text. */
export function FindingsTable({ findings, fixes }: { findings: readonly Finding[]; fixes?: FixActions }) {
  const [severities, setSeverities] = useState<Severity[]>(SEVERITIES);
  const [ruleId, setRuleId] = useState('');
  const [column, setColumn] = useState('');
  const [text, setText] = useState('');
  const [sort, setSort] = useState<{ key: FindingSortKey; descending: boolean }>({ key: 'row', descending: false });

  const ruleIds = useMemo(() => [...new Set(findings.map((f) => f.ruleId))].sort(), [findings]);
  const columns = useMemo(() => [...new Set(findings.flatMap((f) => (f.column ? [f.column] : [])))].sort(), [findings]);
  const shown = useMemo(
    () => sortFindings(filterFindings(findings, { severities, ruleId: ruleId || undefined, column: column || undefined, text }), sort.key, sort.descending),
    [findings, severities, ruleId, column, text, sort],
  );

  const toggleSeverity = (severity: Severity) =>
    setSeverities((current) => (current.includes(severity) ? current.filter((s) => s !== severity) : [...current, severity]));

  return (
    <section aria-labelledby="issues-heading">
      <h2 id="issues-heading">Issues</h2>
      <fieldset class="filters">
        <legend>Filter issues</legend>
        {SEVERITIES.map((severity) => (
          <label key={severity}>
            <input type="checkbox" checked={severities.includes(severity)} onChange={() => toggleSeverity(severity)} /> {severity}
          </label>
        ))}
        <label>
          Rule{' '}
          <select value={ruleId} onChange={(e) => setRuleId((e.target as HTMLSelectElement).value)}>
            <option value="">All rules</option>
            {ruleIds.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </label>
        <label>
          Column{' '}
          <select value={column} onChange={(e) => setColumn((e.target as HTMLSelectElement).value)}>
            <option value="">All columns</option>
            {columns.map((name) => (
              <option key={name} value={name}>
                {revealHidden(name)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Search <input type="search" value={text} onInput={(e) => setText((e.target as HTMLInputElement).value)} />
        </label>
        {fixes && ruleId && findings.some((f) => f.ruleId === ruleId && replacementValue(f) !== null) && (
          <button type="button" onClick={() => fixes.acceptRule(ruleId)}>
            Accept all fixes of this rule
          </button>
        )}
      </fieldset>
      <p class="shown-count" aria-live="polite">
        {shown.length} of {findings.length} issues shown
      </p>
      <div class="table-scroll">
        <table class="findings">
          <thead>
            <tr>
              {COLUMNS.map(({ key, label }) => (
                <th key={label} scope="col" aria-sort={key && sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                  {key ? (
                    <button type="button" onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }))}>
                      {label}
                    </button>
                  ) : (
                    label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((f, index) => (
              <tr key={`${f.row}-${f.ruleId}-${f.field}-${index}`} data-rule={f.ruleId} data-row={f.row ?? ''}>
                <td>{f.row ?? 'table'}</td>
                <td>
                  <span class={`severity ${f.severity}`}>{f.severity}</span>
                </td>
                <td>
                  <code>{f.ruleId}</code>
                </td>
                <td>
                  <SafeText text={f.column} />
                </td>
                <td class="cell-value">
                  <SafeText text={f.value} />
                </td>
                <td>
                  <SafeText text={f.message} />
                </td>
                <td>
                  <SafeText text={f.fix} />
                  {fixes && replacementValue(f) !== null && (
                    fixes.isAccepted(f) ? (
                      <span class="fix-accepted"> Accepted</span>
                    ) : (
                      <button
                        type="button"
                        class="accept-fix"
                        aria-label={`Accept fix ${revealHidden(f.fix ?? '')} for row ${f.row}, ${revealHidden(f.column ?? '')}`}
                        onClick={() => fixes.accept(f)}
                      >
                        Accept fix
                      </button>
                    )
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
