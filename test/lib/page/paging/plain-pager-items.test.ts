import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isArrowItem, unnamedArrowDirection } from '../../../../lib/page/paging/plain-pager-items';
import { findPager } from '../../../../lib/page/paging/table-pager';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * Pager arrows drawn as plain elements a script listens to (plain-pager-items.ts): taken only in a
 * row that is a pager's by other evidence, before or after its numbers. Page numbers drawn so are
 * tested in beside-table.test.ts (isPageNumberItem).
 */
let dom: LinkedomPage;
let document: Document;

beforeEach(() => {
  dom = linkedomPage({ shown: true });
  document = dom.document;
});
afterEach(() => dom.close());

const CATALOG = '<table id="catalog"><tr><th>Part</th><th>HTS</th></tr><tr><td>P-1</td><td>8471.30</td></tr><tr><td>P-2</td><td>8471.41</td></tr></table>';

/** The catalog with `pagerHtml` under it, in one box. */
function pagedTable(pagerHtml: string): Element {
  document.body.innerHTML = `<main>${CATALOG}${pagerHtml}</main>`;
  return document.getElementById('catalog')!;
}

const ICON = '<i class="icon"><svg viewBox="0 0 20 20"><path d="M0 0"></path></svg></i>';

describe('a pager of arrows drawn as plain elements', () => {
  it('is read around "Page 3 of 80", its arrows <span>s bound by a script (a hand-made jQuery pager)', async () => {
    const table = pagedTable('<div class="pager"><span class="pg-prev">‹</span> Page <b>3</b> of <b>80</b> <span class="pg-next">›</span></div>');
    const pager = await findPager(table);
    expect(pager?.status()).toMatchObject({ page: 3, pages: 80 });
    expect(pager?.next()?.className).toBe('pg-next');
    expect(pager?.previous()?.className).toBe('pg-prev');
  });

  it('is read around a range, its arrows <li>s, first and last drawn as guillemets beside them', async () => {
    const table = pagedTable('<ul class="nav"><li>«</li><li>‹</li><li>51–75 of 2,000</li><li>›</li><li>»</li></ul>');
    const pager = await findPager(table);
    expect(pager?.status()).toMatchObject({ page: 3, pages: 80, total: 2000 });
    expect(pager?.next()?.textContent).toBe('›');
    expect(pager?.previous()?.textContent).toBe('‹');
  });

  it('goes by unnamed icons at the ends of a row of page numbers, the one nearest the numbers (First and Last icons farther out)', () => {
    document.body.innerHTML = `<div id="row"><div id="first">${ICON}</div><div id="prev">${ICON}</div><div>1</div><div>2</div><div>3</div><div id="more">${ICON}</div><div>40</div><div id="next">${ICON}</div><div id="last">${ICON}</div></div>`;
    const item = (id: string) => document.getElementById(id)!;
    expect(unnamedArrowDirection(item('prev'))).toBe('previous');
    expect(unnamedArrowDirection(item('next'))).toBe('next');
    expect(unnamedArrowDirection(item('first'))).toBeNull();
    expect(unnamedArrowDirection(item('last'))).toBeNull();
    // Among the numbers: Naive UI's "…" that skips five pages, no arrow of Previous or Next.
    expect(isArrowItem(item('more'))).toBe(false);
    // The icon inside an item is no item: its row is the item.
    expect(isArrowItem(item('next').firstElementChild!)).toBe(false);
  });

  it('is not an arrow in a row that is no pager\'s, nor a plain one among links (the disabled one), nor a lone one', () => {
    document.body.innerHTML = [
      '<nav id="crumbs"><span>Home</span><span>›</span><span>Parts</span><span>›</span><span>Chapter 84</span></nav>',
      '<div id="links"><span>‹</span><a href="#">1</a><a href="#">2</a><a href="#">3</a><a href="#">›</a></div>',
      '<div id="lone"><span>›</span><span>Next shipment</span></div>',
      '<div id="sort"><span>Value</span><span>▲</span><span>12 of 40 lines</span></div>',
    ].join('');
    for (const element of document.querySelectorAll('#crumbs span, #links span, #lone span, #sort span')) expect(isArrowItem(element), element.outerHTML).toBe(false);
  });

  it('is no pager beside a table without a status line or page numbers', async () => {
    const table = pagedTable('<div class="toolbar"><span>‹</span><span>Shipment 12</span><span>›</span></div>');
    expect(await findPager(table)).toBeNull();
  });
});
