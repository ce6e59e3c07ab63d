import { describe, expect, it } from 'vitest';
import { CatalogReadError } from '../../../../lib/core/read/catalog-read-error';
import { readCatalogFile } from '../../../../lib/core/read/read-catalog';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string, bom = true) => {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let at = 0;
  if (bom) bytes.set([0xff, 0xfe], (at += 2) - 2);
  for (let i = 0; i < text.length; i++, at += 2) {
    bytes[at] = text.charCodeAt(i) & 0xff;
    bytes[at + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};

describe('reading catalog bytes', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    const expected = { headers: ['Währung', 'Menge'], rows: [['EUR', '1']], sourceName: 'katalog.csv' };
    expect(readCatalogFile(utf8('Währung;Menge\nEUR;1\n'), 'katalog.csv')).toEqual(expected);
    expect(readCatalogFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Währung;Menge\nEUR;1\n')]), 'katalog.csv')).toEqual(expected);
  });

  it('reads Windows-1252 from older ERP systems (ä is the single byte 0xE4)', () => {
    const bytes = new Uint8Array([...utf8('W'), 0xe4, ...utf8('hrung;Preis\r\nEUR;12'), ...utf8('\r\n')]);
    expect(readCatalogFile(bytes, 'katalog.csv')).toMatchObject({ headers: ['Währung', 'Preis'], rows: [['EUR', '12']] });
  });

  it('reads the Windows-1252 characters at 0x80–0x9F: € and typographic quotes', () => {
    // "Men’s shirts;12 €" as a 1252 file writes ’ as 0x92 and € as 0x80.
    const bytes = new Uint8Array([...utf8('Description;Price\r\nMen'), 0x92, ...utf8('s shirts;12 '), 0x80, ...utf8('\r\n')]);
    expect(readCatalogFile(bytes, 'invoice.csv').rows).toEqual([['Men\u2019s shirts', '12 €']]);
  });

  it('reads UTF-16LE with its byte order mark (Excel "Unicode text")', () => {
    expect(readCatalogFile(utf16le('Währung\tQty\r\nEUR\t1\r\n'), 'export.txt')).toMatchObject({ headers: ['Währung', 'Qty'], rows: [['EUR', '1']] });
  });

  it('refuses binary files that are not workbooks with a clear way out', () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0x00, 0x01, 0x02, 0x00]);
    expect(() => readCatalogFile(pdf, 'catalog.pdf')).toThrow(CatalogReadError);
    expect(() => readCatalogFile(pdf, 'catalog.pdf')).toThrow(/^catalog\.pdf: is not a text file.*Save the catalog as CSV/);
  });

  it('takes a zip for a workbook: a cut-short one is refused as such (workbooks are read in read-xlsx.test.ts)', () => {
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);
    expect(() => readCatalogFile(xlsx, 'catalog.xlsx')).toThrow(/^catalog\.xlsx: is not a complete \.xlsx workbook/);
  });

  it('refuses an empty file', () => {
    expect(() => readCatalogFile(new Uint8Array(), 'empty.csv')).toThrow(/empty\.csv: is empty/);
  });
});
