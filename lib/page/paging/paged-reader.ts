import type { PagingFacts } from '../../extension/messaging/messages';
import type { PageTable } from '../layout/page-table';
import { waitForGrid } from '../virtual-scroll/render-wait';
import type { RowsRead } from '../virtual-scroll/scroll-reader';
import { NavigationGuard } from './navigation-guard';
import { chooserOf } from './page-chooser';
import { pressInPlace } from './press-in-place';
import type { TablePager } from './table-pager';

/** A pager that does not reach its last page within this many clicks is not followed further. */
export const MAX_PAGES = 5_000;

const firstRowOf = (table: PageTable | null): string => JSON.stringify(table?.rows[0] ?? null);

/** How a press of the pager went: the table moved to another page, did not, or the press would have loaded another document (stopped). */
type Moved = 'moved' | 'stuck' | 'leaves';

/**
 * Press a pager control and wait until the table shows another page: the pager's status moved
 * and the rows changed too (Grid.js updates its pager a moment before its rows). A control that
 * would load another document in the tab is not followed: a link, a form's submit button or a
 * postback link (press-in-place.ts), or a script that posts the form back once pressed
 * (navigation-guard.ts).
 */
async function press(pager: TablePager, control: HTMLElement, reread: () => PageTable | null): Promise<Moved> {
  const page = pager.status()?.page;
  const firstRow = firstRowOf(reread());
  const guard = new NavigationGuard(control.ownerDocument);
  // A page chooser's choice is put back when the load it started was cancelled: the user's page shows its own page.
  const chooser = chooserOf(control);
  const chosenBefore = chooser?.selectedIndex;
  try {
    if (pressInPlace(control) === 'leaves') return 'leaves';
    // A table its server pages (Layui's `url`, most admin portals' grids) shows the new page number
    // at once and the rows once the server answers, with nothing drawn between: quiet then is no
    // sign the press did nothing. Taken for one, a server slower than QUIET_MS ended the walk.
    const pageMoved = (): boolean => pager.status()?.page !== page;
    const moved = await waitForGrid(pager.container, () => guard.left || (pageMoved() && firstRowOf(reread()) !== firstRow), { loading: pageMoved });
    if (guard.left) {
      if (chooser && chooser.isConnected) chooser.selectedIndex = chosenBefore!;
      return 'leaves';
    }
    return moved ? 'moved' : 'stuck';
  } finally {
    guard.end();
  }
}

/** Go to a page with the pager: by its number button, or the nearest number it shows, then step by step. */
async function goToPage(pager: TablePager, target: number, reread: () => PageTable | null): Promise<Moved> {
  for (let clicks = 0; clicks < MAX_PAGES; clicks++) {
    const status = pager.status();
    if (!status) return 'stuck';
    if (status.page === target) return 'moved';
    const control = pager.pageButtonTowards(target, status.page) ?? (status.page > target ? pager.previous() : pager.next());
    if (!control) return 'stuck';
    const moved = await press(pager, control, reread);
    if (moved !== 'moved') return moved;
  }
  return 'stuck';
}

/** One page as read: its rows, whether all of them were, and the table as read (for marks). */
export interface PageRead {
  table: PageTable;
  complete: boolean;
  /** A scrolling grid showed rows that could not be told from rows already read. */
  lostTrack?: boolean;
}

export interface PagedRead {
  rows: string[][];
  /** The page the user was on, read again there: its rows get the marks. */
  shownPage: PageRead | null;
  /** Data rows before the page the user is on. */
  shownFrom: number;
  paging: PagingFacts;
  complete: boolean;
  /** The pager took us through every page and back (false: it stopped answering). */
  walked: boolean;
  /**
   * The pager's controls load other documents (a pager the server pages): readAllPages followed
   * none and its rows are not kept; readPagesByAddress sets it on the pages it read by address.
   */
  leaves: boolean;
  /** The table was gone from the page after the pager moved on from this many pages read: the walk ended there, not at the last page. */
  tableLostAfter?: number;
}

/**
 * Read every page of a paged table: go to page 1, read it (`readPage` scrolls it through when the
 * grid is virtual too), press Next until it is disabled, then go back to the page the user was
 * on. Rows are numbered through all pages.
 */
export async function readAllPages(
  pager: TablePager,
  reread: () => PageTable | null,
  readPage: (table: PageTable, rowsOnPage: number | null) => Promise<PageRead>,
  onProgress: (progress: RowsRead) => void,
  /** Aborts the walk at its next page (Cancel, or the page changed); the user's page is put back first. */
  signal?: AbortSignal,
): Promise<PagedRead> {
  const start = pager.status()!;
  const rows: string[][] = [];
  const toFirst = await goToPage(pager, 1, reread);
  // Nothing moved: the user is on their page, which the caller reads as it is.
  if (toFirst === 'leaves') return { rows, shownPage: null, shownFrom: 0, paging: { page: start.page, pages: start.pages, allPagesRead: false }, complete: false, walked: false, leaves: true };
  let walked = toFirst === 'moved';
  let leaves = false;
  let complete = walked;
  let shownPage: PageRead | null = null;
  let shownFrom = 0;
  // A pager of page numbers alone shows a few of them (PrimeVue: 5 of 40): the count it gave at
  // the start is a floor, and the pages walked are how many there are.
  let pagesRead = 0;
  let tableLost = false;
  for (let page = 1; complete && page <= MAX_PAGES; page++) {
    if (signal?.aborted) {
      await goToPage(pager, start.page, reread);
      signal.throwIfAborted();
    }
    const current = reread();
    // A pager that does not count its pages need not know its last either: Carbon's keeps Next
    // enabled, and the page after the last shows no line. That page, the table still there, ends the
    // walk; the pages before it are all there are. A table gone from the page is no such sign (an
    // error screen, a redraw the reader lost): the pages after it are not known.
    if (start.pagesUncounted && page > 1 && current?.rows.length === 0) break;
    if (!current) {
      complete = false;
      tableLost = true;
      break;
    }
    let read: PageRead;
    try {
      read = await readPage(current, pager.status()?.shownRows ?? null);
    } catch (error) {
      // Stopped mid-page (Cancel, or the page changed): back to the user's page where it can.
      if (signal?.aborted) await goToPage(pager, start.page, reread);
      throw error;
    }
    if (page === start.page) [shownPage, shownFrom] = [read, rows.length];
    rows.push(...read.table.rows);
    pagesRead = page;
    complete &&= read.complete;
    onProgress({ rowsRead: rows.length, rowsExpected: start.total });
    // The last page ends the walk whatever its Next does: a pager that loops (bootstrap-table's
    // default) takes Next from the last page back to the first, and the walk would go round for ever.
    const here = pager.status();
    if (here && here.page >= here.pages) break;
    const next = pager.next();
    if (!next) break;
    const moved = await press(pager, next, reread);
    if (moved !== 'moved') walked = complete = false;
    if (moved === 'leaves') {
      leaves = true;
      break;
    }
    // Next went back instead of on (a loop the status did not announce): the pages read so far are all there is to trust.
    const after = pager.status();
    if (here && after && after.page <= here.page) walked = complete = false;
  }
  const back = (await goToPage(pager, start.page, reread)) === 'moved';
  walked &&= back;
  // Tables that draw each page afresh (bootstrap-table writes its rows as markup) show the user's
  // page in new elements once back on it: the marks go on those, when they hold the rows read there.
  if (back && shownPage && !shownPage.table.live) {
    const again = reread();
    if (again && JSON.stringify(again.rows) === JSON.stringify(shownPage.table.rows)) shownPage = { ...shownPage, table: again };
  }
  if (start.total !== null && rows.length !== start.total) complete = false;
  // A pager whose Next ran out before the pages it counted (no control onward was found) did not show them all.
  if (pagesRead < start.pages) complete = false;
  return {
    rows,
    // Back on the user's page, its rows get marks; when the pager could not go back, none do.
    shownPage: back ? shownPage : null,
    shownFrom,
    paging: { page: start.page, pages: complete ? Math.max(start.pages, pagesRead) : start.pages, allPagesRead: complete },
    complete,
    walked,
    leaves,
    ...(tableLost ? { tableLostAfter: pagesRead } : {}),
  };
}
