import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PageTable } from '../../../../lib/page/layout/page-table';
import { readAllPages } from '../../../../lib/page/paging/paged-reader';
import { findPager } from '../../../../lib/page/paging/table-pager';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * Walking a pager page by page (paged-reader.ts), against a pager a script drives in linkedom. The
 * pager of a server that does not count its rows (Carbon's `pages-unknown`) says only "page 2" and
 * never disables its Next: past the last page it shows a page of no line.
 */
let dom: LinkedomPage;
let document: Document;

beforeEach(() => {
  dom = linkedomPage({ shown: true, framesAsTasks: true });
  document = dom.document;
});
afterEach(() => dom.close());

const LINES = Array.from({ length: 60 }, (_, i) => [`P-${i + 1}`, '8471.30.0100']);
const PAGE_SIZE = 25;

/**
 * The catalog, 25 lines a page, under a pager whose Next moves on whatever the page; returns the
 * page shown, as the pager says it. Past the last page the table shows no line, or (`pastLast:
 * 'no table'`) is taken off the page (an app's error screen in its place).
 */
function uncountedPagerPage(pastLast: 'no line' | 'no table' = 'no line'): { table: Element; shownPage: () => number } {
  document.body.innerHTML = `<main><table id="catalog"><thead><tr><th>Part</th><th>HTS</th></tr></thead><tbody></tbody></table>
    <div class="pagination"><span id="count"></span><span id="page"></span>
      <button type="button" id="previous" aria-label="Previous page"></button><button type="button" id="next" aria-label="Next page"></button></div></main>`;
  let page = 1;
  const table = document.getElementById('catalog')!;
  const main = table.parentElement!;
  const draw = (): void => {
    const lines = LINES.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    if (pastLast === 'no table' && lines.length === 0) table.remove();
    else if (!table.isConnected) main.prepend(table);
    table.querySelector('tbody')!.innerHTML = lines.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('');
    document.getElementById('count')!.textContent = `${(page - 1) * PAGE_SIZE + 1}–${page * PAGE_SIZE} items`;
    document.getElementById('page')!.textContent = `page ${page}`;
    (document.getElementById('previous') as HTMLButtonElement).disabled = page === 1;
  };
  document.getElementById('next')!.addEventListener('click', () => (page++, draw()));
  document.getElementById('previous')!.addEventListener('click', () => (page--, draw()));
  draw();
  return { table, shownPage: () => page };
}

/** The table as the reader reads it: its lines now, or nothing when it is not on the page. */
function reread(): PageTable | null {
  if (!document.getElementById('catalog')) return null;
  const rows = Array.from(document.querySelectorAll('tbody tr'), (row) => Array.from(row.children, (cell) => cell.textContent ?? ''));
  return { rows, headers: ['Part', 'HTS'] } as unknown as PageTable;
}

describe('readAllPages, a pager that counts neither its rows nor its pages', () => {
  it('reads every page up to the one past the last that shows no line, says how many there were, and goes back', async () => {
    const { table, shownPage } = uncountedPagerPage();
    const pager = (await findPager(table))!;
    const read = await readAllPages(pager, reread, async (current) => ({ table: current, complete: true }), () => {});
    expect(read.rows).toEqual(LINES);
    expect(read.complete).toBe(true);
    expect(read.walked).toBe(true);
    expect(read.paging).toEqual({ page: 1, pages: 3, allPagesRead: true });
    expect(shownPage()).toBe(1);
  });

  it('ends the walk unfinished, not complete, when the table is gone from the page after Next: the pages after it are not known', async () => {
    const { table, shownPage } = uncountedPagerPage('no table');
    const pager = (await findPager(table))!;
    const read = await readAllPages(pager, reread, async (current) => ({ table: current, complete: true }), () => {});
    expect(read.rows).toEqual(LINES);
    expect(read.complete).toBe(false);
    expect(read.paging.allPagesRead).toBe(false);
    expect(read.tableLostAfter).toBe(3);
    expect(shownPage()).toBe(1);
  });
});
