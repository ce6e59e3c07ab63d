import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readCatalog, readTextCatalog } from '../../../../lib/core/read/read-catalog';
import { changeLogCsv } from '../../../../lib/core/report/change-log';
import { fixedCatalogName, writeFixedCatalog } from '../../../../lib/core/report/fixed-catalog';
import { acceptAllFixes, type AcceptedFix } from '../../../../lib/core/report/replacement-fixes';
import { validateTable } from '../../../../lib/core/validate';
import { buildWorkbook } from '../../../support/workbook-builder';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url)));

/** Check a catalog file and apply every suggested correction, as --fix-out and "Accept all" do. */
function fixEverything(bytes: Uint8Array, fileName: string) {
  const read = readCatalog(bytes, fileName);
  const report = validateTable(read.table, { checkDate: '2026-03-01' });
  return writeFixedCatalog({ read, bytes, fileName }, acceptAllFixes(report.findings, report.mapping));
}

describe('the fixed catalog, written back in its original form', () => {
  it('CSV: same delimiter, encoding (Windows-1252), line breaks, title line and quoting; only the fixed cells differ', () => {
    const fixed = fixEverything(fixture('fixed/katalog-de.csv'), 'katalog-de.csv');
    expect(Buffer.from(fixed.bytes).equals(Buffer.from(fixture('fixed/katalog-de.fixed.csv')))).toBe(true);
    expect(changeLogCsv(fixed.changes)).toBe(readFileSync(new URL('../../../fixtures/fixed/katalog-de.fixed.changes.csv', import.meta.url), 'utf8'));
    // The amount is written with the column's decimal comma, the count of pieces rounded.
    expect(fixed.changes.map((c) => [c.row, c.column, c.old, c.new])).toEqual([
      [2, 'Ursprungsland', 'China', 'CN'],
      [2, 'Gesamtwert', '250,00', '192,60'],
      [2, 'Währung', 'Euro', 'EUR'],
      [3, 'Menge', '2,5', '3'],
    ]);
  });

  it('XLSX: the checked sheet with only the fixed cells rewritten; every other part byte for byte as it was', () => {
    const original = fixture('xlsx/libreoffice-catalog.xlsx');
    const fixed = fixEverything(original, 'libreoffice-catalog.xlsx');
    expect(Buffer.from(fixed.bytes).equals(Buffer.from(fixture('fixed/libreoffice-catalog.fixed.xlsx')))).toBe(true);
    expect(changeLogCsv(fixed.changes)).toBe(readFileSync(new URL('../../../fixtures/fixed/libreoffice-catalog.fixed.changes.csv', import.meta.url), 'utf8'));

    const before = readCatalog(original, 'a.xlsx').table;
    const after = readCatalog(fixed.bytes, 'b.xlsx').table;
    const expected = before.rows.map((row) => row.slice());
    expected[1]![4] = 'CN';
    expected[2]![8] = '192.60';
    expected[2]![9] = 'EUR';
    expect(after.headers).toEqual(before.headers);
    expect(after.rows).toEqual(expected);
    const originalParts = unzipSync(original);
    const fixedParts = unzipSync(fixed.bytes);
    expect(Object.keys(fixedParts)).toEqual(Object.keys(originalParts));
    for (const [name, data] of Object.entries(originalParts)) {
      if (name !== 'xl/worksheets/sheet1.xml') expect(Buffer.from(fixedParts[name]!).equals(Buffer.from(data)), name).toBe(true);
    }
  });

  it('XLSX: a changed number stays a number in its style; a formula cell is never overwritten', () => {
    const bytes = buildWorkbook({
      sheets: [
        {
          name: 'Lines',
          rows: [
            ['Part Number', 'Quantity', 'Unit Price', 'Extended Value', 'Country of Origin'],
            ['A-1', 10, { number: 19.26, format: '0.00' }, { number: 250, format: '#,##0.00' }, 'China'],
            ['A-2', 10, { number: 2, format: '0.00' }, { formula: 'B3*C3+1', cached: 21, format: '0.00' }, 'DE'],
          ],
        },
      ],
    });
    const fixed = fixEverything(bytes, 'lines.xlsx');
    const sheet = new TextDecoder().decode(unzipSync(fixed.bytes)['xl/worksheets/sheet1.xml']);
    expect(sheet).toMatch(/<c r="D2" s="\d+"><v>192.60<\/v><\/c>/);
    expect(sheet).toContain('<c r="E2" t="inlineStr"><is><t xml:space="preserve">CN</t></is></c>');
    expect(sheet).toContain('<f>B3*C3+1</f>');
    expect(fixed.changes.map((c) => `${c.row}:${c.column}`)).toEqual(['1:Extended Value', '1:Country of Origin']);
    expect(fixed.skipped.map((s) => s.reason)).toEqual(['cell D3 is computed by a formula']);
  });

  it('XLSX: a fix never lands in a cell hidden under merged cells', () => {
    const bytes = buildWorkbook({
      sheets: [{ name: 'S', rows: [['Part Number', 'Country of Origin'], ['A-1', 'China'], ['A-2', null]], merges: ['B2:B3'] }],
    });
    const fixed = fixEverything(bytes, 'merged.xlsx');
    expect(fixed.changes.map((c) => `${c.row}:${c.new}`)).toEqual(['1:CN']);
    expect(fixed.skipped.map((s) => s.reason)).toEqual(["cell B3 is covered by merged cells; change the merged cell's first cell"]);
    expect(readCatalog(fixed.bytes, 'm.xlsx').table.rows).toEqual([['A-1', 'CN'], ['A-2', 'CN']]);
  });

  it('applies a fix only to a cell that still holds what was checked, once per cell', () => {
    const read = readTextCatalog('Part Number,Country of Origin\nA-1,China\nA-2,Germany\n', 'c.csv');
    const fix = (row: number, old: string, value: string): AcceptedFix => ({ row, columnIndex: 1, column: 'Country of Origin', field: 'origin', ruleId: 'origin-invalid', old, new: value });
    const fixed = writeFixedCatalog({ read, fileName: 'c.csv' }, [fix(1, 'China', 'CN'), fix(1, 'China', 'TW'), fix(2, 'Deutschland', 'DE'), fix(9, 'X', 'Y')]);
    expect(new TextDecoder().decode(fixed.bytes)).toBe('Part Number,Country of Origin\nA-1,CN\nA-2,Germany\n');
    expect(fixed.skipped.map((s) => s.reason)).toEqual([
      'row 1, "Country of Origin" is already changed by another accepted fix',
      'row 2, "Country of Origin" holds "Germany", not "Deutschland" as when it was checked',
      'row 9, column 2 is not in the catalog',
    ]);
  });

  it('names the fixed file after the original, keeping its extension', () => {
    const csv = readTextCatalog('a,b\n1,2\n', 'x').format;
    expect(fixedCatalogName('catalog.xlsm', { kind: 'xlsx', sheet: 'S', sheets: ['S'], firstColumn: 0, notes: [] }, true)).toBe('catalog.fixed.xlsm');
    expect(fixedCatalogName('export.txt', csv, false)).toBe('export.fixed.txt');
    expect(fixedCatalogName('pasted cells', csv, false)).toBe('pasted cells.fixed.csv');
  });
});
