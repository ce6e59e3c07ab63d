import type { Severity } from '../../lib/core/model/finding';
import { SEVERITIES } from '../../lib/core/model/finding';
import { revealHidden } from '../../lib/core/report/safe-text';
import { ruleById } from '../../lib/core/rules/registry';

export interface FilterState {
  severities: Severity[];
  ruleId: string;
  column: string;
  text: string;
}

/** The filter bar above the issue list: severities, rule (by title), column, free text. */
export function FindingFilters({
  filter,
  onChange,
  ruleIds,
  columns,
}: {
  filter: FilterState;
  onChange: (next: FilterState) => void;
  ruleIds: readonly string[];
  columns: readonly string[];
}) {
  const toggleSeverity = (severity: Severity) =>
    onChange({ ...filter, severities: filter.severities.includes(severity) ? filter.severities.filter((s) => s !== severity) : [...filter.severities, severity] });
  return (
    <fieldset class="filters">
      <legend>Filter issues</legend>
      {SEVERITIES.map((severity) => (
        <label key={severity}>
          <input type="checkbox" checked={filter.severities.includes(severity)} onChange={() => toggleSeverity(severity)} /> {severity}
        </label>
      ))}
      <label>
        Rule{' '}
        <select value={filter.ruleId} onChange={(e) => onChange({ ...filter, ruleId: (e.target as HTMLSelectElement).value })}>
          <option value="">All rules</option>
          {ruleIds.map((id) => (
            <option key={id} value={id}>
              {ruleById(id)?.title ?? id}
            </option>
          ))}
        </select>
      </label>
      <label>
        Column{' '}
        <select value={filter.column} onChange={(e) => onChange({ ...filter, column: (e.target as HTMLSelectElement).value })}>
          <option value="">All columns</option>
          {columns.map((name) => (
            <option key={name} value={name}>
              {revealHidden(name)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Search <input type="search" value={filter.text} onInput={(e) => onChange({ ...filter, text: (e.target as HTMLInputElement).value })} />
      </label>
    </fieldset>
  );
}
