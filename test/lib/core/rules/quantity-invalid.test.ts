import { describe, expect, it } from 'vitest';
import { checkWithRule } from '../../../support/catalog-builder';

const quantityInvalid = (rows: string[][], headers = ['Qty', 'UOM']) => checkWithRule('quantity-invalid', { headers, rows });

describe('quantity-invalid', () => {
  it('accepts whole counts and fractional weights or measures', () => {
    expect(quantityInvalid([['12', 'NO'], ['2.5', 'KG'], ['0.75', 'M3'], ['1,000', 'PCS'], ['3', 'DOZ']])).toEqual([]);
  });

  it.each(['NO', 'PCS', 'DOZ', 'PRS', 'EA', 'pairs'])('flags a fractional quantity counted in %s and suggests a whole number', (unit) => {
    const [finding, ...rest] = quantityInvalid([['2.4', unit]]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'quantity-invalid', severity: 'error', row: 1, field: 'quantity', column: 'Qty', value: '2.4', fix: '2' });
    expect(finding!.message).toMatch(/fractional/);
  });

  it('never suggests a zero quantity for a fraction below one', () => {
    expect(quantityInvalid([['0.4', 'PCS']])).toEqual([expect.objectContaining({ row: 1, fix: '1' })]);
  });

  it('reads German decimal commas: 2,5 kg is fine, 2,5 Stück is not', () => {
    const findings = quantityInvalid([['2,5', 'KG'], ['2,5', 'Stück'], ['1.000', 'Stück']], ['Menge', 'Mengeneinheit']);
    expect(findings.map((f) => [f.row, f.column, f.fix])).toEqual([[2, 'Menge', '3']]);
  });

  it('takes the unit from the cell when there is no unit column', () => {
    const findings = checkWithRule('quantity-invalid', { headers: ['Qty'], rows: [['12 pcs'], ['12.5 pcs'], ['12.5 kg']] });
    expect(findings.map((f) => f.row)).toEqual([2]);
  });

  it('flags text that is not a number, with how to write it', () => {
    const [finding] = quantityInvalid([['TBD', 'NO']]);
    expect(finding).toMatchObject({ row: 1, value: 'TBD', fix: 'Enter the quantity as digits, e.g. 120.' });
    expect(finding!.message).toMatch(/"TBD" is not a number/);
  });

  it('flags zero and negative quantities', () => {
    const findings = quantityInvalid([['0', 'NO'], ['-3', 'KG'], ['(5)', 'NO']]);
    expect(findings.map((f) => [f.row, f.message.match(/zero|negative/)?.[0]])).toEqual([
      [1, 'zero'],
      [2, 'negative'],
      [3, 'negative'],
    ]);
  });

  it('leaves an empty quantity to cell-required', () => {
    expect(quantityInvalid([['', 'NO'], ['  ', 'KG']])).toEqual([]);
  });
});
