import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAllPages } from '../../../../lib/page/paging/paged-reader';
import type { PageStatus } from '../../../../lib/page/paging/pager-status';
import type { TablePager } from '../../../../lib/page/paging/table-pager';
import type { PageTable } from '../../../../lib/page/layout/page-table';
import { QUIET_MS } from '../../../../lib/page/virtual-scroll/render-wait';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * A table its server pages, as Layui's table with a `url` (and most admin portals' grids) pages
 * it: pressing Next shows the new page number at once, and the rows once the server answers,
 * with nothing drawn between. linkedom has no frames: one is a 16 ms timer here.
 */
let dom: LinkedomPage;

beforeEach(() => {
  dom = linkedomPage();
  (dom.window as unknown as { requestAnimationFrame: (callback: (time: number) => void) => number }).requestAnimationFrame = (callback) =>
    setTimeout(() => callback(performance.now()), 16) as unknown as number;
});
afterEach(() => {
  dom.close();
});

const PAGES = 3;
const PER_PAGE = 2;

/** A server-paged table of PAGES pages, whose server answers `answerMs` after a press. */
function serverPagedTable(answerMs: number) {
  const document = dom.document;
  document.body.innerHTML = '<div class="box"><table><tbody></tbody></table><div class="pager"><span class="page"></span><button class="prev">‹</button><button class="next">›</button></div></div>';
  const body = document.querySelector('tbody')!;
  const pageShown = document.querySelector('.page')!;
  let page = 1;
  const drawRows = (): void => {
    body.innerHTML = Array.from({ length: PER_PAGE }, (_, i) => `<tr><td>line ${(page - 1) * PER_PAGE + i + 1}</td></tr>`).join('');
  };
  const go = (to: number): void => {
    page = to;
    // The pager's number now, the rows once the server answers.
    pageShown.textContent = String(page);
    setTimeout(drawRows, answerMs);
  };
  document.querySelector('.next')!.addEventListener('click', () => go(page + 1));
  document.querySelector('.prev')!.addEventListener('click', () => go(page - 1));
  pageShown.textContent = '1';
  drawRows();
  const status = (): PageStatus => ({ page: Number(pageShown.textContent), pages: PAGES, total: PAGES * PER_PAGE, unfiltered: null, shownRows: PER_PAGE });
  const pager: TablePager = {
    container: document.querySelector('.box')!,
    status,
    next: () => (status().page < PAGES ? document.querySelector<HTMLElement>('.next') : null),
    previous: () => (status().page > 1 ? document.querySelector<HTMLElement>('.prev') : null),
    pageButtonTowards: () => null,
    arrowsInPager: () => true,
  };
  const reread = (): PageTable => ({ rows: Array.from(body.querySelectorAll('tr'), (row) => [row.textContent ?? '']), layout: [] }) as unknown as PageTable;
  return { pager, reread };
}

describe('walking the pages of a table its server pages', () => {
  it('waits for the rows of a page whose number the pager shows already, past a quiet moment, and reads every page', async () => {
    const { pager, reread } = serverPagedTable(QUIET_MS * 2);
    const read = await readAllPages(pager, reread, async (table) => ({ table, complete: true }), () => {});
    expect(read.rows.map(([line]) => line)).toEqual(['line 1', 'line 2', 'line 3', 'line 4', 'line 5', 'line 6']);
    expect(read.complete).toBe(true);
    expect(read.walked).toBe(true);
  });
});
