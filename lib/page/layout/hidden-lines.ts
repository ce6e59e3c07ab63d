import type { TimeSlicer } from '../time-slices';
import { isLineRow, rowElementsOf } from './aria-grid-rows';
import type { PageTable } from './page-table';
import { isHiddenFromUser } from './visibility';

/**
 * The lines of a table that the page keeps in it but hides. A hidden row is never read (a user
 * does not see it), and most tables hide none. But a pager that pages by hiding the rows of the
 * other pages (tablesorter's pager add-on, scripts a portal wrote itself) is a pager whose
 * controls may not be recognised, and a collapsed group or a filter hides lines too: read as they
 * were, "25 rows checked" of a table of 2,000 was said with nothing more, as if that was all of it.
 * Counted, the check can say how many lines it did not see.
 *
 * A row counts when it is a body row of the table (an HTML table's `<tbody>` row, an ARIA grid's
 * own `role="row"` that is no header row), was not read, is hidden, has two cells or more and some
 * words: a line of goods, shown. A hidden detail row (one cell across the table) or an empty
 * template row is no line. A grid that draws only the rows in view (`scrolling`) is read by
 * scrolling; a row it has not drawn is not in it at all, so there is nothing to count.
 */
export async function hiddenLineCount(table: PageTable, slicer: TimeSlicer): Promise<number> {
  if (table.scrolling) return 0;
  const element = table.found.element;
  const html = element.localName === 'table';
  if (!html && table.found.structure !== 'aria') return 0;
  const rows = html ? htmlBodyRows(element) : rowElementsOf(element);
  const isLine = html ? (row: Element) => cellCount(row) >= 2 : isLineRow;
  const read = new Set<Element>(table.layout.map((row) => row.element));
  let hidden = 0;
  for (const row of rows) {
    // A row that was read is passed over before the pause, not after it: awaiting a pause per row,
    // even one that returns at once, cost the 50,000 rows of a table read whole four or five
    // slices, and on a loaded machine each handed-back slice came back 30-800 ms later. The check
    // of the last rows waited 0.1-4 s, and with it the last chunk and the verdict.
    if (read.has(row)) continue;
    await slicer.pause();
    if (!isLine(row) || !row.textContent?.trim()) continue;
    if (isHiddenFromUser(row, element)) hidden++;
  }
  return hidden;
}

/** The rows of an HTML table's bodies. */
function htmlBodyRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const body of Array.from(table.children)) {
    if (body.localName !== 'tbody') continue;
    for (const row of Array.from(body.children)) if (row.localName === 'tr') rows.push(row);
  }
  return rows;
}

function cellCount(row: Element): number {
  let cells = 0;
  for (const child of Array.from(row.children)) if (child.localName === 'td' || child.localName === 'th') cells++;
  return cells;
}
