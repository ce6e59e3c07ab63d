import { describe, expect, it } from 'vitest';
import { checkWithRule } from '../../../support/catalog-builder';

const valueMismatch = (rows: string[][], headers = ['Qty', 'Unit Price', 'Ext. Value']) =>
  checkWithRule('value-mismatch', { headers, rows });

describe('value-mismatch', () => {
  it('accepts a line value equal to quantity × unit value', () => {
    expect(valueMismatch([['10', '2.50', '25.00'], ['1,200', '0.35', '420.00'], ['3', '$19.99', '$59.97']])).toEqual([]);
  });

  it('allows a difference up to 1% of the line value (rounding on invoices)', () => {
    // 0.25 of 25.25 is 0.99%; 3 × 0.333 = 0.999 against 1.00.
    expect(valueMismatch([['10', '2.50', '25.25'], ['3', '0.333', '1.00']])).toEqual([]);
  });

  it('allows a difference up to one cent on small lines', () => {
    // 1 × 0.004 = 0.004 against 0.01: off by 60% but by less than a cent.
    expect(valueMismatch([['1', '0.004', '0.01']])).toEqual([]);
  });

  it('flags a difference above both tolerances on the line value, with the computed total as the fix', () => {
    const [finding, ...rest] = valueMismatch([['10', '2.50', '25.26']]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'value-mismatch', severity: 'error', row: 1, field: 'lineValue', column: 'Ext. Value', value: '25.26', fix: '25.00' });
    expect(finding!.message).toContain('10 × unit value 2.5 = 25.00');
  });

  it('catches a price per dozen or per thousand entered as a unit price', () => {
    const findings = valueMismatch([['12', '1.25', '1,250.00'], ['100', '1.00', '99.00']]);
    expect(findings.map((f) => [f.row, f.fix])).toEqual([
      [1, '15.00'],
      [2, '100.00'],
    ]);
  });

  it('reads German columns with decimal commas and thousands dots', () => {
    const headers = ['Menge', 'Einzelpreis', 'Gesamtwert'];
    expect(valueMismatch([['10', '2,50', '25,00'], ['1.000', '2,50', '2.500,00']], headers)).toEqual([]);
    expect(valueMismatch([['1.000', '2,50', '25,00']], headers)).toEqual([expect.objectContaining({ row: 1, fix: '2500.00' })]);
  });

  it('leaves unreadable, empty and non-positive amounts to value-invalid and quantity-invalid', () => {
    expect(valueMismatch([['10', '2.50', 'TBD'], ['', '2.50', '25.00'], ['10', '0', '25.00'], ['-10', '2.50', '25.00']])).toEqual([]);
  });
});
