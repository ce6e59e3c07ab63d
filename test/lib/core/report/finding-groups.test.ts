import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../lib/core/model/finding';
import { groupFindings, problemCounts } from '../../../../lib/core/report/finding-groups';

const finding = (ruleId: string, severity: Finding['severity'], row: number, column: string | null = 'HTS'): Finding => ({
  ruleId,
  severity,
  row,
  field: null,
  column,
  value: null,
  message: 'm',
});

describe('findings grouped by severity and rule', () => {
  it('puts errors before warnings before notes, the biggest rule first, and keeps order inside a group', () => {
    const groups = groupFindings([
      finding('pga-flag', 'info', 1),
      finding('row-duplicate', 'warning', 2),
      finding('hts-format', 'error', 5),
      finding('hts-unknown', 'error', 3),
      finding('hts-unknown', 'error', 1),
    ]);
    expect(groups.map((g) => `${g.severity}:${g.ruleId}:${g.findings.length}`)).toEqual(['error:hts-unknown:2', 'error:hts-format:1', 'warning:row-duplicate:1', 'info:pga-flag:1']);
    expect(groups[0]!.title).toBe('Tariff code is not in the schedule');
    expect(groups[0]!.findings.map((f) => f.row)).toEqual([3, 1]);
  });

  it('counts errors and warnings per column, notes left out', () => {
    const counts = problemCounts([finding('hts-format', 'error', 1), finding('hts-inconsistent', 'warning', 2), finding('pga-flag', 'info', 3), finding('origin-invalid', 'error', 1, 'Origin')], (f) => f.column);
    expect(counts).toEqual([
      { key: 'HTS', error: 1, warning: 1 },
      { key: 'Origin', error: 1, warning: 0 },
    ]);
  });
});
