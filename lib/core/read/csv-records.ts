import type { CsvDialect } from './read-csv';

const QUOTE = 34;

/** A quote the text breaks: a quoted cell never closed, or one with text after its closing quote. */
export class CsvQuoteError extends Error {
  constructor(
    /** Where the record holding the cell starts in the text read. */
    readonly recordStart: number,
    readonly kind: 'unclosed' | 'text-after-quote',
  ) {
    super(kind === 'unclosed' ? 'a quoted cell is never closed' : 'a quoted cell has text after its closing quote');
  }
}

/**
 * The records of CSV text, each given to `onRecord` as its cells (a new array, the caller's to
 * keep) with where it starts in the text. Cells are read as papaparse reads them (a test holds the
 * two side by side): a cell is quoted only when its first character is a quote, `""` is a quote
 * inside it, and white space may follow its closing quote before the delimiter or line break. A
 * quote papaparse reports as an error (never closed, or text after the closing quote) is a
 * CsvQuoteError here, thrown at once: the reader refuses the file there anyway.
 *
 * Unless `last`, a record is read only when its line break is in the text, and the text from the
 * first record not read is left for the next call, with more text: the index returned is where
 * it starts (the text's length when every record was read).
 *
 * Why not papaparse's parser, which read these records before: it keeps every record of the text
 * in one array until the end (a 100,000-row text read whole, or a piece of it), and the collector
 * copied them out of its young generation; given each record as it ends, a sink that keeps cells
 * by column lets the record go at once. The bench's 100,000-row catalog (19.5 MB) in the command
 * line's 1 MB pieces, each piece's records let go: about 100 ms here, about 200 ms with papaparse
 * (medians of 7 runs, each way in a process of its own; 180 against 340-370 ms in a cold process).
 * uDSV, as fast, reads an unclosed quote as the end of the file, drops the text after a closing
 * quote and joins surplus cells into the last one: all three lose data without a word.
 */
export function readCsvRecords(text: string, { delimiter, newline }: CsvDialect, last: boolean, onRecord: (cells: string[], start: number) => void): number {
  const length = text.length;
  if (length === 0) return 0;
  let nextDelimiter = text.indexOf(delimiter);
  let nextNewline = text.indexOf(newline);
  let recordStart = 0;
  let cells: string[] = [];
  // The start of the cell being read.
  let at = 0;
  for (;;) {
    let cell: string;
    /** Where the cell's delimiter or line break starts (the text's length at its end). */
    let cellEnd: number;
    if (text.charCodeAt(at) === QUOTE) {
      const closing = closingQuote(text, at + 1);
      if (closing < 0 || (closing === length - 1 && !last)) {
        // Its closing quote (or a second quote making it a quote inside the cell) may come next.
        if (!last) return recordStart;
        throw new CsvQuoteError(recordStart, 'unclosed');
      }
      cell = unquoted(text, at + 1, closing);
      if (nextDelimiter >= 0 && nextDelimiter <= closing) nextDelimiter = text.indexOf(delimiter, closing + 1);
      if (nextNewline >= 0 && nextNewline <= closing) nextNewline = text.indexOf(newline, closing + 1);
      cellEnd = separatorAfterQuote(text, closing + 1, nextDelimiter, nextNewline);
      if (cellEnd < 0) {
        // White space to the end: the line break may come next.
        if (!last && text.slice(closing + 1).trim() === '') return recordStart;
        throw new CsvQuoteError(recordStart, 'text-after-quote');
      }
    } else if (nextDelimiter >= 0 && (nextDelimiter < nextNewline || nextNewline < 0)) {
      cellEnd = nextDelimiter;
      cell = text.slice(at, cellEnd);
    } else {
      if (nextNewline < 0 && !last) return recordStart;
      cellEnd = nextNewline < 0 ? length : nextNewline;
      cell = text.slice(at, cellEnd);
    }
    cells.push(cell);
    if (cellEnd === nextDelimiter) {
      at = cellEnd + delimiter.length;
      nextDelimiter = text.indexOf(delimiter, at);
      continue;
    }
    onRecord(cells, recordStart);
    cells = [];
    if (cellEnd >= length) return length;
    at = recordStart = cellEnd + newline.length;
    // A line break ends a record; at the end of the text it starts none (papaparse gives an empty one).
    if (at >= length) return length;
    nextNewline = text.indexOf(newline, at);
  }
}

/** The index of the quote closing a quoted cell whose text starts at `from` (`""` is a quote in it), or -1. */
function closingQuote(text: string, from: number): number {
  for (let search = from; ; ) {
    const quote = text.indexOf('"', search);
    if (quote < 0 || text.charCodeAt(quote + 1) !== QUOTE) return quote;
    search = quote + 2;
  }
}

/** A quoted cell's text, between its quotes, with each `""` read as one quote. */
function unquoted(text: string, from: number, closing: number): string {
  const cell = text.slice(from, closing);
  return cell.includes('""') ? cell.replaceAll('""', '"') : cell;
}

/**
 * Where the delimiter or line break after a closing quote starts (the text's length when the quote
 * ends it): white space may come between them, as papaparse allows. -1 when other text comes
 * first, or nothing but white space to the end.
 */
function separatorAfterQuote(text: string, afterQuote: number, nextDelimiter: number, nextNewline: number): number {
  if (afterQuote === text.length) return afterQuote;
  const next = nextDelimiter >= 0 && (nextDelimiter < nextNewline || nextNewline < 0) ? nextDelimiter : nextNewline;
  if (next === afterQuote) return next;
  return next >= 0 && text.slice(afterQuote, next).trim() === '' ? next : -1;
}
