import type { PageTable } from '../layout/page-table';
import { waitForGrid } from '../virtual-scroll/render-wait';
import { saveScrollPositions, scrollContainer } from '../virtual-scroll/scroll-container';
import { groupedCount } from '../../core/report/wording';

/**
 * Lists that load more rows when their end is scrolled into view ("infinite scroll":
 * react-infinite-scroll-component, UI5's growingScrollToLoad, MUI's onRowsScrollEnd, a sentinel
 * watched by an IntersectionObserver). They show no control and often no count: until scrolled
 * to its end such a list looks whole, and a 300-line order showing its first 40 was checked as
 * 40 rows with "No problems found". So a table that ends its scrolling box (or the page), with
 * more to scroll below it, is scrolled to the end as a user would, and again while it grows; the
 * user's place is put back after. Rows already shown stay, so the table is read once at the end.
 */

/** Scrolls at most: at the usual 20 to 100 rows a load, 4,000 to 20,000 rows. */
export const MAX_SCROLL_LOADS = 200;

/**
 * How long a list scrolled to its end may stay quiet before it is taken as whole: a server's
 * answer, with nothing on the page moving meanwhile, commonly takes a few hundred milliseconds.
 */
export const LOAD_QUIET_MS = 1_000;

/**
 * Lists that load as they scroll show their first rows, tens to a few hundred: a table read with
 * more rows than this is taken as the whole it shows, and not scrolled (a 50,000-row export at
 * the end of a long page would otherwise cost a scroll and a second's wait for nothing).
 */
export const MOST_ROWS_BEFORE_LOADING = 1_000;

export interface ScrollLoads {
  /** Scrolls to the end that added rows. */
  loads: number;
  /** The list still grew at the last scroll allowed (MAX_SCROLL_LOADS): it may hold more. */
  capped: boolean;
}

/** The box (or the page) the table scrolls in, when the table ends its content and there is more to scroll below. */
function endScroller(table: PageTable): Element | null {
  const anchor = table.layout.at(-1)?.element ?? table.found.element;
  const scroller = scrollContainer(anchor, 'y');
  if (!scroller || scroller.scrollHeight <= scroller.clientHeight + 1) return null;
  const doc = scroller.ownerDocument;
  const isPage = scroller === doc.scrollingElement;
  const left = scroller.scrollHeight - scroller.clientHeight - scroller.scrollTop;
  // Already at the end: a list that loads there has loaded, or is loading where the user left it.
  if (left < 2) return null;
  const view = doc.defaultView;
  const visibleBottom = isPage ? (view?.innerHeight ?? scroller.clientHeight) : scroller.getBoundingClientRect().top + scroller.clientTop + scroller.clientHeight;
  const tableBottom = table.found.element.getBoundingClientRect().bottom;
  // What the box holds below the table, on screen: the table must be (nearly) the last thing in it.
  const belowTable = visibleBottom + left - tableBottom;
  return belowTable < scroller.clientHeight ? scroller : null;
}

/**
 * After a scroll to the end, wait until the content grows (true), or stays quiet for LOAD_QUIET_MS
 * (false): the grids' own wait (render-wait.ts), on the list's own box, or what holds the table
 * and its loading row when the page scrolls, so a clock or a session timer elsewhere on the page
 * does not keep the wait from ending.
 */
async function waitForGrowth(scroller: Element, list: Element, before: number, signal?: AbortSignal): Promise<boolean> {
  const watched = scroller === scroller.ownerDocument.scrollingElement ? (list.parentElement ?? list) : scroller;
  const grew = await waitForGrid(watched, () => scroller.scrollHeight > before + 1, { quietMs: LOAD_QUIET_MS });
  signal?.throwIfAborted();
  return grew;
}

/**
 * Scroll the table's box to its end while that makes the list grow; null when the table does not
 * end a box with more to scroll, or holds more rows than a list that loads as it scrolls shows first.
 */
export async function loadByScrolling(table: PageTable, onRows: (rowsShown: number) => void, signal?: AbortSignal): Promise<ScrollLoads | null> {
  if (table.scrolling || table.rows.length > MOST_ROWS_BEFORE_LOADING) return null;
  const scroller = endScroller(table);
  if (!scroller) return null;
  const anchor = table.layout[0]?.element ?? table.found.element;
  const userScroll = saveScrollPositions([scroller, scrollContainer(anchor, 'x'), anchor.ownerDocument.scrollingElement]);
  let loads = 0;
  try {
    for (; loads < MAX_SCROLL_LOADS; loads++) {
      const before = scroller.scrollHeight;
      scroller.scrollTop = before;
      if (!(await waitForGrowth(scroller, table.found.element, before, signal))) return { loads, capped: false };
      const rows = (table.found.element as Partial<HTMLTableElement>).rows?.length;
      if (rows !== undefined) onRows(rows);
    }
    return { loads, capped: true };
  } finally {
    userScroll.restore();
  }
}

/** What the note says of a list read whole by scrolling it to its end. */
export function scrollLoadNote(rows: number, loads: ScrollLoads, firstRowsKept: boolean): string {
  const times = loads.loads === 1 ? 'once' : `${groupedCount(loads.loads)} times`;
  if (!firstRowsKept) {
    return `Only the ${groupedCount(rows)} rows the list showed at its end were read: it loads more rows as it is scrolled, but took its first rows away as it did. Export the table to a file and check it under "Check a file" on the results page.`;
  }
  return loads.capped
    ? `Only the first ${groupedCount(rows)} rows were read: the list loads more rows each time it is scrolled to its end, and was scrolled there ${groupedCount(MAX_SCROLL_LOADS)} times, the most a check does. Export the table to a file and check it under "Check a file" on the results page.`
    : `All ${groupedCount(rows)} rows read: the list loads more rows as it is scrolled, and was scrolled to its end ${times} to show them.`;
}
