import type { PagingFacts } from '../extension/messaging/messages';
import { type PagedRead, type PageRead, readAllPages } from './paging/paged-reader';
import { readPagesByAddress } from './paging/pages-by-address';
import type { PageTable } from './layout/page-table';
import type { LayoutRow } from './layout/table-layout';
import { readScrollingGrid, type RowsRead } from './virtual-scroll/scroll-reader';
import { LOAD_TIMEOUT_MS } from './virtual-scroll/render-wait';
import { saveScrollPositions, scrollContainer } from './virtual-scroll/scroll-container';
import { findPager, movesPages, type PageStatus, type TablePager } from './paging/table-pager';
import { findLoadMore, type LoadMoreTrigger } from './paging/load-more';
import { partsOf } from './paging/beside-table';
import { statedRangeBeside } from './paging/stated-range';
import type { RangeStatus } from './paging/pager-words';
import { readGrowingTable } from './paging/load-more-reader';
import { loadByScrolling, scrollLoadNote } from './paging/scroll-to-load';
import { TimeSlicer } from './time-slices';
import { groupedCount, plural } from '../core/report/wording';
import { collapsedColumnsNote } from './collapsed-columns';
import { filterBoxesNote } from './filter-boxes';
import { hiddenLineCount } from './layout/hidden-lines';
import { readArrowPages } from './paging/arrow-walk';
import { arrowWalkNote } from './paging/arrow-walk-note';

/**
 * The whole of a table the user asked to check, however the page shows it: a plain table as
 * read; a virtualised grid by scrolling it through; a paged table page by page when asked (the
 * page shown otherwise), each page scrolled through when the grid is virtual too (MUI X).
 * `note` tells the user, in words, what was read and what was not.
 */
export interface WholeTable {
  table: PageTable;
  note: string;
  /** Every row of the catalog was read; false when the note says what is missing. */
  complete: boolean;
  paging?: PagingFacts;
}

export interface WholeTableOptions {
  /** Walk every page of a paged table (the default; false when the user chose "This page only"). */
  allPages: boolean;
  /** Stops reading (Cancel, or the page changed): see reading-stop.ts. */
  signal?: AbortSignal;
  onProgress: (progress: RowsRead) => void;
  /** Read the table again as the page shows it now (after the pager moved). */
  reread: () => PageTable | null;
  /** The table's pager and "Load more" (pagingOf), when they were just looked for: not looked for again. */
  paging?: TablePaging;
}

function sentences(...parts: string[]): string {
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
function tableNotes(table: PageTable, status: PageStatus | null, boxesNote = filterBoxesNote(table.found)): string {
  return sentences(filterNote(status), boxesNote, collapsedColumnsNote(table));
}

/** What one page (or the whole of an unpaged table) showed, and of a lazy grid, the row it never filled (see placeholder-row.ts). */
type ShownRead = PageRead & { stalledAtRow?: number | null };

/** Read what one page (or the whole of an unpaged table) shows: scrolled through when the grid is virtual. */
async function readShown(table: PageTable, rowsOnPage: number | null, onProgress: (progress: RowsRead) => void, signal?: AbortSignal): Promise<ShownRead> {
  if (!table.scrolling) return { table, complete: true };
  const grid = await readScrollingGrid(table.found, table.adapter, onProgress, rowsOnPage, signal);
  return {
    table: { ...table, headers: grid.headers, rows: grid.rows, layout: [], rowsExpected: grid.rowsExpected, live: { found: table.found, adapter: table.adapter, ...grid } },
    complete: grid.complete,
    lostTrack: grid.lostTrack,
    stalledAtRow: grid.stalledAtRow,
  };
}

function scrollNote(table: PageTable, read: ShownRead): string {
  if (!table.scrolling) return '';
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
function unreadPagerNote(rowsRead: number): string {
  return `Only the page shown was read (${plural(rowsRead, 'row', 'rows')}): the table's pager says neither which page this is nor how many there are, so its other pages could not be walked and were not checked. Show every line on one page, or export the table to a file, and check again.`;
}

/** The same pager, read as the user asked: only the page shown. */
function arrowPageOnlyNote(rowsRead: number): string {
  return `Only the page shown was read, as you asked (${plural(rowsRead, 'row', 'rows')}); the table's pager says neither which page this is nor how many there are. Press "Read all pages" to check every page.`;
}

/**
 * Where a pager of arrows alone is, as little as it tells: on page 1 when it has no Previous to
 * press, else on page 2 at least; one page more at least while Next moves (the floor a pager that
 * does not count its pages gives too, see PageStatus.pagesUncounted).
 */
function arrowPagingFloor(pager: TablePager): PagingFacts {
  const page = pager.previous() ? 2 : 1;
  return { page, pages: pager.next() ? page + 1 : page, allPagesRead: false };
}

/** A status line beside the table counts more lines than it shows, and no pager was recognised to show them. */
function statedRangeNote(rowsRead: number, stated: RangeStatus): string {
  const range = `${groupedCount(stated.first)} to ${groupedCount(stated.last)} of ${groupedCount(stated.total)}`;
  return `Only the ${plural(rowsRead, 'line', 'lines')} shown ${rowsRead === 1 ? 'was' : 'were'} checked: the page says it shows lines ${range}, and the pager that shows the others was not recognised, so ${groupedCount(stated.total - rowsRead)} lines were not read. Show every line on one page, or export the table to a file, and check again.`;
}

function hiddenLinesNote(rowsRead: number, hidden: number): string {
  const one = hidden === 1;
  return `${plural(hidden, 'more line', 'more lines')} of the table (${groupedCount(rowsRead + hidden)} in all) ${one ? 'is' : 'are'} hidden on the page and ${one ? 'was' : 'were'} not checked: a pager, filter or collapsed group the extension did not recognise hides ${one ? 'it' : 'them'}. Show every line (all on one page, the filter cleared) and check again.`;
}

/**
 * How a table is walked beyond what it shows: its pager and what the pager says, and, when it has
 * no pager of several pages, its "Load more" trigger. Looked for over the page around the table, in
 * slices (see beside-table.ts).
 */
export interface TablePaging {
  pager: TablePager | null;
  status: PageStatus | null;
  loadMore: LoadMoreTrigger | null;
}

export async function pagingOf(table: PageTable, signal?: AbortSignal): Promise<TablePaging> {
  const slicer = new TimeSlicer(signal);
  const pager = await findPager(table.found.element, partsOf(table.found), slicer);
  const status = pager?.status() ?? null;
  const loadMore = !pager || !status || status.pages < 2 ? await findLoadMore(table.found.element, partsOf(table.found), slicer) : null;
  return { pager, status, loadMore };
}

/**
 * The rows read from `table` as it is shown now are the rows checked: it is neither scrolled
 * through nor walked page by page (see readWholeTable). Then they can go to the worker as they
 * are read; the same question asked again of the table as read tells whether that still holds.
 * `paging` is the table's, when it was just looked for.
 */
export async function takenAsRead(table: PageTable, allPages: boolean, signal?: AbortSignal, paging?: TablePaging): Promise<boolean> {
  if (table.scrolling) return false;
  if (!allPages) return true;
  const { pager, status, loadMore } = paging ?? (await pagingOf(table, signal));
  // A pager of arrows alone has no status, and its pages are walked all the same.
  return !loadMore && (!status || status.pages < 2) && !(pager && !status && movesPages(pager));
}

export async function readWholeTable(table: PageTable, options: WholeTableOptions): Promise<WholeTable> {
  const { pager, status, loadMore } = options.paging ?? (await pagingOf(table, options.signal));
  if (!pager || !status || status.pages < 2) {
    // A growing list ("Load more", "More [20 / 2000]") is read whole by pressing it: see load-more-reader.ts.
    if (loadMore) return readGrowingTable(table, loadMore, options, (shown) => readShown(shown, null, options.onProgress, options.signal));
    // A pager of arrows alone ("Previous page", "Next page", no page number, no count): walked by its rows, see arrow-walk.ts.
    const arrows = options.allPages && pager && !status && movesPages(pager) ? await readByArrows(table, pager, options) : null;
    if (arrows) return arrows;
    // A list that loads more rows when scrolled to its end: see scroll-to-load.ts.
    const loads = options.allPages && !status ? await loadByScrolling(table, (rowsRead) => options.onProgress({ rowsRead, rowsExpected: null }), options.signal) : null;
    if (loads && loads.loads > 0) {
      const grown = options.reread() ?? table;
      // A list that drops its first rows as it loads more (a window over a longer list) is no longer whole.
      const kept = grown.layout[0]?.element === table.layout[0]?.element;
      const read = await readShown(grown, null, options.onProgress, options.signal);
      return { table: read.table, note: scrollLoadNote(read.table.rows.length, loads, kept), complete: read.complete && !loads.capped && kept };
    }
    const read = await readShown(table, null, options.onProgress, options.signal);
    const boxesNote = filterBoxesNote(table.found);
    const notes = tableNotes(table, status, boxesNote);
    // Lines the table holds but hides, with no pager recognised to show them: said, with counts
    // (a filter box's note says why already).
    const hidden = boxesNote ? 0 : await hiddenLineCount(read.table, new TimeSlicer(options.signal));
    if (hidden > 0) return { table: read.table, note: sentences(hiddenLinesNote(read.table.rows.length, hidden), notes), complete: false };
    // Only the rows shown are in the page, and a status line beside the table counts more: said, with its counts.
    const stated = table.scrolling || status ? null : await statedRangeBeside(table.found.element, partsOf(table.found), read.table.rows.length, new TimeSlicer(options.signal));
    if (stated) return { table: read.table, note: sentences(statedRangeNote(read.table.rows.length, stated), notes), complete: false };
    if (pager && !status && movesPages(pager)) {
      if (!options.allPages) return { table: read.table, note: sentences(arrowPageOnlyNote(read.table.rows.length), notes), complete: false, paging: arrowPagingFloor(pager) };
      return { table: read.table, note: sentences(unreadPagerNote(read.table.rows.length), notes), complete: false };
    }
    return { table: read.table, note: sentences(scrollNote(table, read), notes), complete: read.complete };
  }

  if (!options.allPages) {
    const read = await readShown(table, status.shownRows, options.onProgress, options.signal);
    // A pager that counts its pages and not its rows ("3 of 100"): the rows of the others are not known.
    const rowsRead = status.total === null ? `${groupedCount(read.table.rows.length)} rows` : `${groupedCount(read.table.rows.length)} of ${groupedCount(status.total)} rows`;
    // A pager that does not count its pages ("page 2"): how many there are is not known without the walk.
    const ofPages = status.pagesUncounted ? '' : ` of ${groupedCount(status.pages)}`;
    const note = `Only page ${groupedCount(status.page)}${ofPages} was read, as you asked (${rowsRead}). Press "Read all pages" to check every page.`;
    return {
      table: read.table,
      note: sentences(note, tableNotes(table, status)),
      complete: false,
      paging: { page: status.page, pages: status.pages, allPagesRead: false },
    };
  }

  let paged: PagedRead = await keepingUserScroll(table, () =>
    readAllPages(pager, options.reread, (current, rowsOnPage) => readShown(current, rowsOnPage, () => {}, options.signal), options.onProgress, options.signal),
  );
  // The pager loads other documents: the user's page is still the one shown (nothing was followed);
  // the others are read by their addresses, out of sight.
  if (paged.leaves) {
    const shown = options.reread() ?? table;
    const here = pager.status() ?? status;
    const byAddress = await readPagesByAddress(shown, pager, here, options.onProgress, options.signal);
    if (!byAddress) return shownPageOnly(shown, here, options);
    paged = byAddress;
  }
  const note = pagedNote(paged, status);
  return { table: markedPage(table, paged.rows, paged.shownPage, paged.shownFrom), note: sentences(note, tableNotes(table, status)), complete: paged.complete, paging: paged.paging };
}

/** Paging moves the table's box and the page: the user's place on their page is put back after `walk`. */
async function keepingUserScroll<T>(table: PageTable, walk: () => Promise<T>): Promise<T> {
  const anchor = table.layout[0]?.element ?? table.found.element;
  const userScroll = saveScrollPositions([scrollContainer(anchor, 'y'), scrollContainer(anchor, 'x'), anchor.ownerDocument.scrollingElement]);
  try {
    return await walk();
  } finally {
    userScroll.restore();
  }
}

/**
 * Every page of a table under a pager of arrows alone, the user's page and scroll put back after;
 * null when the walk moved nothing (its arrows load other documents, which are not followed).
 */
async function readByArrows(table: PageTable, pager: TablePager, options: WholeTableOptions): Promise<WholeTable | null> {
  const walk = await keepingUserScroll(table, () => readArrowPages(pager, options.reread, (current) => readShown(current, null, () => {}, options.signal), options.onProgress, options.signal));
  if (walk.leaves) return null;
  return { table: markedPage(table, walk.rows, walk.shownPage, walk.shownFrom), note: sentences(arrowWalkNote(walk), tableNotes(table, null)), complete: walk.complete, paging: walk.paging };
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

/**
 * A table whose pager loads each page as a document of its own (press-in-place.ts): the page the
 * user is on is read, and the note says so, with counts.
 */
async function shownPageOnly(table: PageTable, status: PageStatus, options: WholeTableOptions): Promise<WholeTable> {
  const read = await readShown(table, status.shownRows, options.onProgress, options.signal);
  // A pager that says "Page 3 of 12" and no row count: the rows of the other pages are not known.
  const rowsRead = status.total === null ? `${groupedCount(read.table.rows.length)} rows` : `${groupedCount(read.table.rows.length)} of ${groupedCount(status.total)} rows`;
  const note = `The table's pages are pages of the site of their own, and they could not be read out of sight (turning them here would take this tab away from this page): only page ${groupedCount(status.page)} of ${groupedCount(status.pages)} was read (${rowsRead}). Check each page in turn, or export the table to a file.`;
  return { table: read.table, note: sentences(note, tableNotes(table, status)), complete: false, paging: { page: status.page, pages: status.pages, allPagesRead: false, otherPagesOutOfReach: true } };
}

/**
 * All pages' rows, with the marks' cells on the page the user is on: its layout placed after the
 * rows of the pages before it, or for a virtual grid its rows found with that many added.
 */
function markedPage(table: PageTable, rows: string[][], shown: PageRead | null, shownFrom: number): PageTable {
  const layout: LayoutRow[] = [];
  if (!shown) return { ...table, rows, layout };
  shown.table.layout.forEach((row, i) => (layout[shownFrom + i] = row));
  const live = shown.table.live ? { ...shown.table.live, rowBase: shown.table.live.rowBase - shownFrom } : undefined;
  return { ...shown.table, rows, layout, ...(live ? { live } : {}) };
}
