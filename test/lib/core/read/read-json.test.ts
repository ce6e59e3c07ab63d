import { describe, expect, it } from 'vitest';
import { CatalogReadError } from '../../../../lib/core/read/catalog-read-error';
import { readCatalogText } from '../../../../lib/core/read/read-catalog';

describe('reading JSON catalogs', () => {
  it('reads an array of row objects, with numbers, booleans and nulls as text', () => {
    const table = readCatalogText('[{"Part No":"A1","Qty":5,"Sample":true,"MID":null},{"Part No":"A2","HTS":"7318152095"}]', 'catalog.json');
    expect(table).toEqual({
      headers: ['Part No', 'Qty', 'Sample', 'MID', 'HTS'],
      rows: [
        ['A1', '5', 'true', '', ''],
        ['A2', '', '', '', '7318152095'],
      ],
      sourceName: 'catalog.json',
    });
  });

  it('reads { "rows": [...] }', () => {
    expect(readCatalogText('{"rows":[{"Part No":"A1"}]}', 'catalog.json')).toMatchObject({ headers: ['Part No'], rows: [['A1']] });
  });

  it('reads { "headers": [...], "rows": [[...]] }, padding short rows', () => {
    const table = readCatalogText('{"headers":["Part No","HTS"],"rows":[["A1","7318152095"],["A2"]]}', 'page.json');
    expect(table).toMatchObject({ headers: ['Part No', 'HTS'], rows: [['A1', '7318152095'], ['A2', '']] });
  });

  it('refuses a row with more cells than headers', () => {
    expect(() => readCatalogText('{"headers":["Part No"],"rows":[["A1","extra"]]}', 'page.json')).toThrow(/row 1 has 2 cells but there are 1 headers/);
  });

  it('refuses invalid JSON, naming the line', () => {
    let error: unknown;
    try {
      readCatalogText('[\n{"Part No":"A1"},\n{"Part No":"A2",}\n]', 'catalog.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CatalogReadError);
    expect((error as CatalogReadError).line).toBe(3);
    expect((error as CatalogReadError).message).toMatch(/^catalog\.json, line 3: is not valid JSON/);
  });

  it('refuses nested objects and lists in cells, naming the row and column', () => {
    expect(() => readCatalogText('[{"Part No":"A1","Price":{"amount":12}}]', 'catalog.json')).toThrow(/row 1, "Price" holds a nested object/);
    expect(() => readCatalogText('[{"Part No":"A1","Tags":["x"]}]', 'catalog.json')).toThrow(/holds a nested list/);
  });

  it('refuses JSON that holds no rows', () => {
    expect(() => readCatalogText('{"catalog":"x"}', 'catalog.json')).toThrow(/must hold an array of rows/);
    expect(() => readCatalogText('[1, 2]', 'catalog.json')).toThrow(/row 1 is not an object/);
    expect(() => readCatalogText('[]', 'catalog.json')).toThrow(CatalogReadError);
  });

  it('keeps "__proto__" and "constructor" as ordinary columns without touching Object.prototype', () => {
    const table = readCatalogText('[{"__proto__":"x","constructor":"y","Part No":"A1"}]', 'catalog.json');
    expect(table.headers).toEqual(['__proto__', 'constructor', 'Part No']);
    expect(table.rows).toEqual([['x', 'y', 'A1']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(table.rows[0])).toBe(Array.prototype);
  });

  it('does not let a nested "__proto__" object pollute Object.prototype either', () => {
    expect(() => readCatalogText('{"headers":["A"],"rows":[["1"]],"__proto__":{"polluted":"yes"}}', 'catalog.json')).not.toThrow();
    expect(() => readCatalogText('[{"__proto__":{"polluted":"yes"}}]', 'catalog.json')).toThrow(CatalogReadError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
