import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CatalogReadError } from '../../../../lib/core/read/catalog-read-error';
import { readCatalog, readCatalogFile } from '../../../../lib/core/read/read-catalog';
import { listWorkbookSheets, readXlsx } from '../../../../lib/core/read/xlsx/read-xlsx';
import { XLSX_LIMITS } from '../../../../lib/core/read/xlsx/xlsx-limits';
import { buildWorkbook, type SheetSpec, withDeclaredSize } from '../../../support/workbook-builder';

const LIBREOFFICE = new URL('../../../fixtures/xlsx/libreoffice-catalog.xlsx', import.meta.url);

const HEADER = ['Part Number', 'Description', 'HTS Code', 'Country of Origin', 'Quantity', 'Unit Price', 'Currency'];

function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogReadError);
    return (error as Error).message;
  }
  throw new Error('the workbook was read, not refused');
}

describe('a workbook saved by LibreOffice Calc', () => {
  const { table, format } = readCatalog(readFileSync(LIBREOFFICE), 'libreoffice-catalog.xlsx');

  it('reads the first sheet as the filer sees it: formats applied, merged header named from its sub-headers, title line skipped', () => {
    expect(table.headers).toEqual([
      'Part Number', 'Item Code', 'Description', 'HTS Code', 'Country of Origin', 'Quantity', 'UOM', 'Unit Price', 'Extended Value',
      'Currency', 'Net Weight (kg)', 'Gross Weight (kg)', 'Ship Date',
    ]);
    expect(table.rows).toEqual([
      ['BK-10004', '00420', 'Stainless steel sheets, cold-rolled, 2 mm, for kitchen equipment', '7219.33.0005', 'CN', '120', 'KG', '12.50', '1500.00', 'USD', '118.2', '125.4', '2026-03-02'],
      ['BK-10015', '00007', 'Eels, prepared or preserved, whole, in cans', '1604.17.1000', 'China', '40', 'KG', '0.30', '12.00', 'USD', '40', '44.5', '2026-03-05'],
      ['BK-10026', '00015', 'Crab meat, prepared or preserved, pasteurised, in tins', '1605.10.2022', 'MX', '10', 'KG', '19.26', '250.00', 'EURO', '10', '11.2', '2026-03-09'],
      ['CP-10007', '03001', 'Plywood of tropical wood, each ply not over 6 mm thick', '4412.31.5250', 'IT', '25', 'M3', '1009.66', '25241.50', 'EUR', '495.1', '542.8', '2026-03-12'],
    ]);
    expect(table.sourceLines).toEqual([4, 5, 6, 7]);
    expect(format).toMatchObject({ kind: 'xlsx', sheet: 'Catalog', sheets: ['Catalog', 'Notes'], firstColumn: 0 });
  });

  it('reads another sheet by name, and names the sheets when asked for one that is not there', () => {
    expect(readCatalogFile(readFileSync(LIBREOFFICE), 'l.xlsx', { sheet: 'Notes' }).rows).toEqual([['Rows', '4']]);
    expect(listWorkbookSheets(readFileSync(LIBREOFFICE), 'l.xlsx')).toEqual(['Catalog', 'Notes']);
    expect(refusal(() => readCatalogFile(readFileSync(LIBREOFFICE), 'l.xlsx', { sheet: 'Invoices' }))).toBe(
      'l.xlsx: has no sheet named "Invoices". Its sheets are: "Catalog", "Notes".',
    );
  });
});

describe('a workbook written the way Excel writes it', () => {
  const excelCatalog: SheetSpec = {
    name: 'Export',
    firstRow: 3,
    rows: [
      [null, 'Part Number', 'Description', 'HTS Code', 'Country of Origin', 'Quantity', 'Unit Price', 'Currency', 'Entry Date', 'Active'],
      [null, '00420', 'Brake pads of sintered metal, for passenger cars', { number: 8708301050, format: '0000\\.00\\.0000' }, 'DE', { number: 120, format: '#,##0' }, { formula: 'A1*0.1+0.2', cached: 0.30000000000000004 }, 'EUR', { number: 46084, format: 'mm-dd-yy' }, { bool: true }],
      [null, { inline: 'X-7' }, { inline: 'Gaskets of vulcanised rubber & steel, for engines' }, '8484.10.0000', 'CN', { number: 1234.5, format: '#,##0.00' }, { number: 2.675, format: '0.00' }, { formula: 'H5', cached: 'USD' }, { number: 46084.75, format: 'yyyy-mm-dd hh:mm' }, { bool: false }],
    ],
  };

  it('applies number formats, shared and inline strings, cached formula results, and starts where the table starts', () => {
    const { table, format } = readXlsx(buildWorkbook({ sheets: [excelCatalog] }), 'excel.xlsx');
    expect(table.headers).toEqual(['Part Number', 'Description', 'HTS Code', 'Country of Origin', 'Quantity', 'Unit Price', 'Currency', 'Entry Date', 'Active']);
    expect(table.rows).toEqual([
      ['00420', 'Brake pads of sintered metal, for passenger cars', '8708.30.1050', 'DE', '120', '0.3', 'EUR', '2026-03-03', 'TRUE'],
      ['X-7', 'Gaskets of vulcanised rubber & steel, for engines', '8484.10.0000', 'CN', '1234.50', '2.68', 'USD', '2026-03-03 18:00', 'FALSE'],
    ]);
    expect(table.sourceLines).toEqual([4, 5]);
    expect(format).toMatchObject({ kind: 'xlsx', sheet: 'Export', firstColumn: 1 });
  });

  it('counts dates from 1904 when the workbook says so', () => {
    const sheet: SheetSpec = { name: 'S', rows: [['Part Number', 'Entry Date'], ['A-1', { number: 44622, format: 'yyyy-mm-dd' }]] };
    expect(readXlsx(buildWorkbook({ sheets: [sheet], date1904: true }), 'mac.xlsx').table.rows).toEqual([['A-1', '2026-03-03']]);
  });

  it('names columns under a merged title from the row below, and numbers a title merged only for width', () => {
    const grouped: SheetSpec = {
      name: 'S',
      rows: [
        ['Part Number', 'Value (USD)', null, 'Weight (kg)', null],
        [null, 'Unit', 'Line', 'Net', 'Gross'],
        ['A-1', 2, 4, 1, 1.5],
      ],
      merges: ['B1:C1', 'D1:E1', 'A1:A2'],
    };
    const { table } = readXlsx(buildWorkbook({ sheets: [grouped] }), 'grouped.xlsx');
    expect(table.headers).toEqual(['Part Number', 'Unit Value (USD)', 'Line Value (USD)', 'Net Weight (kg)', 'Gross Weight (kg)']);
    expect(table.rows).toEqual([['A-1', '2', '4', '1', '1.5']]);

    const wide: SheetSpec = { name: 'S', rows: [['Part Number', 'Description', null, 'HTS Code'], ['A-1', 'Brake pads', null, '8708.30.1050']], merges: ['B1:C1'] };
    const { table: wideTable } = readXlsx(buildWorkbook({ sheets: [wide] }), 'wide.xlsx');
    expect(wideTable.headers).toEqual(['Part Number', 'Description', 'Description 2', 'HTS Code']);
    expect(wideTable.rows).toEqual([['A-1', 'Brake pads', '', '8708.30.1050']]);
  });

  it('is recognised by its bytes whatever the file is called', () => {
    const bytes = buildWorkbook({ sheets: [{ name: 'S', rows: [HEADER, ['A-1', 'Brake pads', '8708.30.1050', 'DE', 1, 2, 'EUR']] }] });
    expect(readCatalogFile(bytes, 'catalog.csv').rows).toEqual([['A-1', 'Brake pads', '8708.30.1050', 'DE', '1', '2', 'EUR']]);
  });
});

describe('a hostile or unreadable workbook is refused with a clear error and bounded memory', () => {
  const plain: SheetSpec = { name: 'S', rows: [HEADER, ['A-1', 'Brake pads', '8708.30.1050', 'DE', 1, 2, 'EUR']] };

  it('refuses a zip bomb by its declared ratio before inflating anything', { timeout: 30_000 }, () => {
    const bomb = zipSync({ ...unzipParts(buildWorkbook({ sheets: [plain] })), 'xl/worksheets/sheet1.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 1 });
    expect(refusal(() => readXlsx(bomb, 'bomb.xlsx'))).toMatch(/bomb\.xlsx: is refused: part xl\/worksheets\/sheet1\.xml would inflate \d+ times \(a zip bomb\)/);
  });

  it('refuses a part that inflates to more than it declares, stopping as soon as it does', () => {
    const big: SheetSpec = { name: 'S', rows: [HEADER, ...Array.from({ length: 2000 }, (_, i) => [`A-${i}`, 'Brake pads', '8708.30.1050', 'DE', i, 2, 'EUR'])] };
    const liar = withDeclaredSize(buildWorkbook({ sheets: [big] }), 'xl/worksheets/sheet1.xml', 4096);
    expect(refusal(() => readXlsx(liar, 'liar.xlsx'))).toBe(
      'liar.xlsx: is refused: part xl/worksheets/sheet1.xml is not a plain workbook part (it inflates to more than it declares). Open it in a spreadsheet program and save it again as .xlsx or CSV.',
    );
  });

  it('refuses a workbook whose parts together declare more than the total cap', () => {
    const parts = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`xl/media/image${i}.bin`, new Uint8Array(300 * 1024).fill(i)]));
    const limits = { ...XLSX_LIMITS, maxTotalBytes: 1024 * 1024 };
    expect(refusal(() => readXlsx(buildWorkbook({ sheets: [plain], parts }), 'many.xlsx', { limits }))).toMatch(
      /many\.xlsx: is refused: its parts declare 1\.\d MB uncompressed, more than the 1 MB a catalog workbook may hold/,
    );
  });

  it('refuses a huge shared strings table', () => {
    const strings = Array.from({ length: 1001 }, (_, i) => `<si><t>text ${i}</t></si>`).join('');
    const sst = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings}</sst>`;
    const limits = { ...XLSX_LIMITS, maxSharedStrings: 1000 };
    expect(refusal(() => readXlsx(buildWorkbook({ sheets: [plain], parts: { 'xl/sharedStrings.xml': sst } }), 'sst.xlsx', { limits }))).toMatch(
      /sst\.xlsx: is refused: its shared strings table holds more than 1,000 texts/,
    );
  });

  it('refuses links to other workbooks', () => {
    const linked = buildWorkbook({
      sheets: [plain],
      parts: { 'xl/externalLinks/externalLink1.xml': '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>' },
      workbookRelationships: [['externalLink', 'externalLinks/externalLink1.xml']],
    });
    expect(refusal(() => readXlsx(linked, 'linked.xlsx'))).toMatch(/linked\.xlsx: is refused: it links to other workbooks \(external links\)/);
  });

  it('reads the values of a macro workbook without running anything, and says so', () => {
    const macros = buildWorkbook({ sheets: [plain], parts: { 'xl/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]) } });
    const { table, format } = readXlsx(macros, 'catalog.xlsm');
    expect(table.rows).toHaveLength(1);
    expect(format).toMatchObject({ notes: ['The workbook contains macros; they were not run (only the stored cell values were read).'] });
  });

  it('refuses data beyond the row and column limits', () => {
    const far: SheetSpec = { name: 'S', rows: [HEADER, ['A-1']], firstRow: 99 };
    expect(refusal(() => readXlsx(buildWorkbook({ sheets: [far] }), 'rows.xlsx', { limits: { ...XLSX_LIMITS, maxRows: 99 } }))).toBe(
      'rows.xlsx: is refused: sheet "S" has data in row 100, beyond the 99 rows a catalog may have.',
    );
    const wide: SheetSpec = { name: 'S', rows: [[...HEADER, ...Array.from({ length: 30 }, (_, i) => `Extra ${i}`)]] };
    expect(refusal(() => readXlsx(buildWorkbook({ sheets: [wide] }), 'wide.xlsx', { limits: { ...XLSX_LIMITS, maxColumns: 26 } }))).toBe(
      'wide.xlsx: is refused: sheet "S" has data in column AA (row 1), beyond the 26 columns a catalog may have.',
    );
  });

  it('refuses a part with a DOCTYPE (entity tricks), a cut-short file and an old .xls', () => {
    const doctype = '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';
    expect(refusal(() => readXlsx(buildWorkbook({ sheets: [plain], parts: { 'xl/worksheets/sheet1.xml': doctype } }), 'dtd.xlsx'))).toMatch(/DOCTYPE/);
    const whole = buildWorkbook({ sheets: [plain] });
    expect(refusal(() => readCatalogFile(whole.subarray(0, whole.length - 40), 'cut.xlsx'))).toMatch(/^cut\.xlsx: is (not a complete|damaged)/);
    expect(refusal(() => readCatalogFile(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'old.xls'))).toMatch(/Excel 97–2003 workbook \(\.xls\)/);
  });
});

/** The builder's own parts, to swap one for a bomb (fflate's one-call unzip is fine on our own output). */
describe('any damage to a workbook', () => {
  it('gives a table or a CatalogReadError, never another failure', () => {
    const whole = buildWorkbook({ sheets: [{ name: 'S', rows: [HEADER, ['A-1', 'Brake pads', '8708.30.1050', 'DE', 1, { number: 2.5, format: '0.00' }, 'EUR']], merges: ['A1:B1'] }] });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(whole.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (changes) => {
        const damaged = whole.slice();
        for (const [at, byte] of changes) damaged[at] = byte;
        try {
          readCatalogFile(damaged, 'damaged.xlsx');
        } catch (error) {
          if (!(error instanceof CatalogReadError)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });
});

function unzipParts(zip: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(zip);
}
