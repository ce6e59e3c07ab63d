import Papa from 'papaparse';
import type { CatalogFormat, CsvFormat } from '../read/catalog-format';
import type { ReadCatalog } from '../read/read-catalog';
import { applyFixes, type CatalogChange, type SkippedFix } from './apply-fixes';
import { encodeCatalogText } from './encode-text';
import { patchWorkbook } from './fixed-workbook';
import type { AcceptedFix } from './replacement-fixes';

export interface FixedCatalog {
  /** The catalog with the fixes applied, in the form it came in. */
  bytes: Uint8Array;
  mimeType: string;
  changes: CatalogChange[];
  /** Accepted fixes that were not applied, and why (the cell changed since, a formula cell). */
  skipped: SkippedFix[];
}

/** What the catalog was read from: its table and form, and for a workbook the original bytes. */
export interface CatalogSource {
  read: ReadCatalog;
  /** The original file; needed for a workbook, whose other cells, sheets and styles are kept. */
  bytes?: Uint8Array;
  fileName: string;
}

/** The form a catalog without a file of its own (a page table) is written in: what Excel opens as UTF-8. */
export const DEFAULT_CSV_FORMAT: CsvFormat = { kind: 'csv', delimiter: ',', newline: '\r\n', encoding: 'utf-8', bom: true, quoteAll: false, quoteAlso: '', preamble: [] };

/**
 * Write the catalog back with the accepted fixes applied, in its original form: CSV with the same
 * delimiter, line breaks, quoting, title lines and encoding; a workbook with only the changed cells
 * of the checked sheet rewritten. A workbook without its original bytes is written as CSV.
 */
export function writeFixedCatalog(source: CatalogSource, fixes: readonly AcceptedFix[]): FixedCatalog {
  const { table } = source.read;
  const { rows, changes, skipped } = applyFixes(table, fixes);
  const format = source.read.format;
  if (format.kind === 'xlsx' && source.bytes) {
    const patched = patchWorkbook(source.bytes, source.fileName, format, table.sourceLines ?? [], changes);
    const refused = new Set(patched.refused.map((r) => r.change));
    return {
      bytes: patched.bytes,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      changes: changes.filter((change) => !refused.has(change)),
      skipped: [...skipped, ...patched.refused.map(({ change, reason }) => ({ fix: fixes.find((f) => f.row === change.row && f.columnIndex === change.columnIndex)!, reason }))],
    };
  }
  if (format.kind === 'json') {
    const objects = rows.map((cells) => Object.fromEntries(table.headers.map((header, i) => [header, cells[i] ?? ''])));
    return { bytes: new TextEncoder().encode(`${JSON.stringify(objects, null, 2)}\n`), mimeType: 'application/json', changes, skipped };
  }
  const csv = format.kind === 'csv' ? format : DEFAULT_CSV_FORMAT;
  const quotes = csv.quoteAll || (csv.quoteAlso ? (value: unknown) => typeof value === 'string' && [...csv.quoteAlso].some((c) => value.includes(c)) : false);
  const text = Papa.unparse([...csv.preamble, table.headers, ...rows], { delimiter: csv.delimiter, newline: csv.newline, quotes });
  return { bytes: encodeCatalogText(`${text}${csv.newline}`, csv.encoding, csv.bom), mimeType: 'text/csv', changes, skipped };
}

/**
 * "catalog.xlsx" → "catalog.fixed.xlsx": the original extension is kept (a macro workbook stays
 * .xlsm, a .txt export stays .txt), except for a workbook written as CSV and a page table.
 */
export function fixedCatalogName(fileName: string, format: CatalogFormat, hasWorkbook: boolean): string {
  const extension = /\.[^./\\]+$/.exec(fileName)?.[0] ?? '';
  const base = fileName.slice(0, fileName.length - extension.length) || 'catalog';
  const written = format.kind === 'xlsx' ? (hasWorkbook ? extension || '.xlsx' : '.csv') : format.kind === 'json' ? '.json' : extension || '.csv';
  return `${base}.fixed${written}`;
}

/** The change log's name beside the fixed catalog: "catalog.fixed.xlsx" → "catalog.fixed.changes.csv". */
export function changeLogName(fixedName: string): string {
  return `${fixedName.replace(/\.[^./\\]+$/, '')}.changes.csv`;
}
