import type { PagingFacts } from '../extension/messaging/messages';
import { type PagedRead, type PageRead, readAllPages } from './paging/paged-reader';
import { readPagesByAddress } from './paging/pages-by-address';
import type { PageTable } from './layout/page-table';
import type { LayoutRow } from './layout/table-layout';
import { readScrollingGrid, type RowsRead } from './virtual-scroll/scroll-reader';
import { saveScrollPositions, scrollContainer } from './virtual-scroll/scroll-container';
import type { PageStatus } from './paging/pager-status';
import { findPager, movesPages, type TablePager } from './paging/table-pager';
import { findLoadMore, type LoadMoreTrigger } from './paging/load-more';
import { partsOf } from './paging/beside-table';
import { statedRangeBeside } from './paging/stated-range';
import { readGrowingTable } from './paging/load-more-reader';
import { loadByScrolling, scrollLoadNote } from './paging/scroll-to-load';
import { TimeSlicer } from './time-slices';
import { filterBoxesNote } from './filter-boxes';
import { hiddenLineCount } from './layout/hidden-lines';
import { readArrowPages } from './paging/arrow-walk';
import { arrowWalkNote } from './paging/arrow-walk-note';
import { drawsColumnsOnlyInView } from './virtual-scroll/columns-in-view';
import { readColumnsBySweeping } from './virtual-scroll/columns-sweep';
import { arrowPageOnlyNote, hiddenLinesNote, outOfReachNote, pageOnlyNote, pagedNote, shownNote, sentences, type ShownRead, statedRangeNote, tableNotes, unreadPagerNote } from './whole-table-notes';

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

/**
 * Read what one page (or the whole of an unpaged table) shows: scrolled through when the grid is
 * virtual; swept sideways when it draws every line but only the columns in view (columns-sweep.ts).
 */
async function readShown(table: PageTable, rowsOnPage: number | null, onProgress: (progress: RowsRead) => void, signal?: AbortSignal): Promise<ShownRead> {
  if (!table.scrolling) return drawsColumnsOnlyInView(table) ? readColumnsBySweeping(table, signal) : { table, complete: true };
  const grid = await readScrollingGrid(table.found, table.adapter, onProgress, rowsOnPage, signal);
  return {
    table: { ...table, headers: grid.headers, rows: grid.rows, layout: [], rowsExpected: grid.rowsExpected, live: { found: table.found, adapter: table.adapter, ...grid } },
    complete: grid.complete,
    lostTrack: grid.lostTrack,
    stalledAtRow: grid.stalledAtRow,
  };
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

/**
 * How a table is walked beyond what it shows: its pager and what the pager says, and, when it has
 * no pager of several pages, its "Load more" trigger. Looked for over the page around the table, in
 * slices (see beside-table.ts).
 */
export interface TablePaging {
  pager: TablePager | null;
  status: PageStatus | null;
  loadMore: LoadMoreTrigger | null;
  /**
   * The pager says neither its page nor its count and still moves pages (movesPages): walked by
   * its arrows. Asked once here: it walks the pager's box again.
   */
  byArrows: boolean;
}

export async function pagingOf(table: PageTable, signal?: AbortSignal): Promise<TablePaging> {
  const slicer = new TimeSlicer(signal);
  const pager = await findPager(table.found.element, partsOf(table.found), slicer);
  const status = pager?.status() ?? null;
  const loadMore = !pager || !status || status.pages < 2 ? await findLoadMore(table.found.element, partsOf(table.found), slicer) : null;
  return { pager, status, loadMore, byArrows: pager !== null && status === null && movesPages(pager) };
}

/**
 * The rows read from `table` as it is shown now are the rows checked: it is neither scrolled
 * through nor walked page by page (see readWholeTable). Then they can go to the worker as they
 * are read; the same question asked again of the table as read tells whether that still holds.
 * `paging` is the table's, when it was just looked for.
 */
export async function takenAsRead(table: PageTable, allPages: boolean, signal?: AbortSignal, paging?: TablePaging): Promise<boolean> {
  if (table.scrolling || drawsColumnsOnlyInView(table)) return false;
  if (!allPages) return true;
  const { status, loadMore, byArrows } = paging ?? (await pagingOf(table, signal));
  // A pager of arrows alone has no status, and its pages are walked all the same.
  return !loadMore && (!status || status.pages < 2) && !byArrows;
}

export async function readWholeTable(table: PageTable, options: WholeTableOptions): Promise<WholeTable> {
  const { pager, status, loadMore, byArrows } = options.paging ?? (await pagingOf(table, options.signal));
  if (!pager || !status || status.pages < 2) {
    // A growing list ("Load more", "More [20 / 2000]") is read whole by pressing it: see load-more-reader.ts.
    if (loadMore) return readGrowingTable(table, loadMore, options, (shown) => readShown(shown, null, options.onProgress, options.signal));
    // A pager of arrows alone ("Previous page", "Next page", no page number, no count): walked by its rows, see arrow-walk.ts.
    const arrows = options.allPages && pager && byArrows ? await readByArrows(table, pager, options) : null;
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
    if (pager && byArrows) {
      if (!options.allPages) return { table: read.table, note: sentences(arrowPageOnlyNote(read.table.rows.length), notes), complete: false, paging: arrowPagingFloor(pager) };
      return { table: read.table, note: sentences(unreadPagerNote(read.table.rows.length), notes), complete: false };
    }
    return { table: read.table, note: sentences(shownNote(table, read), notes), complete: read.complete };
  }

  if (!options.allPages) {
    const read = await readShown(table, status.shownRows, options.onProgress, options.signal);
    return {
      table: read.table,
      note: sentences(pageOnlyNote(read.table.rows.length, status), tableNotes(table, status)),
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

/**
 * A table whose pager loads each page as a document of its own (press-in-place.ts): the page the
 * user is on is read, and the note says so, with counts.
 */
async function shownPageOnly(table: PageTable, status: PageStatus, options: WholeTableOptions): Promise<WholeTable> {
  const read = await readShown(table, status.shownRows, options.onProgress, options.signal);
  return { table: read.table, note: sentences(outOfReachNote(read.table.rows.length, status), tableNotes(table, status)), complete: false, paging: { page: status.page, pages: status.pages, allPagesRead: false, otherPagesOutOfReach: true } };
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
