import { describe, expect, it } from 'vitest';
import type { ValidateOptions } from '../../../../lib/core/validate';
import { checkWithRule } from '../../../support/catalog-builder';

const complete = ['Part No', 'Description', 'HTS Code', 'Country of Origin', 'Qty', 'Unit Price'];
const columnMissing = (headers: string[], options: ValidateOptions = {}) =>
  checkWithRule('column-missing', { headers, rows: [headers.map(() => 'x')], ...options });

describe('column-missing', () => {
  it('accepts a catalog with description, tariff code, origin, quantity and a value', () => {
    expect(columnMissing(complete)).toEqual([]);
  });

  it('accepts the columns under the wordings portals and ERP exports use', () => {
    expect(columnMissing(['Warenbeschreibung', 'Zolltarifnummer', 'Ursprungsland', 'Menge', 'Gesamtwert'])).toEqual([]);
    expect(columnMissing(['Item Description', 'Tariff No.', 'COO', 'Qty', 'Ext. Value'])).toEqual([]);
  });

  it('flags each missing column once, for the whole table, with how to fix it', () => {
    const findings = columnMissing(['Part No', 'Description', 'Qty', 'Unit Price']);
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'column-missing', severity: 'error', row: null, field: 'hts', column: null, value: null, fix: 'Add the column, or map an existing one to "hts".' }),
      expect.objectContaining({ row: null, field: 'origin', fix: 'Add the column, or map an existing one to "origin".' }),
    ]);
  });

  it('needs a unit value or a line value, either is enough', () => {
    expect(columnMissing(['Description', 'HTS', 'COO', 'Qty', 'Ext. Value'])).toEqual([]);
    const findings = columnMissing(['Description', 'HTS', 'COO', 'Qty']);
    expect(findings).toEqual([expect.objectContaining({ row: null, field: 'lineValue', message: expect.stringMatching(/unit value or line value/) })]);
  });

  it('is satisfied once an unrecognised header is mapped by the user', () => {
    const headers = ['Description', 'Code', 'COO', 'Qty', 'Unit Price'];
    expect(columnMissing(headers).map((f) => f.field)).toEqual(['hts']);
    expect(columnMissing(headers, { mapping: { hts: 'Code' } })).toEqual([]);
  });

  it('asks the same of EU, UK and Canadian declarations', () => {
    for (const jurisdiction of ['EU', 'UK', 'CA'] as const) {
      expect(columnMissing(['Description', 'Qty', 'Unit Price'], { jurisdiction }).map((f) => f.field)).toEqual(['hts', 'origin']);
    }
  });

  it('maps a header that says the field over values it cannot read, so each bad value is reported', () => {
    const rows = ['8471.3O.O1OO', '8517.62.OO9O', '6911.1O.1OOO', '7318.15.2O1O', 'O9O1.21.OO2O'].map((code, i) => [`LT-${i}`, 'Laptop computers', code, 'CN', '5', '412.50']);
    expect(checkWithRule('column-missing', { headers: ['Part No', 'Description', 'Tarif', 'Country of Origin', 'Qty', 'Unit Price'], rows })).toEqual([]);
  });

  it('names the closest columns when a needed one is not recognised', () => {
    const findings = checkWithRule('column-missing', {
      headers: ['Part No', 'Description', 'Ref', 'Country of Origin', 'Qty', 'Unit Price'],
      // Codes scanned with letter O for zero, under a header that says nothing of tariffs: nothing maps it.
      rows: ['8471.3O.O1OO', '8517.62.OO9O', '6911.1O.1OOO', '7318.15.2O1O', 'O9O1.21.OO2O'].map((code, i) => [`LT-${i}`, 'Laptop computers', code, 'CN', '5', '412.50']),
    });
    expect(findings).toEqual([
      expect.objectContaining({
        field: 'hts',
        message: expect.stringContaining('Closest columns: "Ref" (header reads as sku, already mapped elsewhere)'),
        fix: 'Add the column, or map an existing one to "hts".',
      }),
    ]);
  });
});
