import { describe, expect, it } from 'vitest';
import { describeColumn } from '../../../../lib/core/mapping/column-content';
import { explainMapping, mapColumns } from '../../../../lib/core/mapping/column-mapping';

/** Rows of a small catalog, one per product, with the columns named in `columns`. */
function rows(columns: string[][]): string[][] {
  return columns[0]!.map((_, row) => columns.map((column) => column[row]!));
}

const CODES = ['8471.30.0100', '8517620090', '6911.10.1000', '7318.15.2010', '0901210020', '8528.52.0000'];
const ORIGINS = ['CN', 'VN', 'PT', 'TW', 'CO', 'MY'];
const CURRENCIES = ['USD', 'USD', 'EUR', 'USD', 'CNY', 'USD'];
const MIDS = ['CNBRIELE1288SHE', 'VNMEKFUR56THU', 'PTPORCEL12LIS', 'TWFASTEN8TAI', 'COCAFEXP3BOG', 'MYDISPLA9KUA'];
const INCOTERMS = ['FOB', 'FCA', 'DAP', 'EXW', 'CIF Hamburg', 'FOB'];
const UNITS = ['NO', 'NO', 'DPC', 'KG', 'KG', 'NO'];
const PARTS = ['LT-00001', 'LT-00002', 'LT-00003', 'LT-00004', 'LT-00005', 'LT-00006'];
const PO = ['4500012345', '4500012345', '4500012346', '4500012399', '4500012400', '4500012401'];

describe('recognising a column by its values', () => {
  it.each([
    ['tariff-code', CODES],
    ['country', ORIGINS],
    ['currency', CURRENCIES],
    ['mid', MIDS],
    ['incoterm', INCOTERMS],
    ['quantity-unit', UNITS],
  ] as const)('a column of %s values', (kind, values) => {
    const content = describeColumn(rows([values]), 0);
    expect(content.shares[kind]).toBe(1);
    expect(content.sampled).toBe(values.length);
  });

  it('does not take order numbers for tariff codes: a tariff code starts with an HS subheading', () => {
    expect(describeColumn(rows([PO]), 0).shares['tariff-code']).toBe(0);
  });

  it('knows line numbers (1, 2, 3… or 10, 20, 30…) and nothing else for them', () => {
    expect(describeColumn(rows([['1', '2', '3', '4']]), 0).lineNumbers).toBe(true);
    expect(describeColumn(rows([['10', '20', '30', '40']]), 0).lineNumbers).toBe(true);
    expect(describeColumn(rows([['3', '1', '2', '4']]), 0).lineNumbers).toBe(false);
    expect(describeColumn(rows([['12', '12', '12', '12']]), 0).lineNumbers).toBe(false);
  });
});

describe('mapping columns whose header says nothing', () => {
  const headers = ['Part No.', 'Ref 3', 'Col 7', '', 'Field 12', 'Attr', 'Qty', 'U/M'];
  const table = rows([PARTS, CODES, ORIGINS, CURRENCIES, MIDS, INCOTERMS, ['1', '2', '3', '4', '5', '6'].map((n) => String(Number(n) * 7)), UNITS]);

  it('maps tariff code, origin, currency, MID and Incoterm by their values, and says so', () => {
    const mapping = mapColumns(headers, {}, table);
    const field = (header: string) => mapping.matches.find((m) => m.header === header);
    expect(field('Ref 3')).toMatchObject({ field: 'hts', how: 'content', values: { kind: 'tariff-code', share: 1 } });
    expect(field('Col 7')).toMatchObject({ field: 'origin', how: 'content' });
    expect(field('')).toMatchObject({ field: 'currency', how: 'content' });
    expect(field('Field 12')).toMatchObject({ field: 'mid', how: 'content' });
    expect(field('Attr')).toMatchObject({ field: 'incoterm', how: 'content' });
    expect(explainMapping(mapping)).toContain('hts ← "Ref 3" (values 100% tariff codes, e.g. 8471.30.0100, 8517620090, 6911.10.1000; likely)');
  });

  it('maps the same by headers alone as far as the headers go (no values: the page ranking)', () => {
    const mapping = mapColumns(headers);
    expect(mapping.matches.map((m) => m.field).sort()).toEqual(['quantity', 'sku', 'unit']);
  });

  it('lets values overrule a header they deny: tariff codes under "Item" are no part numbers', () => {
    const mapping = mapColumns(['Item', 'Description'], {}, rows([CODES, CODES.map((c) => `Goods of ${c}`)]));
    expect(mapping.matches.find((m) => m.header === 'Item')).toMatchObject({ field: 'hts', how: 'content' });
  });

  it('confirms a header by its values, and settles two "Country" columns by them', () => {
    const mapping = mapColumns(['Country', 'Country '], {}, rows([UNITS.map(() => 'not a country at all'), ORIGINS]));
    expect(mapping.matches.find((m) => m.field === 'origin')?.column).toBe(1);
  });

  it('never maps a column that names another thing by its values: "PO No." holding ten digits', () => {
    const mapping = mapColumns(['PO No.', 'Desc'], {}, rows([CODES, CODES.map((c) => `Goods ${c}`)]));
    expect(mapping.columnOf.hts).toBe(-1);
  });

  it('sets line-number columns aside, whatever they are called, and keeps part numbers', () => {
    const mapping = mapColumns(['Item', 'Part No.', 'Pos.', 'Qty'], {}, rows([['10', '20', '30', '40', '50', '60'], PARTS, ['1', '2', '3', '4', '5', '6'], ['5', '5', '8', '1', '2', '9']]));
    expect(mapping.lineNumberColumns).toEqual([{ column: 0, header: 'Item' }, { column: 2, header: 'Pos.' }]);
    expect(mapping.columnOf.sku).toBe(1);
    expect(mapping.columnOf.quantity).toBe(3);
  });

  it('names the closest columns for a needed field nothing was mapped to', () => {
    const broken = CODES.map((code) => code.replace(/0/g, 'O'));
    const mapping = mapColumns(['Part No.', 'Goods', 'Code'], {}, rows([PARTS, ['Laptop', 'Router', 'Plates', 'Bolts', 'Coffee', 'Monitor'], broken]));
    expect(mapping.columnOf.hts).toBe(-1);
    expect(mapping.candidates.hts).toEqual([{ column: 2, header: 'Code', score: 0, why: 'header reads as sku, already mapped elsewhere' }]);
  });

  it('lets --map win over headers and values', () => {
    const mapping = mapColumns(headers, { hts: 'Col 7', origin: 'Ref 3' }, table);
    expect(mapping.columnOf.hts).toBe(2);
    expect(mapping.columnOf.origin).toBe(1);
  });
});
