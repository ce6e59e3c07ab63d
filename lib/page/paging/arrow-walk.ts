import type { PageTable } from '../layout/page-table';
import { waitForGrid, waitForQuietFrame } from '../virtual-scroll/render-wait';
import type { RowsRead } from '../virtual-scroll/scroll-reader';
import { NavigationGuard } from './navigation-guard';
import { MAX_PAGES, type PagedRead, type PageRead } from './paged-reader';
import { pressInPlace } from './press-in-place';
import type { TablePager } from './table-pager';

/**
 * A pager of arrows alone: Previous and Next, no page number, no count (a list its server pages by
 * cursor, SAP- and Salesforce-like lists, hand-made admin screens). Nothing says which page is
 * shown, so the pages are told apart by their rows: a press moved when the rows changed, the first
 * page is where Previous ends, the last where Next ends, and a page whose rows are those of a page
 * already read is one seen again (a pager that wraps round, a Next that shows the same page).
 */

/** How the walk forward ended. Only `last` (Next disabled or gone) says the pages read are all there are. */
export type ArrowWalkEnd = 'last' | 'stuck' | 'empty' | 'seen' | 'vanished' | 'leaves' | 'capped';

export interface ArrowWalk extends PagedRead {
  end: ArrowWalkEnd;
  /** Previous led to a page with no Previous: the walk started on the first page. */
  fromFirst: boolean;
  pagesRead: number;
}

/**
 * What tells one page from another: how many rows it shows, its first and its last. The table
 * drawn afresh with the same rows is the same page (a Next that redraws and does not move).
 */
function pageKey(table: PageTable | null): string {
  if (!table) return 'no table';
  return JSON.stringify([table.rows.length, table.rows[0] ?? null, table.rows.at(-1) ?? null]);
}

type Moved = 'moved' | 'stuck' | 'leaves';

/**
 * Press an arrow and wait until the table shows other rows. Nothing on the page says a server was
 * asked (no page number moves): a quiet page is no sign the press did nothing, so the rows are
 * waited for up to the load timeout of every pager press (LOAD_TIMEOUT_MS). Once they changed, the
 * table is given a quiet frame to draw the rest of its page.
 */
async function pressArrow(pager: TablePager, control: HTMLElement, reread: () => PageTable | null): Promise<Moved> {
  const before = pageKey(reread());
  const guard = new NavigationGuard(control.ownerDocument);
  try {
    if (pressInPlace(control) === 'leaves') return 'leaves';
    const moved = await waitForGrid(pager.container, () => guard.left || pageKey(reread()) !== before, { loading: () => true });
    if (guard.left) return 'leaves';
    if (moved) await waitForQuietFrame([pager.container]);
    return moved ? 'moved' : 'stuck';
  } finally {
    guard.end();
  }
}

/** Press Previous (`steps` < 0) or Next that many times; false when a press did not move. */
async function step(pager: TablePager, steps: number, reread: () => PageTable | null): Promise<boolean> {
  for (let done = 0; done < Math.abs(steps); done++) {
    const control = steps < 0 ? pager.previous() : pager.next();
    if (!control || (await pressArrow(pager, control, reread)) !== 'moved') return false;
  }
  return true;
}

/**
 * Back `from` pages away to the user's page, told by its rows as first read there. When the walk
 * knows the first page is `userAt` pages before the user's, and it is nearer than `from`, by the
 * pager's First and then Next (pageButtonTowards): from page 80 back to page 3, one press and two,
 * not 77 presses of Previous, each a server's answer on a portal paged by cursor.
 */
async function backToUser(pager: TablePager, from: number, userKey: string, reread: () => PageTable | null, userAt: number | null): Promise<boolean> {
  const first = userAt !== null && from > 0 ? pager.pageButtonTowards(userAt + 1, userAt + from + 1) : null;
  if (first && (await pressArrow(pager, first, reread)) === 'moved') return (await step(pager, userAt!, reread)) && pageKey(reread()) === userKey;
  return (await step(pager, -from, reread)) && pageKey(reread()) === userKey;
}

/**
 * Read every page of a table under a pager of arrows alone: Previous until it ends (the first
 * page), then each page, Next until it is disabled or gone, then Previous back to the user's page,
 * which is known by its rows. Pages are counted from the user's (0), before it negative.
 */
export async function readArrowPages(
  pager: TablePager,
  reread: () => PageTable | null,
  readPage: (table: PageTable) => Promise<PageRead>,
  onProgress: (progress: RowsRead) => void,
  signal?: AbortSignal,
): Promise<ArrowWalk> {
  const userKey = pageKey(reread());
  let at = 0;
  // How many pages the first page is before the user's, once the walk found it (Previous ended).
  let firstBefore: number | null = null;
  const stopped = async (): Promise<void> => {
    if (!signal?.aborted) return;
    await backToUser(pager, at, userKey, reread, firstBefore);
    signal.throwIfAborted();
  };

  // Back to the first page: where Previous is disabled or gone.
  let fromFirst = false;
  const passed = new Map([[userKey, 0]]);
  while (at > -MAX_PAGES) {
    await stopped();
    const previous = pager.previous();
    if (!previous) {
      fromFirst = true;
      break;
    }
    const moved = await pressArrow(pager, previous, reread);
    if (moved === 'leaves' && at === 0) return unwalked();
    // A Previous that does nothing, or goes round to a page passed already, leads to no first page: the walk starts here.
    if (moved !== 'moved') break;
    const key = pageKey(reread());
    const seen = passed.get(key);
    if (seen !== undefined) {
      at = seen;
      break;
    }
    passed.set(key, --at);
  }
  // The page the user was on is this many pages on from where the walk starts.
  const userAt = -at;
  if (fromFirst) firstBefore = userAt;

  const rows: string[][] = [];
  // The pages read, by what tells them apart, and where each is from the user's.
  const read = new Map<string, number>();
  let shownPage: PageRead | null = null;
  let shownFrom = 0;
  let pagesRead = 0;
  let pagesWhole = true;
  let end: ArrowWalkEnd = 'capped';
  while (pagesRead < MAX_PAGES) {
    await stopped();
    const current = reread();
    const key = pageKey(current);
    if (!current) {
      end = 'vanished';
      break;
    }
    // A page after the first with no line: maybe the end, maybe a page that failed to load. Nothing says which.
    if (current.rows.length === 0 && pagesRead > 0) {
      end = 'empty';
      break;
    }
    const seen = read.get(key);
    if (seen !== undefined) {
      // Next went round (or stayed): the table shows that page again, and the way back starts from it.
      at = seen;
      end = 'seen';
      break;
    }
    read.set(key, at);
    let page: PageRead;
    try {
      page = await readPage(current);
    } catch (error) {
      if (signal?.aborted) await backToUser(pager, at, userKey, reread, firstBefore);
      throw error;
    }
    if (at === 0) [shownPage, shownFrom] = [page, rows.length];
    rows.push(...page.table.rows);
    pagesRead++;
    pagesWhole &&= page.complete;
    onProgress({ rowsRead: rows.length, rowsExpected: null });
    const next = pager.next();
    if (!next) {
      end = 'last';
      break;
    }
    const moved = await pressArrow(pager, next, reread);
    if (moved !== 'moved') {
      end = moved;
      break;
    }
    at++;
  }

  const back = await backToUser(pager, at, userKey, reread, firstBefore);
  // Tables that draw each page afresh show the user's page in new elements once back on it: the marks go on those.
  if (back && shownPage && !shownPage.table.live) {
    const again = reread();
    if (again) shownPage = { ...shownPage, table: again };
  }
  const complete = fromFirst && end === 'last' && pagesWhole && shownPage !== null;
  return {
    rows,
    shownPage: back ? shownPage : null,
    shownFrom,
    paging: { page: userAt + 1, pages: Math.max(pagesRead, 1), allPagesRead: complete },
    complete,
    walked: back,
    leaves: false,
    end,
    fromFirst,
    pagesRead,
  };
}

/** Nothing moved: the pager's Previous would load another document, which is not followed (press-in-place.ts). */
function unwalked(): ArrowWalk {
  return { rows: [], shownPage: null, shownFrom: 0, paging: { page: 1, pages: 1, allPagesRead: false }, complete: false, walked: false, leaves: true, end: 'leaves', fromFirst: false, pagesRead: 0 };
}
