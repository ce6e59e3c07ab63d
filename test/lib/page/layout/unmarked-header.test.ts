import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SourceRow } from '../../../../lib/page/layout/cell-grid';
import { unmarkedHeaderRow } from '../../../../lib/page/layout/unmarked-header';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * An ARIA grid that marks its data cells but draws its header as plain elements (Webix's
 * DataTable): the header is the band of short texts just above the first line, one over each
 * column. Without it the first line of goods named the columns and nothing was checked.
 * linkedom lays nothing out: each element's box is given as `data-box="left top width height"`.
 */
let dom: LinkedomPage;

beforeEach(() => {
  dom = linkedomPage({ shown: true, boxesFromDataBox: true });
});
afterEach(() => dom.close());

const CELLS = '[role="gridcell"]';

/** A grid of `html`, and its first line: the gridcells stating aria-rowindex 1, in the order given. */
function gridWith(html: string): { grid: Element; firstLine: SourceRow } {
  const grid = dom.document.createElement('div');
  grid.setAttribute('role', 'grid');
  grid.innerHTML = html;
  dom.document.body.append(grid);
  const cells = Array.from(grid.querySelectorAll('[role="gridcell"][aria-rowindex="1"]'));
  return {
    grid,
    firstLine: { element: cells[0]!, section: 'body', cells: cells.map((element) => ({ element, header: false, colSpan: 1, rowSpan: 1, column: Number(element.getAttribute('aria-colindex')) - 1 })) },
  };
}

/** Body cells of line 1 at `top`, one per [left, width], by column. */
function line(top: number, columns: [number, number][]): string {
  return columns.map(([left, width], i) => `<div role="gridcell" aria-rowindex="1" aria-colindex="${i + 1}" data-box="${left} ${top} ${width} 36">v${i + 1}</div>`).join('');
}

const texts = (row: SourceRow | null) => row?.cells.map((cell) => `${cell.column}:${cell.element.textContent}`) ?? null;

describe('a header drawn as plain elements above an ARIA grid’s cells', () => {
  it('names each column by the text over it, its cells taking the columns of the cells under them', () => {
    // Each header text in a wrapper of its own (Webix's hcolumn), the body laid out by column.
    const { grid, firstLine } = gridWith(`
      <div class="header" data-box="0 88 1200 43">
        <div data-box="0 88 70 43"><div data-box="0 88 70 43">Line</div></div>
        <div data-box="70 88 120 43"><div data-box="70 88 120 43">Part Number</div></div>
        <div data-box="190 88 430 43"><div data-box="190 88 430 43">Description</div></div>
      </div>
      <div class="body">${line(131, [[0, 70], [70, 120], [190, 430]])}</div>`);
    const header = unmarkedHeaderRow(grid, firstLine, CELLS);
    expect(texts(header)).toEqual(['0:Line', '1:Part Number', '2:Description']);
    expect(header!.section).toBe('head');
    expect(header!.cells.every((cell) => cell.header)).toBe(true);
  });

  it('is found with the first line scrolled partly under it, and a column scrolled partly out of view under the frozen ones', () => {
    // Description scrolled 300 px left: its box starts left of the frozen columns and its middle
    // lies over Part Number's; the line drawn 10 px up under the header.
    const { grid, firstLine } = gridWith(`
      <div data-box="0 88 70 43">Line</div><div data-box="70 88 120 43">Part Number</div>
      <div data-box="-110 88 430 43">Description</div><div data-box="320 88 130 43">HTS Code</div>
      ${line(121, [[0, 70], [70, 120], [-110, 430], [320, 130]])}`);
    expect(texts(unmarkedHeaderRow(grid, firstLine, CELLS))).toEqual(['0:Line', '1:Part Number', '2:Description', '3:HTS Code']);
  });

  it('is the band nearest the line where column groups sit above the columns', () => {
    const { grid, firstLine } = gridWith(`
      <div data-box="0 50 190 30">Item</div><div data-box="190 50 260 30">Classification</div>
      <div data-box="0 80 70 30">Line</div><div data-box="70 80 120 30">Part</div>
      <div data-box="190 80 130 30">HTS</div><div data-box="320 80 130 30">Origin</div>
      ${line(110, [[0, 70], [70, 120], [190, 130], [320, 130]])}`);
    expect(texts(unmarkedHeaderRow(grid, firstLine, CELLS))).toEqual(['0:Line', '1:Part', '2:HTS', '3:Origin']);
  });

  it('is none where nothing but a caption sits above the cells, or nothing at all (the first line then names the columns)', () => {
    const captioned = gridWith(`<div data-box="0 60 450 30">Order lines</div>${line(110, [[0, 70], [70, 120], [190, 130], [320, 130]])}`);
    expect(unmarkedHeaderRow(captioned.grid, captioned.firstLine, CELLS)).toBeNull();
    const bare = gridWith(line(110, [[0, 70], [70, 120], [190, 130], [320, 130]]));
    expect(unmarkedHeaderRow(bare.grid, bare.firstLine, CELLS)).toBeNull();
  });

  it('is none where texts sit over only some of the columns (a toolbar), and never taken from data cells', () => {
    const toolbar = gridWith(`<div data-box="0 60 70 30">Export</div><div data-box="70 60 120 30">Print</div>${line(110, [[0, 70], [70, 120], [190, 130], [320, 130], [450, 100]])}`);
    expect(unmarkedHeaderRow(toolbar.grid, toolbar.firstLine, CELLS)).toBeNull();
    // Line 0 of cells above line 1 (a header drawn as data cells is read as the first line, as before).
    const cellsAbove = gridWith(`${[0, 70, 190].map((left, i) => `<div role="gridcell" aria-rowindex="0" data-box="${left} 74 60 36">h${i}</div>`).join('')}${line(110, [[0, 70], [70, 120], [190, 130]])}`);
    expect(unmarkedHeaderRow(cellsAbove.grid, cellsAbove.firstLine, CELLS)).toBeNull();
  });
});
