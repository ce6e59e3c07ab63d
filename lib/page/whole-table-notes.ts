/**
 * What the popup says of a read of a whole table, in words and with counts: how it was read
 * (scrolled through, walked page by page), what was not read and why, and what the user can do.
 */

import type { PageRead, PagedRead } from './paging/paged-reader';
import type { PageTable } from './layout/page-table';
import type { PageStatus } from './paging/pager-status';
import type { RangeStatus } from './paging/pager-words';
import { LOAD_TIMEOUT_MS } from './virtual-scroll/render-wait';
import { groupedCount, plural } from '../core/report/wording';
import { collapsedColumnsNote } from './collapsed-columns';
import { filterBoxesNote } from './filter-boxes';

/**
 * What one page (or the whole of an unpaged table) showed, and of a lazy grid, the row it never
 * filled (see placeholder-row.ts); of a table swept sideways, what it did not read (columns-in-view-note.ts).
 */
export type ShownRead = PageRead & { stalledAtRow?: number | null; columnsNote?: string };

export function sentences(...parts: string[]): string {
  return parts.filter(Boolean).join(' ');
}

/** A filter hides rows from every read: say how many, when the table says. */
function filterNote(status: PageStatus | null): string {
  if (!status || status.unfiltered === null || status.total === null || status.unfiltered <= status.total) return '';
  const hidden = status.unfiltered - status.total;
  return `A filter is active: it hides ${groupedCount(hidden)} of ${groupedCount(status.unfiltered)} rows, which were not checked. Clear the filter to check them.`;
}

/**
 * What every read of the table says besides its rows: filters that hid lines, columns read
 * collapsed. `boxesNote`: the filter boxes' note when the caller has it already.
 */
export function tableNotes(table: PageTable, status: PageStatus | null, boxesNote = filterBoxesNote(table.found)): string {
  return sentences(filterNote(status), boxesNote, collapsedColumnsNote(table));
}

/** What a read of the page shown says: how a scrolling grid was read, or what a sideways sweep did not read. */
export function shownNote(table: PageTable, read: ShownRead): string {
  if (!table.scrolling) return read.columnsNote ?? '';
  const library = table.adapter ? `${table.adapter.library} grid` : table.kind === 'card-list' ? 'card list' : 'scrolling grid';
  const rows = read.table.rows.length;
  const expected = read.table.rowsExpected;
  const stalledAt = read.stalledAtRow ?? null;
  if (stalledAt !== null) {
    const unread = expected === null ? 'the rows from it on were not read' : `the other ${plural(expected - rows, 'row was', 'rows were')} not read`;
    return `Only rows 1–${groupedCount(rows)}${expected === null ? '' : ` of ${groupedCount(expected)}`} could be read: the ${library} still showed row ${groupedCount(stalledAt)} as loading after ${LOAD_TIMEOUT_MS / 1000} seconds (its server did not send it), so ${unread} and not checked. Scroll through the grid until every row has loaded, and check again.`;
  }
  if (!read.complete && read.lostTrack) {
    const of = expected === null ? '' : ` of ${groupedCount(expected)}`;
    const sure = rows === 0 ? `No row${of} could be read for sure` : `Only rows 1–${groupedCount(rows)}${of} could be read for sure`;
    return `${sure}: the ${library} draws its rows afresh as it scrolls, with nothing that says which line each one is, so further rows could have been missed or counted twice. Export the table from the page to a file and check it under "Check a file" on the results page.`;
  }
  if (expected === null) {
    return read.complete
      ? `${groupedCount(rows)} rows read by scrolling the ${library} to its end (it does not say how many rows it has).`
      : `Only rows 1–${groupedCount(rows)} could be read: the ${library} stopped showing rows, and it does not say how many it has. Scroll it to its end and check again.`;
  }
  return read.complete
    ? `${groupedCount(rows)} of ${groupedCount(expected)} rows read by scrolling the ${library}.`
    : `Only rows 1–${groupedCount(rows)} of ${groupedCount(expected)} could be read: the ${library} did not show row ${groupedCount(rows + 1)} when scrolled to it. Scroll through the grid once and check again.`;
}

/** A pager that moves pages but says neither which one is shown nor how many there are, whose walk moved nothing (its Next loads another document): the page shown is all that was read. */
export function unreadPagerNote(rowsRead: number): string {
  return `Only the page shown was read (${plural(rowsRead, 'row', 'rows')}): the table's pager says neither which page this is nor how many there are, so its other pages could not be walked and were not checked. Show every line on one page, or export the table to a file, and check again.`;
}

/** The same pager, read as the user asked: only the page shown. */
export function arrowPageOnlyNote(rowsRead: number): string {
  return `Only the page shown was read, as you asked (${plural(rowsRead, 'row', 'rows')}); the table's pager says neither which page this is nor how many there are. Press "Read all pages" to check every page.`;
}

/** A status line beside the table counts more lines than it shows, and no pager was recognised to show them. */
export function statedRangeNote(rowsRead: number, stated: RangeStatus): string {
  const range = `${groupedCount(stated.first)} to ${groupedCount(stated.last)} of ${groupedCount(stated.total)}`;
  return `Only the ${plural(rowsRead, 'line', 'lines')} shown ${rowsRead === 1 ? 'was' : 'were'} checked: the page says it shows lines ${range}, and the pager that shows the others was not recognised, so ${groupedCount(stated.total - rowsRead)} lines were not read. Show every line on one page, or export the table to a file, and check again.`;
}

export function hiddenLinesNote(rowsRead: number, hidden: number): string {
  const one = hidden === 1;
  return `${plural(hidden, 'more line', 'more lines')} of the table (${groupedCount(rowsRead + hidden)} in all) ${one ? 'is' : 'are'} hidden on the page and ${one ? 'was' : 'were'} not checked: a pager, filter or collapsed group the extension did not recognise hides ${one ? 'it' : 'them'}. Show every line (all on one page, the filter cleared) and check again.`;
}

/** What the popup says of a walk through the pages: all read and the user's page shown again, or how far it got. */
export function pagedNote(paged: PagedRead, status: PageStatus): string {
  const pages = groupedCount(paged.paging.pages);
  const rows = groupedCount(paged.rows.length);
  if (paged.complete && paged.leaves) return `All ${pages} pages read (${rows} rows): the pages are pages of the site of their own, read out of sight; this tab stayed on page ${groupedCount(status.page)}.`;
  if (paged.complete && paged.walked) return `All ${pages} pages read (${rows} rows); back on page ${groupedCount(status.page)}.`;
  // Every page read, and the pager stopped answering on the way back: the table shows another page than the user's, and no mark is drawn.
  if (paged.complete) return `All ${pages} pages read (${rows} rows), but the table could not be brought back to page ${groupedCount(status.page)}: go back to it and check again to see the marks.`;
  // A pager that counts no rows (page numbers alone): the rows read are told against its pages ("0 of 0 rows" said nothing).
  const ofTotal = status.total === null ? `${rows} rows` : `${rows} of ${groupedCount(status.total)} rows`;
  if (paged.tableLostAfter !== undefined) {
    const after = paged.tableLostAfter;
    return `Only ${ofTotal} on ${plural(after, 'page', 'pages')} could be read: the table was gone from the page once the pager moved on from page ${groupedCount(after)}, so the pages after it were not read. Check again, or export the table to a file.`;
  }
  return paged.walked
    ? `Not every row of the ${groupedCount(status.pages)} pages could be read whole (${ofTotal} read). Check again, or export the table to a file.`
    : `Only ${ofTotal}${status.total === null ? ` of the ${groupedCount(status.pages)} pages` : ''} could be read: the pager stopped answering. Check again, or export the table to a file.`;
}

/** A paged table read as the user asked: only the page shown. */
export function pageOnlyNote(rowsRead: number, status: PageStatus): string {
  // A pager that counts its pages and not its rows ("3 of 100"): the rows of the others are not known.
  const rows = status.total === null ? `${groupedCount(rowsRead)} rows` : `${groupedCount(rowsRead)} of ${groupedCount(status.total)} rows`;
  // A pager that does not count its pages ("page 2"): how many there are is not known without the walk.
  const ofPages = status.pagesUncounted ? '' : ` of ${groupedCount(status.pages)}`;
  return `Only page ${groupedCount(status.page)}${ofPages} was read, as you asked (${rows}). Press "Read all pages" to check every page.`;
}

/** A table whose pages are documents of their own, which could not be read out of sight: only the page shown was. */
export function outOfReachNote(rowsRead: number, status: PageStatus): string {
  // A pager that says "Page 3 of 12" and no row count: the rows of the other pages are not known.
  const rows = status.total === null ? `${groupedCount(rowsRead)} rows` : `${groupedCount(rowsRead)} of ${groupedCount(status.total)} rows`;
  return `The table's pages are pages of the site of their own, and they could not be read out of sight (turning them here would take this tab away from this page): only page ${groupedCount(status.page)} of ${groupedCount(status.pages)} was read (${rows}). Check each page in turn, or export the table to a file.`;
}
