import type { Finding } from '../../lib/core/model/finding';
import type { RuleGroup } from '../../lib/core/report/finding-groups';
import { plural } from '../../lib/core/report/wording';
import { revealHidden } from '../../lib/core/report/safe-text';
import { SafeText } from '../shared/SafeText';

/** What the table offers for suggested corrections that are values (see replacement-fixes.ts). */
export interface FixActions {
  /** Whether the finding's suggested fix is a value that can replace the cell. */
  canAccept(finding: Finding): boolean;
  isAccepted(finding: Finding): boolean;
  accept(finding: Finding): void;
  acceptRule(ruleId: string): void;
}

/** What a line of the issue list can do besides being read; each part is absent when it does not apply. */
export interface FindingActions {
  /** Page scans only: focus the page's tab and bring the finding's cell into view. */
  showOnPage?(finding: Finding): void;
  fixes?: FixActions;
}

const SEVERITY_WORDS = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['note', 'notes'] } as const;

/** A group's header line: its rule title and count; pressing it opens or closes the group. */
export function GroupLine({
  group,
  open,
  onToggle,
  rowIndex,
  actions,
  columns,
}: {
  group: RuleGroup;
  open: boolean;
  onToggle: () => void;
  rowIndex: number;
  actions: FindingActions;
  columns: number;
}) {
  const [one, many] = SEVERITY_WORDS[group.severity];
  const fixable = actions.fixes ? group.findings.filter((f) => actions.fixes!.canAccept(f) && !actions.fixes!.isAccepted(f)).length : 0;
  return (
    <tr class={`group-line ${group.severity}`} aria-rowindex={rowIndex} data-rule={group.ruleId} data-severity={group.severity} data-count={group.findings.length}>
      <td colSpan={columns}>
        <button type="button" class="group-toggle" aria-expanded={open ? 'true' : 'false'} onClick={onToggle}>
          <span aria-hidden="true" class="chevron">
            {open ? '▾' : '▸'}
          </span>{' '}
          <span class={`severity ${group.severity}`}>{plural(group.findings.length, one, many)}</span> · {group.title}
        </button>
        {fixable > 0 && (
          <button
            type="button"
            class="accept-rule"
            aria-label={`Accept all fixes of this rule: ${plural(fixable, 'fix', 'fixes')} of "${group.title}"`}
            onClick={() => actions.fixes!.acceptRule(group.ruleId)}
          >
            Accept all fixes of this rule ({fixable.toLocaleString('en')})
          </button>
        )}
      </td>
    </tr>
  );
}

/** One finding: where (row, column), the cell as read, the problem and the fix, and its actions. */
export function FindingLine({ finding: f, rowIndex, actions }: { finding: Finding; rowIndex: number; actions: FindingActions }) {
  const fixes = actions.fixes;
  const where = `row ${f.row ?? 'table'}${f.column ? `, ${revealHidden(f.column)}` : ''}`;
  return (
    <tr class="finding-line" aria-rowindex={rowIndex} data-rule={f.ruleId} data-row={f.row ?? ''} data-severity={f.severity}>
      <td class="col-row">{f.row ?? 'table'}</td>
      <td class="col-column">
        <SafeText text={f.column} />
      </td>
      {/* Codes are never wrapped mid-number; a cell too long for the line ends in an ellipsis (its full text is the tooltip). */}
      <td class="cell-value" title={revealHidden(f.value ?? '')}>
        <SafeText text={f.value} />
      </td>
      <td class="col-message" title={revealHidden(f.message)}>
        <div class="clip">
          <SafeText text={f.message} />
        </div>
      </td>
      <td class="col-fix" title={revealHidden(f.fix ?? '')}>
        <SafeText text={f.fix} />
      </td>
      <td class="col-actions">
        {actions.showOnPage && f.row !== null && (
          <button type="button" class="show-on-page" aria-label={`Show ${where} on the page`} onClick={() => actions.showOnPage!(f)}>
            Show on page
          </button>
        )}
        {fixes?.canAccept(f) &&
          (fixes.isAccepted(f) ? (
            <span class="fix-accepted">Accepted</span>
          ) : (
            <button type="button" class="accept-fix" aria-label={`Accept fix ${revealHidden(f.fix ?? '')} for ${where}`} onClick={() => fixes.accept(f)}>
              Accept fix
            </button>
          ))}
      </td>
    </tr>
  );
}
