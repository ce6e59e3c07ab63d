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
});
