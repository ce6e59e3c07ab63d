import type { TimeSlicer } from '../time-slices';
import type { PageTable } from './page-table';
import { isHiddenFromUser } from './visibility';

/**
 * The lines of an HTML table that the page keeps in it but hides. A hidden row is never read (a
 * user does not see it), and most tables hide none. But a pager that pages by hiding the rows of
 * the other pages (tablesorter's pager add-on, scripts a portal wrote itself) is a pager whose
 * controls may not be recognised, and a collapsed group or a filter hides lines too: read as they
 * were, "25 rows checked" of a table of 2,000 was said with nothing more, as if that was all of it.
 * Counted, the check can say how many lines it did not see.
 *
 * A row counts when it is in the table's body, was not read, is hidden, has two cells or more and
 * some words: a line of goods, shown. A hidden detail row (one cell across the table) or an empty
 * template row is no line.
 */
export async function hiddenLineCount(table: PageTable, slicer: TimeSlicer): Promise<number> {
  const element = table.found.element;
  if (table.scrolling || element.localName !== 'table') return 0;
  const read = new Set<Element>(table.layout.map((row) => row.element));
  let hidden = 0;
  for (const body of Array.from(element.children)) {
    if (body.localName !== 'tbody') continue;
    for (const row of Array.from(body.children)) {
      await slicer.pause();
      if (row.localName !== 'tr' || read.has(row) || cellCount(row) < 2 || !row.textContent?.trim()) continue;
      if (isHiddenFromUser(row, element)) hidden++;
    }
  }
  return hidden;
}

function cellCount(row: Element): number {
  let cells = 0;
  for (const child of Array.from(row.children)) if (child.localName === 'td' || child.localName === 'th') cells++;
  return cells;
}
