import { describe, expect, it } from 'vitest';
import { checkWithRule } from '../../../support/catalog-builder';

const weightInvalid = (rows: string[][], headers = ['Net Weight', 'Gross Weight']) => checkWithRule('weight-invalid', { headers, rows });

describe('weight-invalid', () => {
  it('accepts weights as numbers, with a weight unit in the cell, and zero', () => {
    expect(weightInvalid([['12.5', '13'], ['12 lb', '6 kg'], ['500 g', '0.6 kg'], ['0', '0.1'], ['1.250,5', '1.300,0'], ['12 Kilo', '13 kg']])).toEqual([]);
  });

  it('flags a weight that is not a number, with how to write it', () => {
    const findings = weightInvalid([['abc', '10']]);
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'weight-invalid', severity: 'error', row: 1, field: 'netWeight', column: 'Net Weight', value: 'abc', fix: 'Enter the weight in kilograms, e.g. 12.5.' }),
    ]);
  });

  it('flags a negative weight', () => {
    const findings = weightInvalid([['10', '-1']]);
    expect(findings).toEqual([expect.objectContaining({ row: 1, field: 'grossWeight', value: '-1' })]);
    expect(findings[0]!.message).toMatch(/negative/);
  });

  it('flags a count written in a weight column instead of reading it as kilograms', () => {
    const findings = weightInvalid([['12 pcs', '13']]);
    expect(findings).toEqual([expect.objectContaining({ row: 1, field: 'netWeight', value: '12 pcs' })]);
    expect(findings[0]!.message).toMatch(/"pcs".*not a unit of weight/);
  });

  it('flags weights whose weight-unit column names no unit of weight', () => {
    const findings = weightInvalid([['12', '13', 'KGS'], ['12', '13', 'PCS']], ['Net Weight', 'Gross Weight', 'Weight Unit']);
    expect(findings.map((f) => [f.row, f.field])).toEqual([
      [2, 'netWeight'],
      [2, 'grossWeight'],
    ]);
  });

  it('leaves empty weights alone: they are optional', () => {
    expect(weightInvalid([['', ''], [' ', '12']])).toEqual([]);
  });
});
