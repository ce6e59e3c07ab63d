import { describe, expect, it } from 'vitest';
import { checkWithRule } from '../../../support/catalog-builder';

const netExceedsGross = (rows: string[][], headers = ['Net Weight', 'Gross Weight']) =>
  checkWithRule('weight-net-exceeds-gross', { headers, rows });

describe('weight-net-exceeds-gross', () => {
  it('accepts a net weight at or below the gross weight', () => {
    expect(netExceedsGross([['10', '12'], ['10', '10'], ['10.005', '10']])).toEqual([]);
  });

  it('flags a net weight above the gross weight, on the net weight cell', () => {
    const [finding, ...rest] = netExceedsGross([['12', '10']]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'weight-net-exceeds-gross', severity: 'error', row: 1, field: 'netWeight', column: 'Net Weight', value: '12' });
    expect(finding!.fix).toMatch(/swapped or in different units/);
  });

  it('allows only a thousandth of slack for rounding', () => {
    expect(netExceedsGross([['10.02', '10']]).map((f) => f.row)).toEqual([1]);
  });

  it('compares weights in kilograms when the cells carry units', () => {
    // 12 lb = 5.44 kg, below 10 kg; 10 kg is above 12 lb; 5000 g is above 4 kg; 1 t is above 999 kg.
    const findings = netExceedsGross([['12 lb', '10 kg'], ['10 kg', '12 lb'], ['5000 g', '4 kg'], ['1 t', '999 kg']]);
    expect(findings.map((f) => f.row)).toEqual([2, 3, 4]);
  });

  it('reads units from the headers', () => {
    // 22 lb = 9.98 kg, below 10 kg; 23 lb = 10.43 kg, above.
    expect(netExceedsGross([['22', '10'], ['23', '10']], ['Net Wt (lbs)', 'Gross Wt (kg)']).map((f) => f.row)).toEqual([2]);
  });

  it('applies a weight-unit column to both weights', () => {
    const findings = netExceedsGross([['22', '10', 'LB'], ['8', '10', 'LBS']], ['Net Weight', 'Gross Weight', 'Weight Unit']);
    expect(findings.map((f) => f.row)).toEqual([1]);
  });

  it('reads German decimal-comma columns', () => {
    const headers = ['Nettogewicht (kg)', 'Bruttogewicht (kg)'];
    expect(netExceedsGross([['1.250,5', '1.300,0'], ['1.300,5', '1.250,0']], headers).map((f) => [f.row, f.column])).toEqual([[2, 'Nettogewicht (kg)']]);
  });

  it('leaves unreadable, empty and negative weights to weight-invalid', () => {
    expect(netExceedsGross([['abc', '10'], ['12', ''], ['12', '-1'], ['12 pcs', '10']])).toEqual([]);
  });
});
