import { TimeSlicer } from '../time-slices';
import { boxesAround } from './beside-table';
import { type RangeStatus, readRange } from './pager-words';
import { statusTextOf } from './pager-status';

/**
 * The range of lines a status line beside the table says it shows, out of more, when no pager was
 * recognised: "Displaying 1 to 25 of 2000 items" under a pager whose arrows nothing names (icons
 * drawn as backgrounds, controls with no name, role or glyph). The rows of the other pages are not
 * in the page, so no count of hidden lines (hidden-lines.ts) can tell the user; the status line
 * does. Taken only where it counts exactly the rows shown (its last − first + 1 is `rowsShown`) out
 * of a larger total, in one of the boxes near the table: a count of something else ("1 to 3 of 12
 * shipments" in a side panel) seldom matches the rows to the row.
 */
export async function statedRangeBeside(table: Element, parts: readonly Element[], rowsShown: number, slicer = new TimeSlicer()): Promise<RangeStatus | null> {
  if (rowsShown === 0) return null;
  for await (const box of boxesAround(table, parts, slicer)) {
    if (!box.near) return null;
    const range = readRange(statusTextOf(box.element, table));
    if (range && range.total > rowsShown && range.last - range.first + 1 === rowsShown) return range;
  }
  return null;
}
