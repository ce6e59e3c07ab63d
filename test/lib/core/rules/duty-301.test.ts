import { describe, expect, it } from 'vitest';
import type { Section301List } from '../../../../lib/core/reference/section301-list';
import { ColumnTableBuilder } from '../../../../lib/core/read/column-table-builder';
import { builtInSection301 } from '../../../../lib/core/reference/us-section301';
import { validateTable } from '../../../../lib/core/validate';
import { checkCatalog, checkWithRule } from '../../../support/catalog-builder';

const section301: Section301List = {
  source: 'test list',
  rates: new Map([
    ['84713001', 25],
    ['73181520', 7.5],
  ]),
};
const headers = ['Part No', 'HTS', 'Country of Origin', 'Remarks'];
const duty301 = (rows: string[][], list: Section301List | null = section301) => checkWithRule('duty-301', { headers, rows, section301: list });

describe('duty-301', () => {
  it('warns on goods of China whose subheading is listed, with the Chapter 99 number to report', () => {
    const findings = duty301([
      ['LT-1', '8471.30.0100', 'CN', ''],
      ['BO-2', '7318152010', 'China', ''],
    ]);
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'duty-301', severity: 'warning', row: 1, field: 'hts', column: 'HTS', value: '8471.30.0100' }),
      expect.objectContaining({ row: 2, fix: expect.stringContaining('9903.88.15') }),
    ]);
    expect(findings[0]!.message).toMatch(/8471\.30\.01 of Chinese origin is on a Section 301 list \(additional 25% duty\)/);
    expect(findings[1]!.message).toMatch(/7\.5%.*9903\.88\.15 \(list 4A\)/);
  });

  it('says nothing when the row already carries a 9903 number, in any column', () => {
    expect(duty301([['LT-1', '8471.30.0100', 'CN', 'Ch. 99: 9903.88.03'], ['LT-2', '9903.88.03 8471.30.0100', 'CN', ''], ['LT-3', '8471.30.0100', 'CN', '99038803']])).toEqual([]);
  });

  it('finds a 9903 number in a table kept by column as in rows: in a column its reader numbered, or cell by cell in a packed one', () => {
    // Part numbers all differ (kept packed), remarks and codes repeat (kept numbered): row 6 has its
    // number in the part number, rows 3k+2 in the remarks, row 12 in the code.
    const remarks = ['', 'Ch. 99: 9903.88.03', 'see note', 'none'];
    const rows = Array.from({ length: 40 }, (_, i) => [
      i === 5 ? `9903.88.03/P-${i}` : `P-${i}`,
      i === 11 ? '9903.88.03 8471.30.0100' : '8471.30.0100',
      'CN',
      remarks[i % 3]!,
    ]);
    const builder = new ColumnTableBuilder();
    for (const cells of rows) builder.add(cells);
    const byColumn = builder.table(headers, 't.csv');
    expect(byColumn.numberedColumn(0)).toBeNull();
    expect(byColumn.numberedColumn(3)).not.toBeNull();
    const flagged = (table: Parameters<typeof validateTable>[0]) =>
      validateTable(table, { section301, enabledRules: ['duty-301'] }).findings.map((finding) => finding.row);
    const expected = rows.flatMap((cells, i) => (cells.some((cell) => cell.includes('9903')) ? [] : [i + 1]));
    expect(expected).toHaveLength(25);
    expect(flagged({ headers, rows, sourceName: 't.csv' })).toEqual(expected);
    expect(flagged(byColumn)).toEqual(expected);
  });

  it('says nothing for other origins, unlisted subheadings, or an origin that is only a guess', () => {
    expect(duty301([['LT-1', '8471.30.0100', 'VN', ''], ['LT-2', '8517.62.0090', 'CN', ''], ['LT-3', '8471.30.0100', 'Chna', ''], ['LT-4', '8471.30.0100', '', '']])).toEqual([]);
  });

  it('checks against the built-in Section 301 list', () => {
    expect(duty301([['LT-1', '8471.30.0100', 'CN', '']], builtInSection301())).toHaveLength(0); // 8471.30.01 is not listed
    expect(duty301([['BO-1', '7318.15.2010', 'CN', '']], builtInSection301())).toHaveLength(1);
  });

  it('does not run without the list, and only for U.S. entries', () => {
    const without = checkCatalog({ headers, rows: [['LT-1', '8471.30.0100', 'CN', '']] });
    expect(without.rulesSkipped).toContainEqual(expect.objectContaining({ ruleId: 'duty-301', cause: 'missing' }));
    const eu = checkCatalog({ headers, rows: [['LT-1', '8471.30.0100', 'CN', '']], section301, jurisdiction: 'EU' });
    expect(eu.findings.filter((f) => f.ruleId === 'duty-301')).toEqual([]);
  });
});
