import { describe, expect, it } from 'vitest';
import { checkWithRule } from '../../../support/catalog-builder';

const valueInvalid = (rows: string[][]) => checkWithRule('value-invalid', { headers: ['Unit Price', 'Ext. Value'], rows });

describe('value-invalid', () => {
  it('accepts positive amounts, with currency signs, codes and grouping', () => {
    expect(valueInvalid([['12.50', '125.00'], ['$12.00', 'USD 1,200.00'], ['EUR 12,50', '1.250,00 €'], ['0.004', '0.04']])).toEqual([]);
  });

  it('flags amounts that are not numbers, each in its own column', () => {
    const findings = valueInvalid([['TBD', 'N/A']]);
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'value-invalid', severity: 'error', row: 1, field: 'unitValue', column: 'Unit Price', value: 'TBD', fix: 'Enter the amount, e.g. 12.50.' }),
      expect.objectContaining({ row: 1, field: 'lineValue', column: 'Ext. Value', value: 'N/A', fix: 'Enter the amount, e.g. 12.50.' }),
    ]);
  });

  it('flags zero and negative values: free goods still declare their value', () => {
    const findings = valueInvalid([['0', '-5'], ['(12.00)', '12']]);
    expect(findings.map((f) => [f.row, f.field, /zero/.test(f.message) ? 'zero' : 'negative'])).toEqual([
      [1, 'unitValue', 'zero'],
      [1, 'lineValue', 'negative'],
      [2, 'unitValue', 'negative'],
    ]);
  });

  it('flags a run of digits too long to be an amount instead of reading it as infinite', () => {
    const findings = valueInvalid([['9'.repeat(400), '10']]);
    expect(findings).toEqual([expect.objectContaining({ row: 1, field: 'unitValue' })]);
    expect(findings[0]!.message).toMatch(/too many digits/);
  });

  it('leaves empty cells to cell-required', () => {
    expect(valueInvalid([['', ''], ['12.00', '']])).toEqual([]);
  });
});
