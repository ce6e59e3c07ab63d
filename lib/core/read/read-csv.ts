import Papa from 'papaparse';
import { CatalogReadError } from './catalog-read-error';
import { stripBom } from './decode-text';
import { locateHeaderRow } from '../mapping/locate-header-row';
import type { RawTable } from './raw-table';

/** Delimiters catalogs use: comma (US/UK exports), semicolon (continental Excel), tab, pipe (EDI-ish). */
export const CSV_DELIMITERS = [',', ';', '\t', '|'];

/**
 * Read CSV text into a raw table. Title lines above the header (as in CBP's ACE reports) are
 * skipped by finding the row that reads as a catalog header. A row with more cells than the
 * header, or an unclosed quote, is an error that names the line: nothing is dropped silently.
 */
export function readCsv(text: string, file: string): RawTable {
  const parsed = Papa.parse<string[]>(stripBom(text), {
    delimitersToGuess: CSV_DELIMITERS,
    skipEmptyLines: 'greedy',
  });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    throw new CatalogReadError(
      file,
      `a quoted cell is never closed (${quoteError.message}). Check for a stray " in that row.`,
      lineOfRecord(text, quoteError.row ?? 0),
    );
  }
  const records = parsed.data;
  if (records.length === 0) throw new CatalogReadError(file, 'is empty: there is no header row and no data.');

  const headerIndex = locateHeaderRow(records);
  const headers = records[headerIndex]!.map((h) => h.trim());
  const rows = records.slice(headerIndex + 1);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.length > headers.length && row.slice(headers.length).some((cell) => cell.trim() !== '')) {
      throw new CatalogReadError(
        file,
        `this row has ${row.length} cells but the header has ${headers.length}. A delimiter ("${parsed.meta.delimiter}") inside a value must be quoted.`,
        lineOfRecord(text, headerIndex + 1 + i),
      );
    }
    if (row.length !== headers.length) rows[i] = normalizeLength(row, headers.length);
  }
  return { headers, rows, sourceName: file };
}

function normalizeLength(row: string[], length: number): string[] {
  if (row.length > length) return row.slice(0, length);
  return row.concat(Array.from({ length: length - row.length }, () => ''));
}

/**
 * The 1-based line where a record starts, counting newlines inside quotes as papaparse does;
 * only run when an error needs a line number.
 */
export function lineOfRecord(text: string, recordIndex: number): number {
  let line = 1;
  let record = 0;
  let quoted = false;
  let atRecordStart = true;
  for (let i = 0; i < text.length && record < recordIndex; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\n') {
      line++;
      if (!quoted) {
        // Blank lines are skipped by the parser and are not records.
        if (!atRecordStart) record++;
        atRecordStart = true;
        continue;
      }
    }
    if (c !== '\r' && c !== '\n') atRecordStart = false;
  }
  return line;
}
