import Papa from 'papaparse';
import { CatalogReadError } from './catalog-read-error';
import { stripBom } from './decode-text';
import { locateHeaderRow } from '../mapping/locate-header-row';
import type { RawTable } from './raw-table';
import { trimmed } from '../values/text';

/** Delimiters catalogs use: comma (US/UK exports), semicolon (continental Excel), tab, pipe (EDI-ish). */
export const CSV_DELIMITERS = [',', ';', '\t', '|'];

/** The delimiter and line break of a CSV text, as papaparse guesses them. */
export interface CsvDialect {
  delimiter: string;
  newline: '\r\n' | '\n' | '\r';
}

/** Characters papaparse reads to guess the line break: it looks no further itself. */
const LINE_BREAK_SAMPLE = 1024 * 1024;
/** Characters given to papaparse's delimiter guess, which reads the first ten rows only. */
const DELIMITER_SAMPLE = 64 * 1024;
/** Rows papaparse's delimiter guess reads with each candidate. */
const GUESSED_ROWS = 10;

/**
 * The dialect papaparse guesses for the whole text (the same guess as before, blank lines left out
 * as 'greedy' does), from the start of the text only: its guess searches the whole text for each
 * candidate delimiter (tens of milliseconds per 100,000 rows, twice a read). The start is enough
 * when all ten rows it reads lie within it under every candidate; otherwise the whole text is used.
 */
export function csvDialectOf(text: string): CsvDialect {
  const newline = lineBreakOf(text.slice(0, LINE_BREAK_SAMPLE));
  const start = text.slice(0, DELIMITER_SAMPLE);
  const sample = start.length === text.length || guessedRowsWithin(start, newline) ? start : text;
  const { meta } = Papa.parse<string[]>(sample, { delimitersToGuess: CSV_DELIMITERS, skipEmptyLines: 'greedy', newline, preview: 1 });
  return { delimiter: meta.delimiter || ',', newline };
}

function lineBreakOf(text: string): CsvDialect['newline'] {
  const linebreak = Papa.parse<string[]>(text, { delimiter: ',', preview: 1 }).meta.linebreak;
  return linebreak === '\r\n' || linebreak === '\r' ? linebreak : '\n';
}

/** Whether the rows papaparse's delimiter guess reads end before the end of `start`, whichever delimiter it tries. */
function guessedRowsWithin(start: string, newline: CsvDialect['newline']): boolean {
  return CSV_DELIMITERS.every((delimiter) => Papa.parse<string[]>(start, { delimiter, newline, preview: GUESSED_ROWS }).meta.cursor < start.length);
}

/**
 * Read CSV text into a raw table. Title lines above the header (as in CBP's ACE reports) are
 * skipped by finding the row that reads as a catalog header. A row with more cells than the
 * header, or an unclosed quote, is an error that names the line: nothing is dropped silently.
 */
export function readCsv(text: string, file: string, dialect: CsvDialect = csvDialectOf(stripBom(text))): RawTable {
  const plain = stripBom(text);
  // Blank rows are left out here rather than by papaparse's skipEmptyLines: its 'greedy' test
  // joins and trims every row, up to a third of the whole parse; most rows start with a visible cell.
  const parsed = Papa.parse<string[]>(plain, { delimiter: dialect.delimiter, newline: dialect.newline });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    throw new CatalogReadError(
      file,
      `a quoted cell is never closed (${quoteError.message}). Check for a stray " in that row.`,
      lineOfRecord(plain, quoteError.row ?? 0, dialect),
    );
  }
  const everyRecord = parsed.data;
  const records = withoutBlankRecords(everyRecord);
  if (records.length === 0) throw new CatalogReadError(file, 'is empty: there is no header row and no data.');

  const headerIndex = locateHeaderRow(records);
  const headers = records[headerIndex]!.map((h) => h.trim());
  const rows = records.slice(headerIndex + 1);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.length > headers.length && row.slice(headers.length).some((cell) => cell.trim() !== '')) {
      throw new CatalogReadError(
        file,
        `this row has ${row.length} cells but the header has ${headers.length}. A delimiter ("${dialect.delimiter}") inside a value must be quoted.`,
        lineOfRecord(plain, indexAmongEveryRecord(everyRecord, headerIndex + 1 + i), dialect),
      );
    }
    if (row.length !== headers.length) rows[i] = normalizeLength(row, headers.length);
  }
  return { headers, rows, sourceName: file };
}

/**
 * The records that are not blank, each tested once: the same array when none is (most catalogs),
 * a copy from the first blank one on otherwise. A test per record and then a filter testing every
 * record again was a quarter of a second of a 100,000-row check in a profile.
 */
function withoutBlankRecords(everyRecord: string[][]): string[][] {
  for (let i = 0; i < everyRecord.length; i++) {
    if (!isBlankRecord(everyRecord[i]!)) continue;
    const kept = everyRecord.slice(0, i);
    for (let j = i + 1; j < everyRecord.length; j++) if (!isBlankRecord(everyRecord[j]!)) kept.push(everyRecord[j]!);
    return kept;
  }
  return everyRecord;
}

/** A row whose every cell is empty or white space (a blank line, or `,,,` from a spreadsheet). */
function isBlankRecord(record: readonly string[]): boolean {
  if (trimmed(record[0] ?? '') !== '') return false;
  for (let i = 1; i < record.length; i++) if (record[i]!.trim() !== '') return false;
  return true;
}

/** The index among all records, blank ones included, of the `kept`-th record that is not blank. */
function indexAmongEveryRecord(everyRecord: readonly string[][], kept: number): number {
  let seen = -1;
  for (let i = 0; i < everyRecord.length; i++) {
    if (!isBlankRecord(everyRecord[i]!) && ++seen === kept) return i;
  }
  return everyRecord.length;
}

function normalizeLength(row: string[], length: number): string[] {
  if (row.length > length) return row.slice(0, length);
  return row.concat(Array.from({ length: length - row.length }, () => ''));
}

/**
 * The 1-based line where a record starts (counting every record papaparse returns, blank ones
 * included), with the line breaks inside quoted cells counted; only run when an error needs a
 * line number. Quotes are read as papaparse reads them: a quote opens a cell only at its start.
 */
export function lineOfRecord(text: string, recordIndex: number, { delimiter, newline }: CsvDialect): number {
  const lineBreak = newline === '\r' ? '\r' : '\n';
  let line = 1;
  let record = 0;
  let i = 0;
  while (i < text.length && record < recordIndex) {
    // At the start of a cell.
    if (text[i] === '"') {
      for (i++; i < text.length; i++) {
        if (text[i] === lineBreak) line++;
        else if (text[i] === '"') {
          if (text[i + 1] !== '"') break;
          i++;
        }
      }
      i++;
    }
    // The rest of the cell, up to the next cell or the next record.
    for (; i < text.length; i++) {
      if (text.startsWith(delimiter, i)) {
        i += delimiter.length;
        break;
      }
      if (text.startsWith(newline, i)) {
        i += newline.length;
        line++;
        record++;
        break;
      }
    }
  }
  return line;
}
