import { describe, expect, it } from 'vitest';
import { readCatalog, readTextCatalog } from '../../../../lib/core/read/read-catalog';

describe('the form of a CSV file, kept for writing it back', () => {
  it('learns delimiter, line breaks, quoting and the title lines above the header', () => {
    expect(readTextCatalog('Report 4711\r\n"Part No"\t"HTS"\t"COO"\r\n"A1"\t"7318"\t"CN"\r\n', 'r.txt').format).toEqual({
      kind: 'csv', delimiter: '\t', newline: '\r\n', encoding: 'utf-8', bom: false, quoteAll: true, quoteAlso: '', preamble: [['Report 4711']],
    });
    // Amounts with a decimal comma quoted in a ';' file although CSV does not need it; text with spaces not.
    expect(readTextCatalog('Artikel;Beschreibung;Preis\nA1;Bolzen aus Stahl;"12,50"\nA2;"Muttern; M8";"1,25"\n', 'k.csv').format).toMatchObject({
      delimiter: ';', newline: '\n', quoteAll: false, quoteAlso: ',', preamble: [],
    });
  });

  it('counts letters and digits of any script as needing no quotes, and other marks of any script as quoting marks', () => {
    expect(readTextCatalog('Artikel;Preis\nA1;"Größe€٣"\nA2;Bolzen\n', 'k.csv').format).toMatchObject({ quoteAlso: '€' });
  });

  it('keeps the encoding the bytes were in', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Part No,COO\nA1,CN\n')]);
    expect(readCatalog(bom, 'a.csv').format).toMatchObject({ encoding: 'utf-8', bom: true });
    expect(readCatalog(new Uint8Array([0x50, 0x61, 0x72, 0x74, 0x2c, 0x50, 0x72, 0x65, 0x69, 0x73, 0x0a, 0x41, 0x2c, 0x80, 0x0a]), 'b.csv').format).toMatchObject({ encoding: 'windows-1252', bom: false });
    expect(readTextCatalog('[{"Part No":"A1"}]', 'c.json').format).toEqual({ kind: 'json' });
  });
});
