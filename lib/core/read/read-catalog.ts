import type { CatalogFormat } from './catalog-format';
import { CatalogReadError } from './catalog-read-error';
import { csvFormatOf } from './csv-format';
import { decodeCatalogText, stripBom } from './decode-text';
import { requireHeaderRow } from './header-row-required';
import type { RawTable } from './raw-table';
import { csvDialectOf, readCsv } from './read-csv';
import { readJson } from './read-json';
import { isCompoundFile, isZipFile, readXlsx } from './xlsx/read-xlsx';

export interface CatalogReadOptions {
  /** For a workbook: the sheet to read (the first one when not given). */
  sheet?: string;
}

/** A catalog file read: its table, and its form for writing it back (the fixed catalog). */
export interface ReadCatalog {
  table: RawTable;
  format: CatalogFormat;
}

/** Read catalog file bytes of any supported kind (see readCatalog). */
export function readCatalogFile(bytes: Uint8Array, file: string, options: CatalogReadOptions = {}): RawTable {
  return readCatalog(bytes, file, options).table;
}

/**
 * Read catalog file bytes of any supported kind, decided by the bytes, not the file name: an
 * Excel workbook (.xlsx, a zip), JSON when the text looks like JSON, CSV otherwise.
 */
export function readCatalog(bytes: Uint8Array, file: string, options: CatalogReadOptions = {}): ReadCatalog {
  if (isZipFile(bytes)) return readXlsx(bytes, file, { sheet: options.sheet });
  if (isCompoundFile(bytes)) {
    throw new CatalogReadError(
      file,
      'is an Excel 97–2003 workbook (.xls) or a password-protected workbook. Save it as Excel Workbook (.xlsx) or CSV UTF-8, without a password, and try again.',
    );
  }
  const { text, encoding, bom } = decodeCatalogText(bytes, file);
  return readTextCatalog(text, file, { encoding, bom });
}

export function readCatalogText(text: string, file: string): RawTable {
  return readTextCatalog(text, file).table;
}

/** Text already decoded (a file, or cells pasted from a spreadsheet, which come tab-separated). */
export function readTextCatalog(text: string, file: string, encoding: Pick<Extract<CatalogFormat, { kind: 'csv' }>, 'encoding' | 'bom'> = { encoding: 'utf-8', bom: false }): ReadCatalog {
  const start = text.replace(/^\uFEFF/, '').trimStart()[0];
  const json = start === '[' || start === '{';
  // The dialect is guessed once for reading the cells and describing the file's form.
  const dialect = json ? null : csvDialectOf(stripBom(text));
  const table = requireHeaderRow(dialect ? readCsv(text, file, dialect) : readJson(text, file));
  return { table, format: dialect ? csvFormatOf(text, encoding.encoding, encoding.bom, dialect) : { kind: 'json' } };
}
