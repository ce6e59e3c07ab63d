import { locateHeaderRow } from '../../mapping/locate-header-row';
import { CatalogReadError } from '../catalog-read-error';
import type { XlsxFormat } from '../catalog-format';
import type { RawTable } from '../raw-table';
import { headersUnderMerges } from './merged-headers';
import { type CellRange, readSheetCells, type SheetCells } from './sheet-cells';
import { readCellFormats, readSharedStrings, readWorkbookParts, type WorkbookParts } from './workbook-parts';
import { XLSX_LIMITS, type XlsxLimits } from './xlsx-limits';
import { ZipArchive } from './zip-archive';

export interface XlsxReadOptions {
  /** The worksheet to read by its tab name; the first worksheet when not given. */
  sheet?: string;
  limits?: XlsxLimits;
}

// Told apart by their first bytes in workbook-signature.ts, which reading a CSV file needs without this module.
export { isCompoundFile, isZipFile } from './workbook-signature';

/** A workbook opened for reading: its parts listed and checked, nothing of its sheets read yet. */
export function openWorkbook(bytes: Uint8Array, file: string, limits: XlsxLimits = XLSX_LIMITS): { zip: ZipArchive; parts: WorkbookParts } {
  const zip = new ZipArchive(bytes, file, limits);
  const parts = readWorkbookParts(zip, file);
  // Values of cells linked to other workbooks come from files the filer has not given us.
  const links = parts.related.get('externalLink') ?? [];
  if (links.length > 0 || [...zip.entries.keys()].some((name) => /(^|\/)externalLinks\//.test(name))) {
    throw new CatalogReadError(
      file,
      'is refused: it links to other workbooks (external links), so some of its values come from files that were not given. In the spreadsheet program, use Data › Edit Links › Break Link (or paste the values), save, and check it again.',
    );
  }
  if (parts.sheets.length === 0) throw new CatalogReadError(file, 'has no worksheet with cells.');
  return { zip, parts };
}

/** The names of the workbook's worksheets, in tab order: for asking which one to check. */
export function listWorkbookSheets(bytes: Uint8Array, file: string): string[] {
  return openWorkbook(bytes, file).parts.sheets.map((sheet) => sheet.name);
}

/**
 * Read one worksheet of an .xlsx workbook into a raw table, with every cell as the spreadsheet
 * shows it (number formats applied), merged cells filled, and the header row found as in a CSV.
 * Nothing in the workbook is run: formulas are read by their stored results, macros are ignored.
 */
export function readXlsx(bytes: Uint8Array, file: string, options: XlsxReadOptions = {}): { table: RawTable; format: XlsxFormat } {
  const limits = options.limits ?? XLSX_LIMITS;
  const { zip, parts } = openWorkbook(bytes, file, limits);
  const sheet = options.sheet === undefined ? parts.sheets[0]! : parts.sheets.find((s) => s.name === options.sheet);
  if (!sheet) {
    throw new CatalogReadError(file, `has no sheet named "${options.sheet}". Its sheets are: ${parts.sheets.map((s) => `"${s.name}"`).join(', ')}.`);
  }
  const notes: string[] = [];
  if ([...zip.entries.keys()].some((name) => /vbaProject\.bin$/i.test(name))) {
    notes.push('The workbook contains macros; they were not run (only the stored cell values were read).');
  }
  const sheetXml = zip.read(sheet.part);
  if (!sheetXml) throw new CatalogReadError(file, `is damaged: sheet "${sheet.name}" has no cell data (part ${sheet.part} is missing).`);
  const cells = readSheetCells(sheetXml, {
    sharedStrings: readSharedStrings(zip, parts.related.get('sharedStrings')?.[0], file, limits),
    cellFormats: readCellFormats(zip, parts.related.get('styles')?.[0], file),
    date1904: parts.date1904,
    limits,
    file,
    sheetName: sheet.name,
  });
  if (cells.rows.length === 0) throw new CatalogReadError(file, `sheet "${sheet.name}" is empty: there is no header row and no data.`);
  fillMergedCells(cells);
  const format: XlsxFormat = { kind: 'xlsx', sheet: sheet.name, sheets: parts.sheets.map((s) => s.name), firstColumn: firstUsedColumn(cells), notes };
  return { table: tableOfSheet(cells, file, format), format };
}

function firstUsedColumn(cells: SheetCells): number {
  let first = cells.lastColumn;
  for (const { cells: row } of cells.rows) {
    const used = row.findIndex((cell) => cell !== '');
    if (used >= 0 && used < first) first = used;
  }
  return Math.max(0, first);
}

/**
 * A merged range shows its top-left value across all its cells: a header merged over two columns
 * names both, and a value merged down a group of lines belongs to each line. Only the rows and
 * columns that hold data are filled, so a range drawn over a whole sheet costs nothing.
 */
function fillMergedCells(cells: SheetCells): void {
  if (cells.merges.length === 0) return;
  const byNumber = new Map(cells.rows.map((row) => [row.rowNumber, row]));
  for (const range of cells.merges) {
    const value = byNumber.get(range.top)?.cells[range.left] ?? '';
    if (value === '') continue;
    const right = Math.min(range.right, cells.lastColumn);
    for (const row of cells.rows) {
      if (row.rowNumber < range.top || row.rowNumber > range.bottom) continue;
      for (let column = range.left; column <= right; column++) {
        while (row.cells.length <= column) row.cells.push('');
        if (row.cells[column] === '') row.cells[column] = value;
      }
    }
  }
}

function tableOfSheet(cells: SheetCells, file: string, format: XlsxFormat): RawTable {
  const first = format.firstColumn;
  const width = cells.lastColumn - first + 1;
  const records = cells.rows.map((row) => {
    const record = row.cells.slice(first, first + width);
    while (record.length < width) record.push('');
    return record;
  });
  const headerIndex = locateHeaderRow(records);
  const header = headersUnderMerges(records, headerIndex, cells.rows.map((row) => row.rowNumber), horizontalMerges(cells.merges, first));
  const dataRows = records.slice(header.dataStart);
  const dataLines = cells.rows.slice(header.dataStart).map((row) => row.rowNumber);
  if (header.subHeaderUsed) format.notes.push(`The header spans two rows (merged cells): columns are named from both, e.g. "${header.example}".`);
  return { headers: header.headers, rows: dataRows, sourceName: file, sourceLines: dataLines };
}

/** Merged ranges wider than one column, in table columns (the table starts at `first`). */
function horizontalMerges(merges: readonly CellRange[], first: number): CellRange[] {
  return merges.filter((m) => m.right > m.left).map((m) => ({ ...m, left: m.left - first, right: m.right - first }));
}
