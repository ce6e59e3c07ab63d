import { MAX_CELL_LENGTH, MAX_COLUMNS } from './message-limits';

/**
 * A row of a chunk as the page sends it: its cells joined into one string by CELL_SEPARATOR, or,
 * when that could not be split back into the same cells (a cell holds the separator, or the row
 * has no cells), the cells as they are. Issue 10: a 50,000-row table is 650,000 cell strings;
 * held by the page until their chunk is sent, they outlived the young generation, filled the
 * page's old one (which on a page with a large DOM forced a major GC, seconds of marking the
 * whole DOM) and were each converted on their own when the chunk was sent. One string a row is
 * a thirteenth of the objects and fewer bytes (no string header or array slot per cell). On the
 * 50,000-row table the page's main thread spent 9–14% less CPU from click to verdict (4 A/B pairs
 * of `bench:pages` at a load of 11–18, e.g. 5,563 → 4,771 ms), and 15–24% less on a quiet machine
 * (3 pairs, e.g. 4,272 → 3,237 ms; click to verdict 4–18% shorter).
 * No schema here: the content script packs and must not carry the worker's schemas (see
 * content-script-messages.ts); the worker unpacks and then checks the cells (chunk-rows.ts).
 */
export type PackedRow = string | string[];

/**
 * DEL (U+007F): a control character, rare in text a page shows; one byte (Latin-1), so a row
 * joined with it stays a one-byte string; and the one control character JSON leaves as it is
 * (Chrome sends an extension message as JSON): the ASCII unit separator U+001F, made for this,
 * goes as the six characters \u001f, and made a chunk of a 13-column table 12% longer than its
 * rows as arrays. Any character may still occur in a cell: a row with one in a cell goes as an
 * array (packRow).
 */
export const CELL_SEPARATOR = '\x7F';

/**
 * Longest packed row that can split into cells the chunk schema accepts: MAX_COLUMNS cells of
 * MAX_CELL_LENGTH, with a separator between each two. The worker refuses a longer one unsplit.
 */
export const MAX_PACKED_ROW_LENGTH = MAX_COLUMNS * MAX_CELL_LENGTH + MAX_COLUMNS - 1;

/** One row's cells packed for sending: joined when that splits back into exactly these cells. */
export function packRow(cells: readonly string[]): PackedRow {
  // No cells would join to '', which splits back into one empty cell.
  if (cells.length === 0) return [];
  for (const cell of cells) if (cell.includes(CELL_SEPARATOR)) return [...cells];
  return cells.join(CELL_SEPARATOR);
}

/**
 * A row as sent, back to its cells, for the worker to check. A string longer than any row the
 * schema accepts is given back as it is (the check then refuses it), and a string is never split
 * into more than MAX_COLUMNS + 1 parts (one too many for the check): a hostile page's string of
 * separators costs no more than a row the schema takes. Anything else is given back as it is, to
 * be checked (and refused when it is not an array of cell texts).
 */
export function unpackRow(row: unknown): unknown {
  if (typeof row !== 'string' || row.length > MAX_PACKED_ROW_LENGTH) return row;
  return row.split(CELL_SEPARATOR, MAX_COLUMNS + 1);
}
