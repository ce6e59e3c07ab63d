import Papa from 'papaparse';
import { CsvChunkReader } from './csv-chunks';
import { stripBom } from './decode-text';
import type { RawTable } from './raw-table';

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

/** The line break of CSV text, as papaparse guesses it (from its first megabyte, quoted cells left out). */
export function csvLineBreakOf(text: string): CsvDialect['newline'] {
  return lineBreakOf(text.slice(0, LINE_BREAK_SAMPLE));
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
 * Read CSV text into a raw table (see CsvChunkReader, which reads a file a piece at a time the
 * same way). Title lines above the header (as in CBP's ACE reports) are skipped by finding the row
 * that reads as a catalog header. A row with more cells than the header, or an unclosed quote, is
 * an error that names the line: nothing is dropped silently.
 */
export function readCsv(text: string, file: string, dialect: CsvDialect = csvDialectOf(stripBom(text))): RawTable {
  return new CsvChunkReader(file, dialect).finish(stripBom(text));
}
