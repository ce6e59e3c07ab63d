/**
 * What a pager says of the page shown: "Showing 26 to 50 of 1,998 entries (filtered from 2,000
 * total entries)", "Seite 2 von 5", "page 2" beside a Next, or only the page numbers with one
 * marked as shown, read from the text and controls beside the table.
 */

import { walkBeside } from './beside-table';
import { CONTROLS, controlsBeside } from './controls-beside';
import { controlTowards, enabledTowards, isPageNumber, markedCurrent, shownText } from './pager-controls';
import { stepByNumber } from './page-steps';
import { countValue, readItemCount, readItemsInPages, readPageAlone, readPageOf, readPagesFrom, readRange, withoutPageOf } from './pager-words';

export interface PageStatus {
  /** 1-based page shown, and how many pages there are. */
  page: number;
  pages: number;
  /** Rows in the table (after any filter), and before the filter when the pager says. */
  total: number | null;
  unfiltered: number | null;
  /** Rows on the page shown, when the pager says ("26 to 50 of …"). */
  shownRows: number | null;
  /** The pager says the page shown and not how many there are ("page 2"): `pages` is the least there are, one past the page while Next moves. */
  pagesUncounted?: true;
}

/** English status words kept from before the multilingual reading: "filtered from 2,000" without parentheses. */
const FILTERED = /filtered from\s+(\d[\d,.\u00a0\u202f ]*)/i;

const TEXT_NODE = 3;

/** The pager's page size, learnt from a full page (the last page may be shorter). */
export interface PageSizeMemory {
  size: number | null;
}

/**
 * A pager of page numbers alone, with no status line (Ant Design's default, Bootstrap's and
 * MUI's Pagination): the page shown is the number marked current; the pages are at least the
 * highest number shown (such pagers show the last one) and, while Next still moves, one more than
 * the page shown, so a pager that shows a window of numbers is walked to its end, not to the
 * window's.
 */
function numbersOnlyStatus(controls: readonly HTMLElement[], currentPage: HTMLElement | undefined, nextEnabled: boolean, unfiltered: number | null): PageStatus | null {
  const numbers = controls.filter(isPageNumber);
  const current = numbers.find(markedCurrent) ?? currentPage;
  if (!current) return null;
  const page = Number(shownText(current));
  const highest = Math.max(page, ...numbers.map((control) => Number(shownText(control))));
  return { page, pages: Math.max(highest, nextEnabled || stepByNumber(controls, page, 1) ? page + 1 : page), total: null, unfiltered, shownRows: null };
}

/** Elements whose text is no part of a pager's status line: the table, the controls, a page-size select, scripts. */
const NOT_STATUS = `${CONTROLS}, select, option, script, style, template`;

/**
 * The text around the table that is not the table's nor a control's: where a pager says where the
 * reader is. Walked rather than taken as the container's text less the table's: the text of a
 * 50,000-row table is megabytes, made again at every status look.
 */
export function statusTextOf(container: Element, table: Element): string {
  const parts: string[] = [];
  walkBeside(container, table, (node) => {
    if (node.nodeType === TEXT_NODE) parts.push(node.nodeValue ?? '');
    else if ((node as Element).matches(NOT_STATUS)) return false;
    else {
      const shown = pageNumberBoxValue(node as Element);
      if (shown !== null) parts.push(shown);
    }
  });
  return parts.join(' ');
}

/** Text boxes a pager shows its page number in: what a user reads there is the box's value. */
const TEXT_BOX_TYPES = new Set(['text', 'number', 'tel']);

/**
 * The number a text box shows, where a pager writes the page shown in one ("Page [3] of 80": a
 * hand-made pager's <input>, jqGrid's, ZingGrid's): read with the words around it, as a user reads
 * them, or "Page of 80" says no page. Only a number: a search box's words are no status.
 */
function pageNumberBoxValue(element: Element): string | null {
  if (element.localName !== 'input' || !TEXT_BOX_TYPES.has((element as HTMLInputElement).type)) return null;
  const value = (element as HTMLInputElement).value.trim();
  return /^\d+$/.test(value) ? value : null;
}

export function statusOf(container: Element, table: Element, memory: PageSizeMemory): PageStatus | null {
  const text = statusTextOf(container, table);
  const pageOf = readPageOf(text);
  const range = readRange(pageOf ? withoutPageOf(text) : text);
  const filtered = FILTERED.exec(text);
  const unfiltered = range?.unfiltered ?? (filtered ? countValue(filtered[1]!) : null);
  const shownRows = range ? range.last - range.first + 1 : null;
  // A count in parentheses beside "Page 1 of 12" (DevExpress: "(300 items)") is the read's check.
  if (pageOf) return { ...pageOf, total: range ? range.total : readItemCount(text), unfiltered, shownRows };
  const { controls, currentPage: current } = controlsBeside(container, table);
  const nextEnabled = (): boolean => enabledTowards(controls, 'next') !== null;
  if (!range) {
    // "3 of 100" after the numbers, 3 being the page marked as shown: the pages the pager has.
    const shown = current ? Number(shownText(current)) : null;
    const pages = shown === null ? null : readPagesFrom(text, shown);
    if (shown !== null && pages !== null) return { page: shown, pages, total: readItemCount(text), unfiltered, shownRows };
    const numbers = numbersOnlyStatus(controls, current, nextEnabled(), unfiltered);
    if (!numbers) return pageAloneStatus(text, controls, unfiltered);
    // A pager of numbers that counts its rows and pages in words (RadGrid): the count is the read's check.
    const counted = readItemsInPages(text);
    return counted ? { ...numbers, pages: Math.max(numbers.pages, counted.pages), total: counted.total } : numbers;
  }
  const { first, last, total } = range;
  if (total === 0) return { page: 1, pages: 1, total, unfiltered, shownRows: 0 };
  const shownPage = current ? Number(shownText(current)) : null;
  // On a full page the page size is what it shows; only the last page may be shorter.
  if (last < total) {
    const size = Math.max(last - first + 1, 1);
    memory.size = size;
    return { page: Math.floor((first - 1) / size) + 1, pages: Math.ceil(total / size), total, unfiltered, shownRows };
  }
  const page = shownPage ?? (first === 1 ? 1 : memory.size ? Math.floor((first - 1) / memory.size) + 1 : null);
  return page === null ? null : { page, pages: page, total, unfiltered, shownRows };
}

/**
 * A pager that says only the page shown ("page 2" beside its Previous and Next, no count: Carbon's
 * pager of a server that does not count its rows) is walked as a user would: on while Next moves.
 * The pages are at least one past the page shown while Next is enabled; the walk finds how many.
 * Read only beside a Next or Previous: a "page 2" elsewhere pages nothing.
 */
function pageAloneStatus(text: string, controls: readonly HTMLElement[], unfiltered: number | null): PageStatus | null {
  const page = readPageAlone(text);
  if (page === null || !(controlTowards(controls, 'next') || controlTowards(controls, 'previous'))) return null;
  const pages = enabledTowards(controls, 'next') ? page + 1 : page;
  return { page, pages, total: null, unfiltered, shownRows: null, pagesUncounted: true };
}
