import { describe, expect, it } from 'vitest';
import { CatalogReadError } from '../../../../lib/core/read/catalog-read-error';
import Papa from 'papaparse';
import { readCatalogText } from '../../../../lib/core/read/read-catalog';
import { CSV_DELIMITERS, csvDialectOf } from '../../../../lib/core/read/read-csv';

const readError = (text: string, file = 'catalog.csv'): CatalogReadError => {
  try {
    readCatalogText(text, file);
  } catch (error) {
    if (error instanceof CatalogReadError) return error;
    throw error;
  }
  throw new Error('expected a CatalogReadError');
};

describe('reading CSV catalogs', () => {
  it.each([
    [',', 'Part No,Description,HTS\nA1,"Bolts, steel",7318152095\n'],
    [';', 'Part No;Description;HTS\nA1;Bolts, steel;7318152095\n'],
    ['tab', 'Part No\tDescription\tHTS\nA1\tBolts, steel\t7318152095\n'],
    ['|', 'Part No|Description|HTS\nA1|Bolts, steel|7318152095\n'],
  ])('sniffs the %s delimiter', (_, text) => {
    expect(readCatalogText(text, 'catalog.csv')).toEqual({
      headers: ['Part No', 'Description', 'HTS'],
      rows: [['A1', 'Bolts, steel', '7318152095']],
      sourceName: 'catalog.csv',
    });
  });

  it('keeps line breaks inside quoted cells in the cell', () => {
    const table = readCatalogText('Part No,Description\r\nA1,"Bolts\r\nof steel"\r\nA2,Nuts\r\n', 'catalog.csv');
    expect(table.rows).toEqual([['A1', 'Bolts\r\nof steel'], ['A2', 'Nuts']]);
  });

  it('skips title lines above the header', () => {
    const table = readCatalogText('Commercial Invoice 4711\nDate: 2026-02-01\n\nPart No,Description,HTS,COO\nA1,Bolts,7318152095,CN\n', 'invoice.csv');
    expect(table.headers).toEqual(['Part No', 'Description', 'HTS', 'COO']);
    expect(table.rows).toEqual([['A1', 'Bolts', '7318152095', 'CN']]);
  });

  it('trims headers, pads short rows and drops empty trailing cells', () => {
    const table = readCatalogText(' Part No , Description ,HTS\nA1\nA2,Nuts,7318160000,,\n', 'catalog.csv');
    expect(table.headers).toEqual(['Part No', 'Description', 'HTS']);
    expect(table.rows).toEqual([['A1', '', ''], ['A2', 'Nuts', '7318160000']]);
  });

  it('reads a header without rows as an empty catalog', () => {
    expect(readCatalogText('Part No,Description,HTS\n', 'catalog.csv').rows).toEqual([]);
  });

  it('refuses a row with more cells than the header, naming the file and the line', () => {
    const error = readError('Part No,Description,HTS\nA1,Bolts,7318152095\nA2,Nuts, steel,7318160000\n');
    expect(error.file).toBe('catalog.csv');
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^catalog\.csv, line 3: this row has 4 cells but the header has 3/);
  });

  it('counts lines inside quoted cells when naming the line', () => {
    expect(readError('Part No,Description,HTS\nA1,"Bolts\nof steel",7318152095\nA2,Nuts, steel,7318160000\n').line).toBe(4);
  });

  it('refuses an unclosed quote, naming the line where the cell starts', () => {
    const error = readError('Part No,Description,HTS\nA1,"Bolts,7318152095\nA2,Nuts,7318160000\n');
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/quoted cell is never closed/);
  });

  it('leaves out blank lines and rows of empty cells, and names the right line after them', () => {
    const text = 'Part No,Description,HTS\n\nA1,Bolts,7318152095\n  \n,, \nA2,Nuts,7318160000\n\nA3,Nuts, steel,7318160000\n';
    expect(readError(text).line).toBe(8);
    const table = readCatalogText(text.replace('Nuts, steel', 'Washers'), 'catalog.csv');
    expect(table.rows).toEqual([['A1', 'Bolts', '7318152095'], ['A2', 'Nuts', '7318160000'], ['A3', 'Washers', '7318160000']]);
  });

  it('names the line of an unclosed quote after blank lines and quotes inside unquoted cells', () => {
    expect(readError('Part No,Description,HTS\r\n\r\nA0,Pipe 5" long,7306300000\r\nA1,"Bolts\r\nof steel",7318152095\r\nA2,"Nuts,7318160000\r\n').line).toBe(6);
  });

  it('counts lines of a file with carriage returns alone (old Mac exports)', () => {
    expect(readError('Part No,Description,HTS\rA1,Bolts,7318152095\r\rA2,Nuts, steel,7318160000\r').line).toBe(4);
  });

  it('refuses an empty file', () => {
    for (const text of ['', '\n\n', '   \r\n']) expect(readError(text).message).toMatch(/catalog\.csv: is empty/);
  });

  it('guesses the dialect from the start of a long text as papaparse does from the whole text', () => {
    const rows = (count: number, row: (i: number) => string, newline: string) => Array.from({ length: count }, (_, i) => row(i)).join(newline);
    const texts = [
      // Long ordinary catalogs in each delimiter and line break.
      `Part No;Description;Price\r\n${rows(5000, (i) => `A${i};"Bolts, M${i}";1,${i}`, '\r\n')}\r\n`,
      `Part No|Description\n${rows(5000, (i) => `A${i}|Nuts; steel`, '\n')}`,
      `Part No\tDescription\r${rows(5000, (i) => `A${i}\tWashers`, '\r')}`,
      // Rows longer than the sample the guess is given, so the whole text must be read.
      `Part No;Description\n${rows(12, (i) => `A${i};"${'x,'.repeat(4000)}"`, '\n')}\n${rows(3000, (i) => `B${i};y`, '\n')}`,
      `Notes\n"${'a;b|c,d\n'.repeat(9000)}"\nPart No,HTS\n${rows(3000, (i) => `A${i},7318`, '\n')}`,
      // Cut after its third row, this text reads as ',' separated; whole, as ';' separated.
      `a,b;c\na,b;c\nx,${'z'.repeat(70_000)};y\n${'a;b;c\n'.repeat(20)}`,
      // Blank lines and a title above the header.
      `Invoice 4711\n\n\n,,\nPart No,HTS\n${rows(9000, (i) => `A${i},7318`, '\n')}`,
    ];
    for (const text of texts) {
      expect(text.length).toBeGreaterThan(64 * 1024);
      const { meta } = Papa.parse<string[]>(text, { delimitersToGuess: CSV_DELIMITERS, skipEmptyLines: 'greedy' });
      expect(csvDialectOf(text)).toEqual({ delimiter: meta.delimiter, newline: meta.linebreak });
    }
  });
});
