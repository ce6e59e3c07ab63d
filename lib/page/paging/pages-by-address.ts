import { discoverTablesSliced } from '../discovery/discover-tables';
import { type PageTable, readPageTableSliced } from '../layout/page-table';
import { TimeSlicer } from '../time-slices';
import type { RowsRead } from '../virtual-scroll/scroll-reader';
import { partsOf } from './beside-table';
import { MAX_PAGES, type PagedRead } from './paged-reader';
import { type PageRequest, requestOf } from './pager-request';
import { ReaderFrame } from './reader-frame';
import type { PageStatus } from './pager-status';
import { findPager, type TablePager } from './table-pager';

/**
 * A table the server pages: its pager's controls are links to the other pages' addresses, or
 * post the page's form back (press-in-place.ts and navigation-guard.ts found that pressing one
 * would load another document in the user's tab). The other pages are read in a frame of this
 * page the user does not see: each page is loaded there as the server sends it (the request its
 * pager's control makes: pager-request.ts), its scripts not run (sandboxed: no page script of the
 * portal runs twice, nothing it would do on load is done), the same table found in it by its
 * header, read, and its pager's Previous or Next followed there (reader-frame.ts). The user's tab
 * stays on their page, whose table is read as shown and gets the marks.
 */

/** One page as read in the frame: its rows, what its pager says, and the requests of its Previous and Next. */
interface PageAt {
  rows: string[][];
  status: PageStatus | null;
  previous: PageRequest | null;
  next: PageRequest | null;
}

function sameHeaders(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((header, i) => header === b[i]);
}

/** The table with the user's table's header on the page the request loads, read, with its pager's requests. */
async function readAt(frame: ReaderFrame, request: PageRequest, headers: readonly string[], slicer: TimeSlicer, signal?: AbortSignal): Promise<PageAt | null> {
  const doc = await frame.load(request, signal);
  signal?.throwIfAborted();
  if (!doc) return null;
  for (const found of await discoverTablesSliced(doc, slicer)) {
    const table = await readPageTableSliced(found, slicer, () => {});
    if (!sameHeaders(table.headers, headers)) continue;
    const pager = await findPager(found.element, partsOf(found), slicer);
    return { rows: table.rows, status: pager?.status() ?? null, previous: requestOf(pager?.previous() ?? null), next: requestOf(pager?.next() ?? null) };
  }
  return null;
}

/**
 * Every page of a table the server pages, `shown` being the page the user is on (`status` its
 * pager's words): the pages before it by their Previous controls, the pages after it by their
 * Next controls, each checked to be the page expected. Null when a page cannot be read that way
 * (a control whose request cannot be known, a page refused in a frame or without the table): the
 * caller then says only the user's page was read.
 */
export async function readPagesByAddress(
  shown: PageTable,
  pager: TablePager,
  status: PageStatus,
  onProgress: (progress: RowsRead) => void,
  signal?: AbortSignal,
): Promise<PagedRead | null> {
  const doc = shown.found.element.ownerDocument;
  const slicer = new TimeSlicer(signal);
  const frame = new ReaderFrame(doc);
  const earlier: string[][][] = [];
  const later: string[][][] = [];
  let rowsRead = shown.rows.length;
  const progress = (rows: number): void => onProgress({ rowsRead: (rowsRead += rows), rowsExpected: status.total });
  try {
    // Back to the first page, then on from the user's page to the last.
    for (let [request, expected] = [requestOf(pager.previous()), status.page - 1]; expected >= 1; expected--) {
      const page = request ? await readAt(frame, request, shown.headers, slicer, signal) : null;
      if (!page || page.status?.page !== expected) return null;
      earlier.unshift(page.rows);
      progress(page.rows.length);
      request = page.previous;
    }
    let pages = status.page;
    for (let request = requestOf(pager.next()); request && pages < MAX_PAGES; ) {
      const page = await readAt(frame, request, shown.headers, slicer, signal);
      if (!page || page.status?.page !== pages + 1) return null;
      later.push(page.rows);
      progress(page.rows.length);
      pages++;
      if (page.status.page >= page.status.pages) break;
      request = page.next;
    }
    if (pages < status.pages) return null;
    const before = earlier.flat();
    const rows = [...before, ...shown.rows, ...later.flat()];
    const complete = status.total === null || rows.length === status.total;
    return { rows, shownPage: { table: shown, complete: true }, shownFrom: before.length, paging: { page: status.page, pages, allPagesRead: complete }, complete, walked: true, leaves: true };
  } finally {
    frame.remove();
  }
}
