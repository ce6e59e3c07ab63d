import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findGeometryGrids } from '../../../../lib/page/discovery/geometry-grid';
import { geometryGridRows } from '../../../../lib/page/layout/geometry-rows';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * Grids whose cells are all children of one box, with no element for a line and no table
 * semantics (Blueprint's Table, a hand-written CSS grid): found by the lattice their cells draw,
 * and read line by line from where the cells sit. Before, such a page had "no table".
 * linkedom lays nothing out: each element's box is given as `data-box="left top width height"`.
 */
let dom: LinkedomPage;

beforeEach(() => {
  dom = linkedomPage({ shown: true, boxesFromDataBox: true });
});
afterEach(() => dom.close());

const WIDTHS = [70, 120, 300, 130];
const lefts = WIDTHS.map((_, i) => WIDTHS.slice(0, i).reduce((sum, width) => sum + width, 0));

/** `rows` lines of cells at 20 px pitch from `top`, each cell `<div><div>text</div></div>` (a wrapper, as Blueprint's), in DOM order line by line. */
function cells(rows: number, top: number, text = (row: number, column: number) => `r${row}c${column}`, drawn = (_row: number) => WIDTHS.length): string {
  let html = '';
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < drawn(row); column++) {
      html += `<div data-box="${lefts[column]} ${top + row * 20} ${WIDTHS[column]} 20"><div data-box="${lefts[column]} ${top + row * 20} ${WIDTHS[column]} 20">${text(row, column)}</div></div>`;
    }
  }
  return html;
}

function page(html: string): Document {
  dom.document.body.innerHTML = html;
  return dom.document;
}

describe('a grid drawn as a lattice of sibling cells', () => {
  it('is found with its header strip several boxes up, and read a line per band of cells, each cell under its header', () => {
    // Blueprint's nesting: the header strip and the cells' box meet five boxes up. A virtual grid
    // draws the lines at the edges of its view in part: line 30 (ending the cells sampled) has 3 of 4.
    const doc = page(`
      <div class="scroll" data-box="0 0 620 500">
        <div class="top"><div class="headers"><div class="thead" data-box="0 0 620 30">
          ${WIDTHS.map((width, i) => `<div data-box="${lefts[i]} 0 ${width} 30">H${i}</div>`).join('')}
        </div></div></div>
        <div class="bottom"><div class="container"><div><div class="client"><div class="cells" data-box="0 30 620 900">${cells(45, 30, undefined, (row) => (row === 29 ? 3 : 4))}</div></div></div></div></div>
      </div>`);
    const [grid, ...more] = findGeometryGrids(doc, 10);
    expect(more).toEqual([]);
    expect(grid!.cellsOnly).toBe(true);
    expect(grid!.rowBox.className).toBe('cells');
    expect(grid!.headerRow?.className).toBe('thead');
    const rows = geometryGridRows(grid!);
    expect(rows[0]!.cells.map((cell) => cell.element.textContent)).toEqual(['H0', 'H1', 'H2', 'H3']);
    expect(rows.length).toBe(46);
    expect(rows[1]!.cells.map((cell) => [cell.column, cell.element.textContent])).toEqual([[0, 'r0c0'], [1, 'r0c1'], [2, 'r0c2'], [3, 'r0c3']]);
    expect(rows[30]!.cells.map((cell) => cell.column)).toEqual([0, 1, 2]);
    expect(rows[45]!.cells.map((cell) => cell.element.textContent)).toEqual(['r44c0', 'r44c1', 'r44c2', 'r44c3']);
  });

  it('is found with its header cells among its own (a CSS grid): the first band then names the columns', () => {
    const doc = page(`<div class="lines" data-box="0 0 620 220">${cells(10, 0, (row, column) => (row === 0 ? `Header ${column}` : `r${row}c${column}`))}</div>`);
    const [grid] = findGeometryGrids(doc, 10);
    expect(grid?.cellsOnly).toBe(true);
    expect(grid!.headerRow).toBeNull();
    const rows = geometryGridRows(grid!);
    expect(rows.map((row) => row.cells[0]!.element.textContent)).toEqual(['Header 0', 'r1c0', 'r2c0', 'r3c0', 'r4c0', 'r5c0', 'r6c0', 'r7c0', 'r8c0', 'r9c0']);
  });

  it('is not found in a list of items one under another, nor in boxes laid out freely, nor in cards of several parts', () => {
    const list = Array.from({ length: 12 }, (_, i) => `<div data-box="0 ${i * 20} 300 20">Item ${i}</div>`).join('');
    // Three boxes to a band, but each band overlapping the next (a masonry of notes).
    const free = Array.from({ length: 12 }, (_, i) => `<div data-box="${(i % 3) * 110} ${Math.floor(i / 3) * 20 + (i % 3) * 15} 100 40">Note ${i}</div>`).join('');
    // Cards side by side, each holding a title, a text and a button.
    const cards = Array.from({ length: 12 }, (_, i) => `<div data-box="${(i % 3) * 210} ${Math.floor(i / 3) * 160} 200 150"><h3>Title</h3><p>Text</p><button>Open</button></div>`).join('');
    for (const html of [list, free, cards]) expect(findGeometryGrids(page(`<div data-box="0 0 700 700">${html}</div>`), 10)).toEqual([]);
  });
});
