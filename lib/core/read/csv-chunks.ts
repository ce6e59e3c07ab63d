import { HEADER_SEARCH_ROWS, locateHeaderRow } from '../mapping/locate-header-row';
import { CatalogReadError } from './catalog-read-error';
import { CsvQuoteError, readCsvRecords } from './csv-records';
import type { RawTable } from './raw-table';
import type { CsvDialect } from './read-csv';
import { RowList } from './row-list';
import type { RowSink } from './row-sink';
import { trimmed } from '../values/text';

/**
 * The longest text a record may have. A stray quote makes the rest of the file one cell: past this
 * the record is called unclosed there, instead of holding the file in memory until its end.
 */
const LONGEST_RECORD = 16 * 1024 * 1024;

/**
 * Where a record starts: the piece of text it was read from, where in it, and the lines before the
 * piece. Its line is counted only for an error: counting every record's would cost a pass over the text.
 */
interface RecordPlace {
  text: string;
  start: number;
  linesBefore: number;
}

/** A record read before the header is known. */
interface EarlyRecord {
  cells: string[];
  place: RecordPlace;
}

/**
 * CSV text read a piece at a time into a raw table (csv-records.ts, given the text after the last
 * whole record each time), so a file is never one string: only the rows are kept, as the
 * sink given keeps them (rows with compact cells, row-list.ts; or by column, column-table-builder.ts).
 * Reads as `readCsv` does: title lines above the header are skipped by finding the row that reads
 * as a catalog header, blank rows are left out, and a row with more cells than the header, or an
 * unclosed quote, is an error naming its line.
 */
export class CsvChunkReader {
  /** Text after the last whole record, read again with the next piece. */
  private rest = '';
  /** Line breaks before `rest` (lines are counted as a text editor counts them). */
  private linesBefore = 0;
  private readonly early: EarlyRecord[] = [];
  private headers: string[] | null = null;

  constructor(
    private readonly file: string,
    private readonly dialect: CsvDialect,
    private readonly rows: RowSink = new RowList(),
  ) {}

  /** More of the text (without a byte order mark). */
  push(text: string): void {
    this.rest += text;
    this.parse(false);
  }

  /** The table, once the whole text has been pushed (the last of it may come here). */
  finish(text = ''): RawTable {
    this.rest += text;
    this.parse(true);
    if (!this.headers) this.locateHeader();
    return this.rows.table(this.headers!, this.file);
  }

  private parse(last: boolean): void {
    const text = this.rest;
    if (text === '' && !last) return;
    const linesBefore = this.linesBefore;
    let end: number;
    try {
      end = readCsvRecords(text, this.dialect, last, (record, start) => {
        if (isBlankRecord(record)) return;
        if (this.headers) this.addRow(record, text, start, linesBefore);
        else {
          this.early.push({ cells: record, place: { text, start, linesBefore } });
          if (this.early.length >= HEADER_SEARCH_ROWS) this.locateHeader();
        }
      });
    } catch (error) {
      if (!(error instanceof CsvQuoteError)) throw error;
      const why =
        error.kind === 'unclosed'
          ? 'a quoted cell is never closed. Check for a stray " in that row.'
          : 'a quoted cell has text after its closing quote. A quote inside a quoted cell is written twice ("").';
      throw new CatalogReadError(this.file, why, linesBefore + lineAt(text, error.recordStart, this.dialect));
    }
    if (last) return;
    this.linesBefore += lineBreaksIn(text, end, this.dialect);
    this.rest = text.slice(end);
    if (this.rest.length > LONGEST_RECORD) {
      throw new CatalogReadError(
        this.file,
        `a row is longer than ${LONGEST_RECORD / 1024 / 1024} MB: a quoted cell is probably never closed. Check for a stray " in that row.`,
        this.linesBefore + 1,
      );
    }
  }

  /** The header among the first records read; the ones after it are rows. */
  private locateHeader(): void {
    const records = this.early.map((record) => record.cells);
    if (records.length === 0) throw new CatalogReadError(this.file, 'is empty: there is no header row and no data.');
    const headerIndex = locateHeaderRow(records);
    this.headers = records[headerIndex]!.map((h) => h.trim());
    for (const { cells, place } of this.early.slice(headerIndex + 1)) this.addRow(cells, place.text, place.start, place.linesBefore);
    this.early.length = 0;
  }

  /** A row under the header: `text`, `start` and `linesBefore` say where it is (see RecordPlace). */
  private addRow(record: string[], text: string, start: number, linesBefore: number): void {
    const headers = this.headers!;
    if (record.length === headers.length) {
      this.rows.add(record);
      return;
    }
    if (record.length > headers.length && record.slice(headers.length).some((cell) => cell.trim() !== '')) {
      throw new CatalogReadError(
        this.file,
        `this row has ${record.length} cells but the header has ${headers.length}. A delimiter ("${this.dialect.delimiter}") inside a value must be quoted.`,
        linesBefore + lineAt(text, start, this.dialect),
      );
    }
    this.rows.add(normalizeLength(record, headers.length));
  }
}

function normalizeLength(row: string[], length: number): string[] {
  if (row.length > length) return row.slice(0, length);
  return row.concat(Array.from({ length: length - row.length }, () => ''));
}

/** A row whose every cell is empty or white space (a blank line, or `,,,` from a spreadsheet). */
function isBlankRecord(record: readonly string[]): boolean {
  if (trimmed(record[0] ?? '') !== '') return false;
  for (let i = 1; i < record.length; i++) if (record[i]!.trim() !== '') return false;
  return true;
}

/** The 1-based line of the character at `index` (line breaks in quoted cells count, as a text editor counts them). */
function lineAt(text: string, index: number, dialect: CsvDialect): number {
  return 1 + lineBreaksIn(text, index, dialect);
}

/** The line breaks in the first `end` characters of the text (those in quoted cells too). */
function lineBreaksIn(text: string, end: number, { newline }: CsvDialect): number {
  const lineBreak = newline === '\r' ? '\r' : '\n';
  let count = 0;
  for (let at = text.indexOf(lineBreak); at >= 0 && at < end; at = text.indexOf(lineBreak, at + 1)) count++;
  return count;
}
