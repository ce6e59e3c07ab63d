import { useMemo, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../lib/core/model/finding';
import { SEVERITIES } from '../../lib/core/model/finding';
import { filterFindings, type FindingSortKey, sortFindings } from '../../lib/core/report/finding-filter';
import { groupFindings, type RuleGroup } from '../../lib/core/report/finding-groups';
import { plural } from '../../lib/core/report/wording';
import { FindingFilters, type FilterState } from './FindingFilters';
import { type FindingActions, FindingLine, GroupLine } from './FindingLine';
import { findingRows, groupKey } from './finding-rows';
import { useVirtualRows } from './use-virtual-rows';

export type { FindingActions, FixActions } from './FindingLine';

/** Fixed line height (px): what lets the table render only the lines in view. Matches extension-pages.css. */
export const FINDING_ROW_PX = 44;

const COLUMNS: { key: FindingSortKey | null; label: string; className?: string }[] = [
  { key: 'row', label: 'Row', className: 'col-row' },
  { key: 'column', label: 'Column', className: 'col-column' },
  { key: null, label: 'Value', className: 'col-value' },
  { key: null, label: 'Problem', className: 'col-message' },
  { key: null, label: 'Suggested fix', className: 'col-fix' },
  { key: null, label: 'Actions', className: 'col-actions' },
];

/**
 * The issue list of a scan: filtered, grouped by severity and rule (errors first; notes folded
 * until opened), sorted inside each group, and virtualized — only the lines in view are in the
 * document, so 100,000 findings scroll as smoothly as 30. All catalog text is rendered as text.
 */
export function FindingsTable({ findings, actions = {} }: { findings: readonly Finding[]; actions?: FindingActions }) {
  const [filter, setFilter] = useState<FilterState>({ severities: [...SEVERITIES], ruleId: '', column: '', text: '' });
  const [sort, setSort] = useState<{ key: FindingSortKey; descending: boolean }>({ key: 'row', descending: false });
  /** Groups the user opened or closed; the others follow the default (notes closed). */
  const [toggled, setToggled] = useState<Map<string, boolean>>(new Map());
  const scroller = useRef<HTMLDivElement>(null);

  const ruleIds = useMemo(() => [...new Set(findings.map((f) => f.ruleId))], [findings]);
  const columns = useMemo(() => [...new Set(findings.flatMap((f) => (f.column ? [f.column] : [])))].sort(), [findings]);
  const shown = useMemo(
    () =>
      sortFindings(
        filterFindings(findings, { severities: filter.severities, ruleId: filter.ruleId || undefined, column: filter.column || undefined, text: filter.text }),
        sort.key,
        sort.descending,
      ),
    [findings, filter, sort],
  );
  const groups = useMemo(() => groupFindings(shown), [shown]);
  /** Notes inform and never block filing: their groups start closed, the others open. */
  const isOpen = (group: Pick<RuleGroup, 'severity' | 'ruleId'>) => toggled.get(groupKey(group)) ?? group.severity !== 'info';
  const rows = useMemo(() => findingRows(groups, isOpen), [groups, toggled]);
  const visible = useVirtualRows(scroller, rows.length, FINDING_ROW_PX);

  const setAll = (open: boolean) => setToggled(new Map(groups.map((group) => [groupKey(group), open])));
  const toggle = (group: RuleGroup) => setToggled((current) => new Map(current).set(groupKey(group), !isOpen(group)));
  const sortBy = (key: FindingSortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }));

  return (
    <section aria-labelledby="issues-heading">
      <h2 id="issues-heading">Issues</h2>
      <FindingFilters filter={filter} onChange={setFilter} ruleIds={ruleIds} columns={columns} />
      <div class="table-tools">
        <p class="shown-count" aria-live="polite">
          {shown.length.toLocaleString('en')} of {plural(findings.length, 'issue', 'issues')} shown, in {plural(groups.length, 'group', 'groups')}
        </p>
        <button type="button" onClick={() => setAll(true)}>
          Open all groups
        </button>
        <button type="button" onClick={() => setAll(false)}>
          Close all groups
        </button>
      </div>
      <div class="table-scroll virtual" ref={scroller}>
        <table class="findings" aria-rowcount={rows.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              {COLUMNS.map(({ key, label, className }) => (
                <th key={label} scope="col" class={className} aria-sort={key && sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                  {key ? (
                    <button type="button" class="sort" onClick={() => sortBy(key)}>
                      {label}
                      {/* The arrow says which way the lines are sorted; the other sortable headers show a faint double arrow. */}
                      <span aria-hidden="true" class={sort.key === key ? 'sort-arrow active' : 'sort-arrow'}>
                        {sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}
                      </span>
                    </button>
                  ) : (
                    label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.before > 0 && <tr class="spacer" aria-hidden="true" style={{ height: `${visible.before}px` }} />}
            {rows.slice(visible.start, visible.end).map((row, offset) =>
              row.kind === 'group' ? (
                <GroupLine key={row.key} group={row.group} open={isOpen(row.group)} onToggle={() => toggle(row.group)} rowIndex={visible.start + offset + 2} actions={actions} columns={COLUMNS.length} />
              ) : (
                <FindingLine key={`${groupKey(row.group)}#${row.index}`} finding={row.finding} rowIndex={visible.start + offset + 2} actions={actions} />
              ),
            )}
            {visible.after > 0 && <tr class="spacer" aria-hidden="true" style={{ height: `${visible.after}px` }} />}
          </tbody>
        </table>
      </div>
    </section>
  );
}
