import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { boxesAround } from '../../../../lib/page/paging/beside-table';
import { findPager } from '../../../../lib/page/paging/table-pager';
import { isPageNumberItem } from '../../../../lib/page/paging/plain-pager-items';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * Where a table's pager is looked for (beside-table.ts), on pages built in linkedom: up through the
 * boxes around the table, into open shadow roots, never past a box that holds another data table
 * (a plain table, an ARIA grid, a web component's grid). linkedom draws nothing: every element
 * counts as shown. The browser tests (grid-paging, numbered-pager, load-more) read real pagers.
 */
let dom: LinkedomPage;
let document: Document;

beforeEach(() => {
  dom = linkedomPage({ shown: true });
  document = dom.document;
});
afterEach(() => dom.close());

const CATALOG = '<table id="catalog"><tr><th>Part</th><th>HTS</th></tr><tr><td>P-1</td><td>8471.30</td></tr><tr><td>P-2</td><td>8471.41</td></tr></table>';

/** `depth` boxes nested in <body>, the catalog table in the innermost; boxes[0] is the table's own box, boxes[depth - 1] the outermost. */
function nestedBoxes(depth: number): { table: Element; boxes: HTMLElement[] } {
  let box: HTMLElement = document.body;
  const outerFirst: HTMLElement[] = [];
  for (let level = 0; level < depth; level++) {
    const inner = document.createElement('div');
    box.append(inner);
    outerFirst.push(inner);
    box = inner;
  }
  box.innerHTML = CATALOG;
  return { table: document.getElementById('catalog')!, boxes: outerFirst.reverse() };
}

/** Add `html` to `box` after what it holds, as the last of its children. */
function addTo(box: Element, html: string): void {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  box.append(holder);
}

/** A custom element with an open shadow root holding `shadowHtml`, its light children `lightHtml`. */
function addComponent(box: Element, shadowHtml: string, lightHtml = ''): Element {
  const host = document.createElement('x-component');
  host.innerHTML = lightHtml;
  host.attachShadow({ mode: 'open' }).innerHTML = shadowHtml;
  box.append(host);
  return host;
}

const PAGER = '<span>Page 1 of 20</span><button type="button">Previous</button><button type="button">Next</button>';
const NEXT_ALONE = '<button type="button">Next</button>';

async function boxesOf(table: Element): Promise<Element[]> {
  const boxes: Element[] = [];
  for await (const box of boxesAround(table)) boxes.push(box.element);
  return boxes;
}

describe('the pager beside a table', () => {
  it('is found six boxes up, with its status line', async () => {
    const { table, boxes } = nestedBoxes(8);
    addTo(boxes[5]!, PAGER);
    const pager = await findPager(table);
    expect(pager?.container).toBe(boxes[5]);
    expect(pager?.status()).toMatchObject({ page: 1, pages: 20 });
    expect(pager?.next()?.textContent).toBe('Next');
  });

  it('counts its rows from "(300 items)" after "Page 1 of 12" (DevExpress)', async () => {
    const { table, boxes } = nestedBoxes(2);
    addTo(boxes[1]!, '<div><b>Page 1 of 12 (300 items)</b> <a href="#">Next</a></div>');
    // Not rows 1 to 12 of 300, as "1 of 12 (300" was read before.
    expect((await findPager(table))?.status()).toEqual({ page: 1, pages: 12, total: 300, unfiltered: null, shownRows: null });
  });

  it('is made of images a script listens to, named by their class, alternative text or title (tablesorter\'s pager add-on)', async () => {
    const { table, boxes } = nestedBoxes(2);
    addTo(
      boxes[1]!,
      '<form><img src="first.png" class="first" alt="First" title="First page"><img src="prev.png" class="prev disabled" aria-disabled="true" alt="Prev" title="Previous page">' +
        '<span class="pagedisplay">1 to 25 of 2000 rows</span><img src="next.png" class="next" alt="Next" title="Next page"><img src="last.png" class="last" alt="Last" title="Last page"></form>',
    );
    const pager = await findPager(table);
    expect(pager?.status()).toMatchObject({ page: 1, pages: 80, total: 2000 });
    expect(pager?.next()?.getAttribute('src')).toBe('next.png');
    expect(pager?.previous()).toBeNull();
    // Named by its class alone, as the add-on's older demo draws it: the same.
    for (const image of boxes[1]!.querySelectorAll('img')) ['alt', 'title'].forEach((name) => image.removeAttribute(name));
    expect((await findPager(table))?.next()?.getAttribute('src')).toBe('next.png');
  });

  it('counts its pages from "3 of 100" after its numbers, 3 being the page it shows (jsGrid)', async () => {
    const { table, boxes } = nestedBoxes(2);
    const link = (text: string, kind = 'page') => `<span class="jsgrid-pager-${kind}"><a href="javascript:void(0);">${text}</a></span> `;
    addTo(
      boxes[1]!,
      `<div class="jsgrid-pager">Pages: ${link('First', 'nav-button')}${link('Prev', 'nav-button')}${link('1')}${link('2')}<span class="jsgrid-pager-page jsgrid-pager-current-page">3</span> ${link('4')}${link('5')}${link('...', 'nav-button')}${link('Next', 'nav-button')}${link('Last', 'nav-button')} &nbsp;&nbsp; 3 of 100</div>`,
    );
    // Not "page 3 of 6", the numbers shown and one more.
    expect((await findPager(table))?.status()).toMatchObject({ page: 3, pages: 100 });
  });

  it('is a row of page numbers drawn as plain elements, the page shown marked by a class (Naive UI\'s pagination)', async () => {
    const { table, boxes } = nestedBoxes(2);
    const item = (text: string, kind = '') => `<div class="n-pagination-item${kind}">${text}</div>`;
    const arrow = (kind: string) => `<div class="n-pagination-item n-pagination-item--button${kind}"><i class="n-base-icon"><svg></svg></i></div>`;
    addTo(boxes[1]!, `<div class="n-pagination">${arrow(' n-pagination-item--disabled')}${item('1', ' n-pagination-item--active')}${['2', '3', '4', '5', '6', '7'].map((n) => item(n)).join('')}${item('<i class="n-base-icon"><svg></svg></i>')}${item('40')}${arrow('')}</div>`);
    const pager = await findPager(table);
    expect(pager?.status()).toMatchObject({ page: 1, pages: 40 });
    // Its unnamed arrow icons, by where they stand: Next the last item, Previous the first (disabled on page 1).
    expect(pager?.next()?.className).toBe('n-pagination-item n-pagination-item--button');
    expect(pager?.previous()).toBeNull();
    expect(pager?.pageButtonTowards(7, 1)?.textContent).toBe('7');
  });

  it('is a pager whose arrows are unnamed links known by their icon\'s class (jQuery EasyUI\'s pagination)', async () => {
    const { table, boxes } = nestedBoxes(2);
    const button = (icon: string) => `<td><a href="javascript:;" class="l-btn l-btn-small l-btn-plain" group=""><span class="l-btn-left l-btn-icon-left"><span class="l-btn-text l-btn-empty">&nbsp;</span><span class="l-btn-icon ${icon}">&nbsp;</span></span></a></td>`;
    addTo(
      boxes[1]!,
      `<div class="datagrid-pager pagination"><table cellspacing="0" cellpadding="0" border="0"><tbody><tr><td><select class="pagination-page-list"><option>25</option><option>50</option></select></td><td><div class="pagination-btn-separator"></div></td>${button('pagination-first')}${button('pagination-prev')}<td><span style="padding-left:6px;">Page</span></td><td><input class="pagination-num" type="text" value="3" size="2"></td><td><span style="padding-right:6px;">of 80</span></td>${button('pagination-next')}${button('pagination-last')}${button('pagination-load')}</tr></tbody></table><div class="pagination-info">Displaying 51 to 75 of 2000 items</div></div>`,
    );
    const pager = await findPager(table);
    expect(pager?.status()).toMatchObject({ page: 3, pages: 80, total: 2000 });
    expect(pager?.next()?.querySelector('.l-btn-icon')?.className).toBe('l-btn-icon pagination-next');
    expect(pager?.previous()?.querySelector('.l-btn-icon')?.className).toBe('l-btn-icon pagination-prev');
  });

  it('goes to a page whose number it does not show by the nearest number it shows (Layui\'s laypage, on its last page)', async () => {
    const { table, boxes } = nestedBoxes(2);
    const link = (text: string, kind = '') => `<a href="javascript:;" class="${kind}" data-page="${text}">${text}</a>`;
    addTo(
      boxes[1]!,
      `<div class="layui-laypage"><span class="layui-laypage-count">共 2000 条</span>${link('<i class="layui-icon layui-icon-left"></i>', 'layui-laypage-prev')}${link('1', 'layui-laypage-first')}<span class="layui-laypage-spr">…</span>${['76', '77', '78', '79'].map((n) => link(n)).join('')}<span class="layui-laypage-curr"><em class="layui-laypage-em"></em><em>80</em></span><a href="javascript:;" class="layui-laypage-next layui-disabled"><i class="layui-icon layui-icon-right"></i></a><span class="layui-laypage-skip">到第<input type="text" value="80" class="layui-input">页<button type="button" class="layui-laypage-btn">确定</button></span></div>`,
    );
    const pager = await findPager(table);
    expect(pager?.status()).toMatchObject({ page: 80, pages: 80 });
    // Back to page 3: "1" and two steps on, not 77 presses of Previous.
    expect(pager?.pageButtonTowards(3, 80)?.textContent).toBe('1');
    expect(pager?.pageButtonTowards(60, 80)?.textContent).toBe('76');
    expect(pager?.pageButtonTowards(79, 80)?.textContent).toBe('79');
    // From page 2, going to 3 is a step: no number is nearer.
    expect(pager?.pageButtonTowards(3, 2)).toBeNull();
  });

  it('is not made of numbers that are no row of page numbers, nor of plain numbers among page links (the page shown)', async () => {
    const { table, boxes } = nestedBoxes(2);
    addTo(boxes[1]!, '<ul class="badges"><li>3</li><li>12</li><li>7</li></ul>');
    expect(await findPager(table)).toBeNull();
    // Among page links, a plain number is the page shown (GridView), not a control of its own.
    addTo(boxes[1]!, '<div id="links"><a href="#p1">1</a> <a href="#p2">2</a> <span>3</span> <a href="#p4">4</a> <a href="#p5">5</a></div>');
    expect(isPageNumberItem(document.querySelector('#links span')!)).toBe(false);
    expect(isPageNumberItem(document.querySelector('.badges li')!)).toBe(false);
  });

  it('is found in an open shadow root (a web-component pager)', async () => {
    const { table, boxes } = nestedBoxes(8);
    addComponent(boxes[5]!, PAGER);
    const pager = await findPager(table);
    expect(pager?.container).toBe(boxes[5]);
    expect(pager?.status()).toMatchObject({ page: 1, pages: 20 });
  });

  it('is not a pager when the page hides it whole, beside a status line it shows (DataTables\' Scroller)', async () => {
    const { table, boxes } = nestedBoxes(2);
    addTo(boxes[1]!, '<div>Showing 1 to 15 of 2,000 entries</div><nav class="dt-paging" style="display: none"><button type="button">Previous</button><button type="button" aria-current="page">1</button><button type="button">2</button><button type="button">Next</button></nav>');
    // linkedom draws nothing: a box with display none, or inside one, is not drawn.
    const drawn = (element: Element): boolean => element.closest('[style*="display: none"]') === null;
    const prototype = Object.getPrototypeOf(Object.getPrototypeOf(table)) as Element;
    const original = prototype.checkVisibility;
    prototype.checkVisibility = function (this: Element) {
      return this.isConnected && drawn(this);
    };
    try {
      expect(await findPager(table)).toBeNull();
      // Drawn, the same pager is the table's.
      boxes[1]!.querySelector('nav')!.removeAttribute('style');
      expect((await findPager(table))?.status()).toMatchObject({ page: 1, pages: 134 });
    } finally {
      prototype.checkVisibility = original;
    }
  });

  it('far up, is not taken without a status line (a page\'s own Next pages nothing); near, it is', async () => {
    const far = nestedBoxes(8);
    addTo(far.boxes[5]!, NEXT_ALONE);
    expect(await findPager(far.table)).toBeNull();

    document.body.replaceChildren();
    const near = nestedBoxes(8);
    addTo(near.boxes[1]!, NEXT_ALONE);
    expect((await findPager(near.table))?.container).toBe(near.boxes[1]);
  });
});

describe('the search stops below a box that holds another data table', () => {
  const OTHER_TABLES: [string, (box: Element) => void][] = [
    ['a plain table', (box) => addTo(box, '<table><tr><td>A</td><td>1</td></tr><tr><td>B</td><td>2</td></tr></table>')],
    [
      'an ARIA grid',
      (box) => addTo(box, '<div role="grid"><div role="row"><div role="gridcell">A</div></div><div role="row"><div role="gridcell">B</div></div></div>'),
    ],
    [
      'a grid in a web component\'s shadow root',
      (box) => addComponent(box, '<div role="grid"><div role="row"><div role="gridcell">A</div></div><div role="row"><div role="gridcell">B</div></div></div>'),
    ],
    [
      'a web component that is the grid, its rows in its shadow root',
      (box) => addComponent(box, '<div role="row"><div role="gridcell">A</div></div><div role="row"><div role="gridcell">B</div></div>').setAttribute('role', 'grid'),
    ],
    [
      'a grid in a shadow root showing rows slotted from the light DOM',
      (box) => addComponent(box, '<div role="grid"><slot></slot></div>', '<div role="row"><div role="gridcell">A</div></div><div role="row"><div role="gridcell">B</div></div>'),
    ],
  ];

  it.each(OTHER_TABLES)('%s: the boxes end below it, and its pager above is not taken', async (_, addOther) => {
    const { table, boxes } = nestedBoxes(8);
    addOther(boxes[3]!);
    addTo(boxes[5]!, PAGER);
    expect(await boxesOf(table)).toEqual(boxes.slice(0, 3));
    expect(await findPager(table)).toBeNull();
  });

  it('but not below a layout table, a table of one data line, or the table\'s own header table', async () => {
    const { table, boxes } = nestedBoxes(8);
    addTo(boxes[1]!, '<table role="presentation"><tr><td>A</td></tr><tr><td>B</td></tr></table>');
    addTo(boxes[2]!, '<table><tr><th>Part</th></tr><tr><td>only line</td></tr></table>');
    addTo(boxes[3]!, '<table id="header"><tr><td>Part</td></tr><tr><td>HTS</td></tr></table>');
    addTo(boxes[5]!, PAGER);
    const header = document.getElementById('header')!;
    const pager = await findPager(table, [table, header]);
    expect(pager?.container).toBe(boxes[5]);
  });
});
