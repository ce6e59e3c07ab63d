import { describe, expect, it } from 'vitest';
import { ColumnTableBuilder } from '../../../../lib/core/read/column-table-builder';
import { BLOCK_ROWS } from '../../../../lib/core/read/column-table';
import { startValidation } from '../../../../lib/core/validate';
import { checkWithRule } from '../../../support/catalog-builder';

const headers = ['Description', 'HTS Code', 'COO', 'Qty', 'Unit Price', 'Ext. Value', 'Currency', 'MID'];
const cellRequired = (rows: string[][]) => checkWithRule('cell-required', { headers, rows });

describe('cell-required', () => {
  it('accepts a complete line, and empty optional cells (currency, MID)', () => {
    expect(cellRequired([['Laptop computers', '8471.30.0100', 'CN', '10', '450.00', '4500.00', '', '']])).toEqual([]);
  });

  it('flags each empty required cell of the line', () => {
    const findings = cellRequired([
      ['Laptop computers', '8471.30.0100', 'CN', '10', '450.00', '4500.00', 'USD', ''],
      ['', '8471.30.0100', '', '10', '450.00', '4500.00', 'USD', ''],
    ]);
    expect(findings).toEqual([
      { ruleId: 'cell-required', severity: 'error', row: 2, field: 'description', column: 'Description', value: '', message: expect.any(String) },
      { ruleId: 'cell-required', severity: 'error', row: 2, field: 'origin', column: 'COO', value: '', message: expect.any(String) },
    ]);
  });

  it('counts a cell of spaces as empty', () => {
    const [finding] = cellRequired([['Laptop computers', '   ', 'CN', '10', '450.00', '', '', '']]);
    expect(finding).toMatchObject({ row: 1, field: 'hts', value: '   ' });
  });

  it('needs either value: a unit price alone or a line value alone is enough', () => {
    expect(cellRequired([['Laptop computers', '8471.30.0100', 'CN', '10', '450.00', '', '', '']])).toEqual([]);
    expect(cellRequired([['Laptop computers', '8471.30.0100', 'CN', '10', '', '4500.00', '', '']])).toEqual([]);
  });

  it('flags a line with neither value once', () => {
    const findings = cellRequired([['Laptop computers', '8471.30.0100', 'CN', '10', '', ' ', '', '']]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ row: 1, field: 'lineValue', column: 'Ext. Value' });
    expect(findings[0]!.message).toMatch(/no value/);
  });

  it('finds the same empty cells in a table kept by column, across its blocks, in a service worker\'s small steps too', () => {
    // Descriptions all differ (kept packed), origins repeat (numbered), amounts are read as numbers.
    const rows = Array.from({ length: BLOCK_ROWS + 50 }, (_, i) => [
      i % 7 === 0 ? ' ' : `Laptop computers model ${i}`,
      i % 11 === 0 ? '' : '8471.30.0100',
      i % 13 === 0 ? '  ' : ['CN', 'VN', 'MX'][i % 3]!,
      i % 17 === 0 ? '' : '10',
      i % 5 === 0 ? '' : '450.00',
      i % 10 === 0 ? ' ' : '4500.00',
      'USD',
      '',
    ]);
    const builder = new ColumnTableBuilder();
    for (const cells of rows) builder.add(cells);
    const asRows = cellRequired(rows);
    expect(asRows.length).toBeGreaterThan(1500);
    expect(new Set(asRows.map((finding) => finding.field))).toEqual(new Set(['description', 'hts', 'origin', 'quantity', 'lineValue']));
    const run = startValidation(builder.table(headers, 't.csv'), { enabledRules: ['cell-required'] });
    while (!run.advance(97));
    expect(run.report().findings).toEqual(asRows);
  });

  it('checks only the columns the table has (missing columns are column-missing\'s)', () => {
    const findings = checkWithRule('cell-required', { headers: ['Description', 'Qty'], rows: [['Laptop computers', '']] });
    expect(findings.map((f) => f.field)).toEqual(['quantity']);
  });
});
