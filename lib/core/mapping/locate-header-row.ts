import { mapHeaders } from './header-mapping';

/** How far down a file the header may sit (report titles, export dates, blank lines above it). */
export const HEADER_SEARCH_ROWS = 15;
/** A first row mapping this many fields is the header without looking further. */
const CLEAR_HEADER_FIELDS = 4;

/**
 * The index of the row that reads most like a catalog header: the one whose cells map to the
 * most fields. Row 0 unless a later row maps clearly more (at least two fields).
 */
export function locateHeaderRow(records: readonly (readonly string[])[]): number {
  // The usual case, settled by the first row alone: it already reads as a catalog header.
  if (records[0] && mapHeaders(records[0]).matches.length >= CLEAR_HEADER_FIELDS) return 0;
  let best = 0;
  let bestCount = -1;
  for (let i = 0; i < Math.min(records.length, HEADER_SEARCH_ROWS); i++) {
    const cells = records[i]!.filter((cell) => cell.trim() !== '');
    if (cells.length === 0) continue;
    const count = mapHeaders(records[i]!).matches.length;
    if (count > bestCount) {
      best = i;
      bestCount = count;
    }
  }
  return bestCount >= 2 ? best : 0;
}
