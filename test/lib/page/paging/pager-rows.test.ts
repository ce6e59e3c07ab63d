import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pagerPartsIn } from '../../../../lib/page/paging/pager-rows';
import { findPager } from '../../../../lib/page/paging/table-pager';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * GridView's pager (ASP.NET Web Forms): the grid table's last row, one cell across the columns
 * holding a table of page numbers, the page shown a plain span, "..." to the next ten, and no
 * Next, Previous or status line (pager-rows.ts, table-pager.ts). Built in linkedom; the browser
 * test (postback-paging.test.ts) reads all pages of such a grid.
 */
let dom: LinkedomPage;
let document: Document;

beforeEach(() => {
  dom = linkedomPage({ shown: true });
  document = dom.document;
});
afterEach(() => dom.close());

/** A GridView on `page` of `pages`, ten numbers at a time. */
function gridView(page: number, pages: number): Element {
  const first = Math.floor((page - 1) / 10) * 10 + 1;
  const last = Math.min(pages, first + 9);
  const cells: string[] = [];
  if (first > 1) cells.push(`<td><a href="javascript:__doPostBack('gv','Page$${first - 1}')">...</a></td>`);
  for (let n = first; n <= last; n++) cells.push(n === page ? `<td><span>${n}</span></td>` : `<td><a href="javascript:__doPostBack('gv','Page$${n}')">${n}</a></td>`);
  if (last < pages) cells.push(`<td><a href="javascript:__doPostBack('gv','Page$${last + 1}')">...</a></td>`);
  document.body.innerHTML = `<div><table id="gv">
    <tr><th>Part</th><th>HTS</th></tr>
    <tr><td>P-1</td><td>8471.30</td></tr>
    <tr><td>P-2</td><td>8471.41</td></tr>
    <tr class="pgr"><td colspan="2"><table><tr>${cells.join('')}</tr></table></td></tr>
  </table></div>`;
  return document.getElementById('gv')!;
}

const argumentOf = (control: Element | null | undefined): string | null => /Page\$(\d+)/.exec(control?.getAttribute('href') ?? '')?.[1] ?? null;

describe('a pager drawn as the last row of its table', () => {
  it('is found, with the page shown as a plain number among the links', async () => {
    const pager = await findPager(gridView(3, 12));
    expect(pager?.status()).toMatchObject({ page: 3, pages: 10 });
    expect(argumentOf(pager?.next())).toBe('4');
    expect(argumentOf(pager?.previous())).toBe('2');
  });

  it('goes on past its last number shown by the "..." after the numbers, and back by the one before them', async () => {
    const onTen = await findPager(gridView(10, 12));
    expect(onTen?.status()).toMatchObject({ page: 10, pages: 11 });
    expect(argumentOf(onTen?.next())).toBe('11');
    const onEleven = await findPager(gridView(11, 12));
    expect(onEleven?.status()).toMatchObject({ page: 11, pages: 12 });
    expect(argumentOf(onEleven?.previous())).toBe('10');
    expect(onEleven?.next()?.textContent).toBe('12');
  });

  it('ends on the last page: nothing onward', async () => {
    const pager = await findPager(gridView(12, 12));
    expect(pager?.status()).toMatchObject({ page: 12, pages: 12 });
    expect(pager?.next()).toBeNull();
  });

  it('is found in the table\'s foot drawn before its body, its page shown marked by a camel-cased class (Telerik RadGrid)', async () => {
    document.body.innerHTML = `<div><table id="rg">
      <thead><tr><th>Part</th><th>HTS</th></tr></thead>
      <tfoot><tr class="rgPager"><td colspan="2"><table><tbody><tr><td>
        <input type="submit" name="rg$prev" value=" " title="Previous Page" class="rgPagePrev">
        <a href="javascript:__doPostBack('rg$pg1','')"><span>1</span></a><a class="rgCurrentPage" href="#"><span>2</span></a><a href="javascript:__doPostBack('rg$pg3','')"><span>3</span></a>
        <input type="submit" name="rg$next" value=" " title="Next Page" class="rgPageNext">
        <div class="rgWrap rgInfoPart">&nbsp;<strong>75</strong> items in <strong>3</strong> pages</div>
      </td></tr></tbody></table></td></tr></tfoot>
      <tbody><tr><td>P-1</td><td>8471.30</td></tr><tr><td>P-2</td><td>8471.41</td></tr><tr><td>P-3</td><td>8471.49</td></tr></tbody>
    </table></div>`;
    const pager = await findPager(document.getElementById('rg')!);
    expect(pager?.status()).toMatchObject({ page: 2, pages: 3, total: 75 });
    expect(pager?.next()?.getAttribute('name')).toBe('rg$next');
    expect(pager?.pageButtonTowards(3, 2)?.getAttribute('href')).toContain('rg$pg3');
  });

  it('is no pager when a row of the table spanning its columns holds only words', async () => {
    document.body.innerHTML = `<div><table id="t"><tr><th>Part</th><th>HTS</th></tr><tr><td>P-1</td><td>8471.30</td></tr><tr><td colspan="2">Total: 2 lines</td></tr></table></div>`;
    expect(await findPager(document.getElementById('t')!)).toBeNull();
  });
});

/** Tabulator's grid: its header, its rows and a footer holding its pager, all inside the `role="grid"` element. */
function ariaGridWithFooter(rowButtons = false): Element {
  const action = rowButtons ? '<div role="gridcell"><button>Next</button></div>' : '';
  document.body.innerHTML = `<div><div id="grid" role="grid">
    <div role="rowgroup"><div role="row"><div role="columnheader">Part</div><div role="columnheader">HTS</div></div></div>
    <div class="holder"><div role="rowgroup">
      <div role="row"><div role="gridcell">P-1</div><div role="gridcell">8471.30</div>${action}</div>
      <div role="row"><div role="gridcell">P-2</div><div role="gridcell">8471.41</div>${action}</div>
    </div></div>
    <div class="footer"><span class="counter">Showing 51-100 of 2000 rows</span>
      <button aria-label="Prev Page">Prev</button><button>1</button><button>2</button><button aria-label="Next Page">Next</button></div>
  </div></div>`;
  return document.getElementById('grid')!;
}

describe('a pager drawn inside an ARIA grid, beside its rows', () => {
  it('is the grid\'s footer, found with its status line', async () => {
    const grid = ariaGridWithFooter();
    expect(pagerPartsIn(grid)).toEqual([document.querySelector('.footer')]);
    const pager = await findPager(grid);
    expect(pager?.status()).toMatchObject({ page: 2, pages: 40, total: 2000 });
    expect(pager?.next()?.getAttribute('aria-label')).toBe('Next Page');
  });

  it('is never a control in the grid\'s rows, nor anything of a plain box', () => {
    const grid = ariaGridWithFooter(true);
    document.querySelector('.footer')!.remove();
    expect(pagerPartsIn(grid)).toEqual([]);
    // A box of no table role: its parts are the page's, looked for around it.
    const plain = ariaGridWithFooter();
    plain.removeAttribute('role');
    expect(pagerPartsIn(plain)).toEqual([]);
  });
});
