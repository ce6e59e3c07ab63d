import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clipped, DrawnTable, isRightBeside, MAX_GAP } from '../../../../lib/page/paging/drawn-beside';
import { findPager } from '../../../../lib/page/paging/table-pager';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * A pager drawn right under (or over) its table counts as near it whatever its depth in the DOM
 * (drawn-beside.ts). Boxes are given in `data-box="left top width height"` (linkedom draws
 * nothing); a box that clips what it holds says so in `data-overflow`.
 */
const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('a control right beside a table, as measured', () => {
  const table = box(0, 100, 1000, 600);

  it('is under its last row or over its first, within a small gap, across its width', () => {
    expect(isRightBeside(box(600, 612, 1000, 640), table)).toBe(true);
    expect(isRightBeside(box(0, 60, 200, 90), table)).toBe(true);
    // Touching, or a border's width into the table's edge.
    expect(isRightBeside(box(0, 599, 200, 620), table)).toBe(true);
  });

  it('is not farther than the gap, not beside the table, not inside it, not drawn', () => {
    expect(isRightBeside(box(600, 600 + MAX_GAP + 1, 1000, 700), table)).toBe(false);
    expect(isRightBeside(box(1010, 612, 1100, 640), table)).toBe(false);
    expect(isRightBeside(box(100, 300, 200, 330), table)).toBe(false);
    expect(isRightBeside(box(0, 0, 0, 0), table)).toBe(false);
    expect(isRightBeside(box(600, 612, 1000, 640), box(0, 0, 0, 0))).toBe(false);
  });

  it('is measured against the part of the table its scrolling box shows', () => {
    expect(clipped(box(0, 100, 1000, 2100), box(0, 100, 1000, 620))).toEqual(box(0, 100, 1000, 620));
    expect(clipped(box(0, 700, 1000, 800), box(0, 100, 1000, 620))).toBeNull();
  });
});

let dom: LinkedomPage;
let document: Document;

beforeEach(() => {
  dom = linkedomPage({ shown: true, boxesFromDataBox: true });
  document = dom.document;
  // The overflow a box declares in data-overflow (visible by default), as a browser computes it.
  const window = dom.window as unknown as { getComputedStyle: (element: Element) => Partial<CSSStyleDeclaration> };
  window.getComputedStyle = (element) => {
    const overflow = element.getAttribute('data-overflow') ?? 'visible';
    return { display: 'block', visibility: 'visible', position: 'static', overflowX: overflow, overflowY: overflow };
  };
});
afterEach(() => dom.close());

const ROWS = Array.from({ length: 3 }, (_, i) => `<tr data-box="0 ${130 + 30 * i} 1000 30"><td>P-${i + 1}</td><td>8471.30</td></tr>`).join('');

/**
 * Naive UI's NDataTable, as it nests: the body <table> seven boxes below the box that holds the
 * pager (a row of plain <div> page numbers), in a body that scrolls within 520 pixels; the rows
 * laid out run to y = 1600. The pager is drawn at `pagerTop`.
 */
function naiveTable(pagerTop: number, pagerLeft = 600): Element {
  const item = (text: string, kind = '', left = 0) => `<div class="n-pagination-item${kind}" data-box="${pagerLeft + left} ${pagerTop} 28 28">${text}</div>`;
  document.body.innerHTML = `<main data-box="0 0 1280 2000"><div class="n-data-table" data-box="0 100 1000 ${pagerTop + 30}">
    <div class="n-data-table-wrapper" data-overflow="hidden" data-box="0 100 1000 520"><div class="n-data-table-base-table" data-box="0 100 1000 520">
      <div class="n-data-table-base-table-header" data-box="0 100 1000 30"><table id="head" data-box="0 100 1000 30"><tr><th>Part</th><th>HTS</th></tr></table></div>
      <div class="n-data-table-base-table-body" data-overflow="hidden" data-box="0 130 1000 490"><div class="n-scrollbar-container" data-overflow="scroll" data-box="0 130 1000 490">
        <div class="n-scrollbar-content" data-box="0 130 1000 1470"><table id="catalog" data-box="0 130 1000 1470">${ROWS}</table></div>
      </div></div>
    </div></div>
    <div class="n-data-table__pagination"><div class="n-pagination">${item('1', ' n-pagination-item--active')}${item('2', '', 36)}${item('3', '', 72)}${item('40', '', 108)}</div></div>
  </div></main>`;
  return document.getElementById('catalog')!;
}

describe('a pager of page numbers alone, far up the DOM from the table (Naive UI)', () => {
  it('is the table\'s when drawn right under the rows its scrolling body shows', async () => {
    const table = naiveTable(632);
    const pager = await findPager(table, [table, document.getElementById('head')!]);
    expect(pager?.container.className).toBe('n-data-table');
    expect(pager?.status()).toMatchObject({ page: 1, pages: 40 });
    expect(pager?.next()?.textContent).toBe('2');
  });

  it('is not the table\'s when drawn well below it, nor beside it', async () => {
    let table = naiveTable(900);
    expect(await findPager(table, [table, document.getElementById('head')!])).toBeNull();
    table = naiveTable(632, 1100);
    expect(await findPager(table, [table, document.getElementById('head')!])).toBeNull();
  });

  it('measures the table only as far as a box that holds the control too clips it', () => {
    const table = naiveTable(632);
    const drawn = new DrawnTable([table]);
    expect(drawn.hasRightBeside(document.querySelector('.n-pagination-item')!)).toBe(true);
    // Inside the scrolling body, a control is measured against all the rows laid out: 632 is inside them.
    const inside = document.createElement('div');
    inside.setAttribute('data-box', '0 632 100 20');
    document.querySelector('.n-scrollbar-content')!.append(inside);
    expect(new DrawnTable([table]).hasRightBeside(inside)).toBe(false);
  });
});
