import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readCatalogFile } from '../../../lib/cli/read-catalog-file';
import { CatalogReadError } from '../../../lib/core/read/catalog-read-error';
import { readCatalog, type ReadCatalog } from '../../../lib/core/read/read-catalog';

const folder = mkdtempSync(join(tmpdir(), 'customs-preflight-read-file-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const utf8 = (text: string) => [...new TextEncoder().encode(text)];
const utf16 = (text: string, littleEndian: boolean) => {
  const bytes = littleEndian ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let i = 0; i < text.length; i++) {
    const [low, high] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
    bytes.push(...(littleEndian ? [low, high] : [high, low]));
  }
  return bytes;
};
const manyRows = (count: number) => Array.from({ length: count }, (_, i) => `P-${i};"Schrauben, Edelstahl Nr. ${i}";7318.15.2065;${i % 2 ? 'DE' : 'CN'};${i},5`).join('\r\n');

/** Files as users have them: every encoding, form and error readCatalog knows. */
const FILES: Record<string, number[]> = {
  'utf-8.csv': utf8('Part No,Description,HTS\nA1,"Bolts, steel",7318152095\nA2,Nüsse €,7318160000\n'),
  'utf-8-bom.csv': [0xef, 0xbb, 0xbf, ...utf8('Währung;Menge\r\nEUR;1\r\n')],
  'utf-16le.txt': utf16('Währung\tQty\r\nEUR\t1\r\n€\t2\r\n', true),
  'utf-16be.txt': utf16('Währung\tQty\r\nEUR\t1\r\n', false),
  // Not UTF-8 far into the file: read as Windows-1252 from its start.
  'windows-1252.csv': [...utf8(`Description;Price\r\n${'Bolts;1\r\n'.repeat(200)}Men`), 0x92, ...utf8('s shirts;12 '), 0x80, ...utf8('\r\n')],
  'title-lines.csv': utf8('Commercial Invoice 4711\nDate: 2026-02-01\n\nPart No,Description,HTS,COO\nA1,Bolts,7318152095,CN\n'),
  'many-rows.csv': utf8(`Teilenummer;Beschreibung;Zolltarifnummer;Ursprungsland;Menge\r\n${manyRows(3000)}\r\n`),
  'quoted-line-breaks.csv': utf8('Part No,Description\r\nA1,"Bolts\r\nof steel"\r\nA2,Nuts\r\n'),
  'json.json': utf8('  [{"Part No": "A1", "HTS": "7318152095"}]'),
  'json-bom.json': [0xef, 0xbb, 0xbf, ...utf8('{"rows": [{"Part No": "A1"}]}')],
  'empty.csv': [],
  'blank.csv': utf8('\n\n  \r\n'),
  'no-header.csv': utf8(',,\nA1,Bolts,7318152095\n'),
  'too-many-cells.csv': utf8(`Part No,Description,HTS\n${'A1,"Bolts\nof steel",7318152095\n'.repeat(500)}A2,Nuts, steel,7318160000\n`),
  'unclosed-quote.csv': utf8('Part No,Description,HTS\r\n\r\nA1,"Bolts\r\nof steel",7318152095\r\nA2,"Nuts,7318160000\r\n'),
  'binary.pdf': [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0x00, 0x01, 0x02, 0x00],
  'cut-short.xlsx': [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00],
  'old.xls': [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
};

/**
 * What reading gave: the table (as plain data, however it keeps its cells) and form, or the
 * error's message and line.
 */
async function outcome(read: () => Promise<ReadCatalog> | ReadCatalog): Promise<unknown> {
  try {
    const { table, format } = await read();
    const { headers, rows, sourceName, sourceLines } = table;
    return { table: { headers, rows, sourceName, ...(sourceLines ? { sourceLines } : {}) }, format };
  } catch (error) {
    if (error instanceof CatalogReadError) return { message: error.message, line: error.line };
    throw error;
  }
}

describe('reading a catalog file as the command line does', () => {
  it.each(Object.keys(FILES))('reads %s exactly as readCatalog reads its bytes, in pieces of any size', async (name) => {
    const path = join(folder, name);
    writeFileSync(path, new Uint8Array(FILES[name]!));
    const whole = await outcome(() => readCatalog(readFileSync(path), path));
    for (const pieceBytes of FILES[name]!.length < 10_000 ? [1, 3, 7, 64, 1024 * 1024] : [4093, 1024 * 1024]) {
      expect(await outcome(async () => (await readCatalogFile(path, { pieceBytes })).read), `pieces of ${pieceBytes} bytes`).toEqual(whole);
    }
  });

  it('reads a workbook whole and hands back its bytes', async () => {
    const workbook = fileURLToPath(new URL('../../fixtures/xlsx/libreoffice-catalog.xlsx', import.meta.url));
    const read = await readCatalogFile(workbook);
    expect(new Uint8Array(read.bytes!)).toEqual(new Uint8Array(readFileSync(workbook)));
    expect(read.read).toEqual(readCatalog(readFileSync(workbook), workbook));
  });

  it('reads a CSV file whole when asked (--fix-out writes it back from its bytes)', async () => {
    const path = join(folder, 'whole.csv');
    writeFileSync(path, new Uint8Array(FILES['utf-8.csv']!));
    expect(new Uint8Array((await readCatalogFile(path, { wholeFile: true })).bytes!)).toEqual(new Uint8Array(FILES['utf-8.csv']!));
    expect((await readCatalogFile(path)).bytes).toBeNull();
  });

  it('names a file that is missing or a folder', async () => {
    expect(await outcome(async () => (await readCatalogFile(join(folder, 'missing.csv'))).read)).toEqual({ message: `${join(folder, 'missing.csv')}: cannot be opened (no such file).`, line: undefined });
    expect(await outcome(async () => (await readCatalogFile(folder)).read)).toEqual({ message: `${folder}: cannot be opened (is a folder, not a file).`, line: undefined });
  });
});
