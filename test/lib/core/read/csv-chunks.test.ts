import { describe, expect, it } from 'vitest';
import { CatalogReadError } from '../../../../lib/core/read/catalog-read-error';
import { ColumnTableBuilder } from '../../../../lib/core/read/column-table-builder';
import { CsvChunkReader } from '../../../../lib/core/read/csv-chunks';
import type { RawTable } from '../../../../lib/core/read/raw-table';
import { csvDialectOf, readCsv } from '../../../../lib/core/read/read-csv';
import { RowList } from '../../../../lib/core/read/row-list';
import type { RowSink } from '../../../../lib/core/read/row-sink';

/** A table as plain data, however it keeps its cells (a table kept by column makes its rows). */
const plain = ({ headers, rows, sourceName }: RawTable) => ({ headers, rows, sourceName });

/**
 * The table, or the error's message and line, of the text read whole or cut into pieces of `size`
 * characters into `sink` (by default rows, compacted from the first on).
 */
function outcome(text: string, size?: number, sink: () => RowSink = () => new RowList(0)): unknown {
  try {
    if (size === undefined) return plain(readCsv(text, 'catalog.csv'));
    const reader = new CsvChunkReader('catalog.csv', csvDialectOf(text), sink());
    for (let at = 0; at < text.length; at += size) reader.push(text.slice(at, at + size));
    return plain(reader.finish());
  } catch (error) {
    if (error instanceof CatalogReadError) return { message: error.message, line: error.line };
    throw error;
  }
}

const TEXTS = {
  'quoted cells with delimiters, quotes and line breaks': 'Part No,Description,HTS\r\nA1,"Bolts, steel ""M8""\r\nzinc",7318152095\r\nA2,Nuts,7318160000\r\n',
  'title lines and blank lines above the header': 'Commercial Invoice 4711\nDate: 2026-02-01\n\n,,\nPart No;Description;HTS;COO\nA1;Bolts;7318152095;CN\n\nA2;Nuts;7318160000;DE\n',
  'short rows and empty trailing cells': ' Part No , Description ,HTS\nA1\nA2,Nuts,7318160000,,\n',
  'no line break at the end': 'Part No|HTS\nA1|7318152095\nA2|"7318160000"',
  'carriage returns alone': 'Part No,Description,HTS\rA1,Bolts,7318152095\r\rA2,Nuts,7318160000\r',
  'a row with too many cells after quoted line breaks': 'Part No,Description,HTS\nA1,"Bolts\nof steel",7318152095\n\nA2,Nuts, steel,7318160000\nA3,x,y\n',
  'an unclosed quote': 'Part No,Description,HTS\r\n\r\nA0,Pipe 5" long,7306300000\r\nA1,"Bolts\r\nof steel",7318152095\r\nA2,"Nuts,7318160000\r\nA3,x,y\r\n',
  'a quote closed badly': 'Part No,Description,HTS\nA1,"Bolts"x,7318152095\nA2,Nuts,7318160000\n',
  'nothing but blank lines': '\n\n  \r\n',
  'a header without rows': 'Part No,Description,HTS\n',
  'many rows repeating texts, and long ones': `Part No,Description,COO,Unit\n${Array.from({ length: 3000 }, (_, i) => `P-${i},"${i % 7 === 0 ? 'Stainless steel hex bolts, zinc plated' : `Washer ${i} of a length past thirteen`}",${['CN', 'DE', 'MX'][i % 3]},${i % 2 ? 'PCS' : 'KG'}`).join('\n')}\n`,
};

describe('CSV read a piece at a time', () => {
  it.each(Object.entries(TEXTS))('reads %s exactly as the whole text, cut anywhere', (_, text) => {
    const whole = outcome(text);
    for (const size of [1, 2, 3, 5, 8, 13, 64, 1000]) expect(outcome(text, size), `pieces of ${size}`).toEqual(whole);
    expect(outcome(text, 100, () => new RowList(2))).toEqual(whole);
    expect(outcome(text, 7, () => new ColumnTableBuilder()), 'kept by column').toEqual(whole);
  });

  it('names the line of an error in a later piece', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `A${i},"Bolts\nof steel ${i}",7318152095`).join('\n');
    const text = `Part No,Description,HTS\n${rows}\nA2,Nuts, steel,7318160000\n`;
    expect(outcome(text, 4096)).toEqual({ message: expect.stringMatching(/^catalog\.csv, line 4002: this row has 4 cells/), line: 4002 });
  });

  it('keeps every cell as read (shared and copied cells are the same texts)', () => {
    const text = TEXTS['many rows repeating texts, and long ones'];
    for (const sink of [() => new RowList(0), () => new ColumnTableBuilder()]) {
      const table = outcome(text, 500, sink) as { rows: string[][] };
      expect(table.rows).toHaveLength(3000);
      expect(table.rows[7]).toEqual(['P-7', 'Stainless steel hex bolts, zinc plated', 'DE', 'PCS']);
      expect(table.rows[2999]).toEqual(['P-2999', 'Washer 2999 of a length past thirteen', 'MX', 'PCS']);
    }
  });

  it('calls a record longer than 16 MB unclosed instead of holding the rest of the file', () => {
    const reader = new CsvChunkReader('catalog.csv', { delimiter: ',', newline: '\n' });
    reader.push('Part No,Description\nA1,Bolts\nA2,"Nuts\n');
    let error: unknown;
    try {
      for (let i = 0; i < 20; i++) reader.push(`${'x'.repeat(1024 * 1024 - 1)}\n`);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CatalogReadError);
    expect((error as CatalogReadError).line).toBe(3);
    expect((error as Error).message).toMatch(/a row is longer than 16 MB: a quoted cell is probably never closed/);
  });
});
