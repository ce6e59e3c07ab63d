import { mapColumns } from './column-mapping';

/** How far down a file the header may sit (report titles, export dates, blank lines above it). */
const HEADER_SEARCH_ROWS = 15;

/**
 * The index of the row that reads most like a catalog header: the one whose cells map to the
 * most fields. Row 0 unless a later row maps clearly more (at least two fields).
 */
export function locateHeaderRow(records: readonly (readonly string[])[]): number {
  let best = 0;
  let bestCount = -1;
  for (let i = 0; i < Math.min(records.length, HEADER_SEARCH_ROWS); i++) {
    const cells = records[i]!.filter((cell) => cell.trim() !== '');
    if (cells.length === 0) continue;
    const count = mapColumns(records[i]!).matches.length;
    if (count > bestCount) {
      best = i;
      bestCount = count;
    }
  }
  return bestCount >= 2 ? best : 0;
}
