import type { Finding } from '../model/finding';
import { JURISDICTIONS } from '../model/jurisdiction';
import type { TableRule } from './rule';

export const rowDuplicate: TableRule = {
  scope: 'table',
  id: 'row-duplicate',
  title: 'The same line appears twice',
  severity: 'warning',
  fields: [],
  jurisdictions: JURISDICTIONS,
  help:
    'A line repeated cell for cell is usually a copy-paste or export error and would double the quantity and value declared. ' +
    'If the goods really arrived twice, merge the lines or make them distinguishable.',
  source: { name: 'CBP Form 7501 Instructions (one line per distinct item); Frictionless "duplicate-row"', url: 'https://www.cbp.gov/trade/programs-administration/entry-summary/cbp-form-7501' },
  check(rows) {
    const firstRowOf = new Map<string, number>();
    const findings: Finding[] = [];
    for (const row of rows) {
      // Unit separator: cannot appear in cell text a user typed.
      const key = row.cells.map((cell) => cell.trim()).join('\u001f');
      if (key.replace(/\u001f/g, '') === '') continue;
      const first = firstRowOf.get(key);
      if (first === undefined) {
        firstRowOf.set(key, row.row);
        continue;
      }
      findings.push({
        ruleId: this.id,
        severity: this.severity,
        row: row.row,
        field: null,
        column: null,
        value: null,
        message: `This line repeats row ${first} exactly.`,
        fix: `Delete this line, or merge it with row ${first}.`,
      });
    }
    return findings;
  },
};
