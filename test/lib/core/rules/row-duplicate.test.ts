import { describe, expect, it } from 'vitest';
import { checkCatalog, checkWithRule, findingsOf } from '../../../support/catalog-builder';

const headers = ['Part No', 'Description', 'HTS', 'Qty', 'Unit Price'];
const rowDuplicate = (rows: string[][]) => checkWithRule('row-duplicate', { headers, rows });

describe('row-duplicate', () => {
  it('accepts lines that differ in any cell, e.g. the same part in another quantity', () => {
    expect(
      rowDuplicate([
        ['BK-100', 'Laptop computers', '8471.30.0100', '10', '450.00'],
        ['BK-100', 'Laptop computers', '8471.30.0100', '12', '450.00'],
      ]),
    ).toEqual([]);
  });

  it('flags the later copy only, as a warning about the whole row', () => {
    const findings = rowDuplicate([
      ['BK-100', 'Laptop computers', '8471.30.0100', '10', '450.00'],
      ['CP-200', 'Leather boots', '6403.99.3100', '5', '80.00'],
      ['BK-100', 'Laptop computers', '8471.30.0100', '10', '450.00'],
    ]);
    expect(findings).toEqual([
      {
        ruleId: 'row-duplicate',
        severity: 'warning',
        row: 3,
        field: null,
        column: null,
        value: null,
        message: expect.stringContaining('row 1'),
        fix: expect.stringContaining('row 1'),
      },
    ]);
  });

  it('points every further copy at the first one', () => {
    const line = ['BK-100', 'Laptop computers', '8471.30.0100', '10', '450.00'];
    const findings = rowDuplicate([line, line, line]);
    expect(findings.map((f) => f.row)).toEqual([2, 3]);
    expect(findings.every((f) => f.message.includes('row 1'))).toBe(true);
  });

  it('treats cells that differ only in surrounding spaces as the same', () => {
    const findings = rowDuplicate([
      ['BK-100', 'Laptop computers', '8471.30.0100', '10', '450.00'],
      ['BK-100 ', ' Laptop computers', '8471.30.0100', '10', '450.00 '],
    ]);
    expect(findings.map((f) => f.row)).toEqual([2]);
  });

  it('does not count blank lines as duplicates', () => {
    expect(rowDuplicate([['', '', '', '', ''], ['', '', '', '', ''], [' ', '', '', '', '']])).toEqual([]);
  });

  it('ignores line-number columns: two lines the same in all else are duplicates', () => {
    const report = checkCatalog({
      headers: ['Line', 'Part No', 'Description', 'HTS', 'Qty'],
      rows: [
        ['1', 'LT-1', 'Laptop computers', '8471.30.0100', '5'],
        ['2', 'LT-2', 'Routers', '8517.62.0090', '3'],
        ['3', 'LT-1', 'Laptop computers', '8471.30.0100', '5'],
      ],
      enabledRules: ['row-duplicate'],
    });
    expect(report.mapping.lineNumberColumns).toEqual([{ column: 0, header: 'Line' }]);
    expect(findingsOf(report, 'row-duplicate')).toEqual([expect.objectContaining({ row: 3, message: 'This line repeats row 1 exactly.' })]);
  });
});
