import type { Finding } from '../../lib/core/model/finding';
import type { RuleGroup } from '../../lib/core/report/finding-groups';

/** One line of the grouped table: a group's header, or a finding of an open group. */
export type FindingRow = { kind: 'group'; group: RuleGroup; key: string } | { kind: 'finding'; finding: Finding; group: RuleGroup; index: number };

export const groupKey = (group: Pick<RuleGroup, 'severity' | 'ruleId'>): string => `${group.severity}:${group.ruleId}`;

/** The table's lines: every group's header, and under each open group its findings. */
export function findingRows(groups: readonly RuleGroup[], isOpen: (group: RuleGroup) => boolean): FindingRow[] {
  const rows: FindingRow[] = [];
  for (const group of groups) {
    const key = groupKey(group);
    rows.push({ kind: 'group', group, key });
    if (isOpen(group)) group.findings.forEach((finding, index) => rows.push({ kind: 'finding', finding, group, index }));
  }
  return rows;
}
