import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PageTable } from '../../../../lib/page/layout/page-table';
import { readArrowPages } from '../../../../lib/page/paging/arrow-walk';
import { arrowWalkNote } from '../../../../lib/page/paging/arrow-walk-note';
import { findPager, movesPages } from '../../../../lib/page/paging/table-pager';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * Walking a pager of arrows alone (arrow-walk.ts) against a pager a script drives in linkedom: two
 * nameless icon buttons, nothing that says the page or how many there are. The browser tests
 * (grid-paging: grid-input-pager, grid-cursor-pager) walk real pages; here, a pager that goes round.
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
const PAGES = Math.ceil(LINES.length / PAGE_SIZE);

/** The catalog under two icon arrows; Next never disabled, and (`wraps`) from the last page back to the first. */
function arrowPagerPage(): { table: Element; shownPage: () => number; next: () => void } {
  document.body.innerHTML = `<main><table id="catalog"><thead><tr><th>Part</th><th>HTS</th></tr></thead><tbody></tbody></table>
    <nav><button type="button" class="pager-prev"><svg></svg></button><button type="button" class="pager-next"><svg></svg></button></nav></main>`;
  let page = 1;
  const draw = (): void => {
    const lines = LINES.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
    document.querySelector('tbody')!.innerHTML = lines.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('');
    (document.querySelector('.pager-prev') as HTMLButtonElement).disabled = page === 1;
  };
  const next = (): void => ((page = page === PAGES ? 1 : page + 1), draw());
  document.querySelector('.pager-next')!.addEventListener('click', next);
  document.querySelector('.pager-prev')!.addEventListener('click', () => (page--, draw()));
  draw();
  return { table: document.getElementById('catalog')!, shownPage: () => page, next };
}

function reread(): PageTable | null {
  const rows = Array.from(document.querySelectorAll('tbody tr'), (row) => Array.from(row.children, (cell) => cell.textContent ?? ''));
  return { rows, headers: ['Part', 'HTS'] } as unknown as PageTable;
}

describe('readArrowPages, a pager of arrows alone whose Next goes round from the last page to the first', () => {
  it('reads every page once, stops at the page seen again, says it cannot know it read them all, and goes back to the user\'s page', async () => {
    const { table, shownPage, next } = arrowPagerPage();
    next();
    const pager = (await findPager(table))!;
    expect(movesPages(pager)).toBe(true);
    const walk = await readArrowPages(pager, reread, async (current) => ({ table: current, complete: true }), () => {});
    expect(walk.rows).toEqual(LINES);
    expect(walk.end).toBe('seen');
    expect(walk.complete).toBe(false);
    expect(walk.walked).toBe(true);
    expect(walk.shownFrom).toBe(PAGE_SIZE);
    expect(walk.paging).toEqual({ page: 2, pages: 3, allPagesRead: false });
    expect(shownPage()).toBe(2);
    expect(arrowWalkNote(walk)).toBe(
      'Only 60 rows on 3 pages could be read, and the pager does not say how many pages or rows there are: Next showed a page already read again, so it may go round and never reach the last page. Check again, or export the table to a file.',
    );
  });
});

describe('readArrowPages, the way back by a pager\'s First', () => {
  const MANY = Array.from({ length: 200 }, (_, i) => [`P-${i + 1}`, '8471.30.0100']);

  /** 8 pages under First (a nameless double arrow), Previous and Next (nameless arrows), Next disabled on the last: presses counted. */
  function pagerWithFirst(userPage: number) {
    document.body.innerHTML = `<main><table id="catalog"><thead><tr><th>Part</th><th>HTS</th></tr></thead><tbody></tbody></table>
      <nav><a href="#" class="first"><i class="fa fa-angle-double-left"></i></a><a href="#" class="prev"><i class="fa fa-angle-left"></i></a>
      <a href="#" class="next"><i class="fa fa-angle-right"></i></a></nav></main>`;
    const pages = MANY.length / PAGE_SIZE;
    let page = userPage;
    const presses = { first: 0, previous: 0, next: 0 };
    const draw = (): void => {
      document.querySelector('tbody')!.innerHTML = MANY.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
        .map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
        .join('');
      for (const [name, off] of [['first', page === 1], ['prev', page === 1], ['next', page === pages]] as const) document.querySelector(`.${name}`)!.classList.toggle('disabled', off);
    };
    const on = (name: string, move: () => void) => document.querySelector(`.${name}`)!.addEventListener('click', (event) => (event.preventDefault(), move(), draw()));
    on('first', () => (presses.first++, (page = 1)));
    on('prev', () => (presses.previous++, (page = Math.max(1, page - 1))));
    on('next', () => (presses.next++, (page = Math.min(pages, page + 1))));
    draw();
    return { table: document.getElementById('catalog')!, shownPage: () => page, presses };
  }

  it('goes back from the last page by First and Next when the first page is nearer the user\'s', async () => {
    const { table, shownPage, presses } = pagerWithFirst(3);
    const walk = await readArrowPages((await findPager(table))!, reread, async (current) => ({ table: current, complete: true }), () => {});
    expect(walk.rows).toEqual(MANY);
    expect(walk.complete).toBe(true);
    expect(walk.walked).toBe(true);
    expect(shownPage()).toBe(3);
    // Two Previous to the first page; back from page 8: First, then two Next (not five Previous).
    expect(presses).toEqual({ first: 1, previous: 2, next: 7 + 2 });
  });

  it('goes back by Previous when the user\'s page is nearer the last', async () => {
    const { table, shownPage, presses } = pagerWithFirst(7);
    const walk = await readArrowPages((await findPager(table))!, reread, async (current) => ({ table: current, complete: true }), () => {});
    expect(walk.complete).toBe(true);
    expect(shownPage()).toBe(7);
    expect(presses).toEqual({ first: 0, previous: 6 + 1, next: 7 });
  });
});
