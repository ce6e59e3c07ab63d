import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findGeometryGrids } from '../../../../lib/page/discovery/geometry-grid';
import { geometryGridRows } from '../../../../lib/page/layout/geometry-rows';
import { isLineTable } from '../../../../lib/page/layout/line-cells';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * Grids drawing each line as a one-row <table> of its own (Ext JS's classic grid; Dojo's dgrid,
 * which wraps each line's table in a <div>): found as one grid by the lines' geometry, each line
 * read from its table's row. Before, every line was a table of its own with no lines of goods.
 * linkedom lays nothing out: each element's box is given as `data-box="left top width height"`.
 */
let dom: LinkedomPage;

beforeEach(() => {
  dom = linkedomPage({ shown: true, boxesFromDataBox: true });
});
afterEach(() => dom.close());

const WIDTHS = [70, 120, 300, 130];
const lefts = WIDTHS.map((_, i) => WIDTHS.slice(0, i).reduce((sum, width) => sum + width, 0));
const WIDTH = WIDTHS.reduce((sum, width) => sum + width, 0);

/** Line `row` (0-based) as a one-row table at `top`, 22 px high. */
function lineTable(row: number, top: number): string {
  const cells = WIDTHS.map((width, i) => `<td data-box="${lefts[i]} ${top} ${width} 22"><div data-box="${lefts[i]} ${top} ${width} 22">r${row}c${i}</div></td>`).join('');
  return `<table data-box="0 ${top} ${WIDTH} 22"><colgroup>${WIDTHS.map(() => '<col>').join('')}</colgroup><tbody data-box="0 ${top} ${WIDTH} 22"><tr data-box="0 ${top} ${WIDTH} 22">${cells}</tr></tbody></table>`;
}

function page(html: string): Document {
  dom.document.body.innerHTML = html;
  return dom.document;
}

describe('a grid that draws each line as a table of its own', () => {
  it('is one grid whose lines are the tables and whose header is the strip of divs above (Ext JS)', () => {
    const doc = page(`
      <div class="panel" data-box="0 0 620 400">
        <div class="header-ct" data-box="0 0 620 24"><div class="box-target" data-box="0 0 620 24">
          ${WIDTHS.map((width, i) => `<div data-box="${lefts[i]} 0 ${width} 24"><div data-box="${lefts[i]} 0 ${width} 24">H${i}</div></div>`).join('')}
        </div></div>
        <div class="view" data-box="0 24 620 376"><div class="lines" data-box="0 24 620 230">${Array.from({ length: 10 }, (_, row) => lineTable(row, 24 + row * 23)).join('')}</div></div>
      </div>`);
    const [grid, ...more] = findGeometryGrids(doc, 10);
    expect(more).toEqual([]);
    expect(grid!.rowBox.className).toBe('lines');
    expect(grid!.headerRow?.className).toBe('box-target');
    const rows = geometryGridRows(grid!);
    expect(rows.length).toBe(11);
    expect(rows[0]!.cells.map((cell) => cell.element.textContent)).toEqual(['H0', 'H1', 'H2', 'H3']);
    expect(rows[1]!.element.localName).toBe('table');
    expect(rows[1]!.cells.map((cell) => [cell.column, cell.element.localName, cell.element.textContent])).toEqual([
      [0, 'td', 'r0c0'],
      [1, 'td', 'r0c1'],
      [2, 'td', 'r0c2'],
      [3, 'td', 'r0c3'],
    ]);
    expect(rows[10]!.cells.map((cell) => cell.element.textContent)).toEqual(['r9c0', 'r9c1', 'r9c2', 'r9c3']);
    for (const table of Array.from(doc.querySelectorAll('.lines > table'))) expect(isLineTable(table)).toBe(true);
  });

  it('is one grid when each line’s table is wrapped in a box, its header a one-row table of <th> (dgrid)', () => {
    const header = `<table class="header" data-box="0 0 620 24"><tr class="names" data-box="0 0 620 24">${WIDTHS.map((width, i) => `<th data-box="${lefts[i]} 0 ${width} 24">H${i}</th>`).join('')}</tr></table>`;
    const doc = page(`
      <div class="grid" data-box="0 0 620 400">
        <div class="grid-header" data-box="0 0 620 24">${header}</div>
        <div class="scroller" data-box="0 24 620 376"><div class="content" data-box="0 24 620 140">
          <div class="preload" data-box="0 24 620 0"></div>
          ${Array.from({ length: 6 }, (_, row) => `<div class="row" data-box="0 ${24 + row * 23} 620 22">${lineTable(row, 24 + row * 23)}</div>`).join('')}
          <div class="preload" data-box="0 162 620 0"></div>
        </div></div>
      </div>`);
    const [grid, ...more] = findGeometryGrids(doc, 10);
    expect(more).toEqual([]);
    expect(grid!.rowBox.className).toBe('content');
    expect(grid!.headerRow?.className).toBe('names');
    const rows = geometryGridRows(grid!);
    expect(rows.map((row) => row.cells.map((cell) => cell.element.textContent).join(' '))).toEqual(['H0 H1 H2 H3', ...Array.from({ length: 6 }, (_, row) => `r${row}c0 r${row}c1 r${row}c2 r${row}c3`)]);
    expect(isLineTable(doc.querySelector('.row > table')!)).toBe(true);
    // The header's table stands alone: a table, left to the header-strip rules.
    expect(isLineTable(doc.querySelector('.header')!)).toBe(false);
  });

  it('does not take a table of several rows, a lone one-row table or two side by side, for a line', () => {
    const doc = page(`
      <div class="tables">
        <table class="two"><tbody><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td><td>e</td><td>f</td></tr></tbody></table>
        <table class="two-again"><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td><td>e</td><td>f</td></tr></table>
        <p>Between</p>
        <table class="alone"><tr><th>Part</th><th>Description</th><th>HTS</th></tr></table>
      </div>
      <div class="headers">
        <div class="frozen"><table class="frozen-header"><tr><td>Line</td><td>Part</td><td>HTS</td></tr></table></div>
        <div class="main"><table class="main-header"><tr><td>Description</td><td>Origin</td><td>Value</td></tr></table></div>
      </div>`);
    expect(isLineTable(doc.querySelector('.two')!)).toBe(false);
    expect(isLineTable(doc.querySelector('.two-again')!)).toBe(false);
    expect(isLineTable(doc.querySelector('.alone')!)).toBe(false);
    // Two header tables side by side, a frozen part's and the main one's (w2ui), are no stack of lines.
    expect(isLineTable(doc.querySelector('.frozen-header')!)).toBe(false);
    expect(isLineTable(doc.querySelector('.main-header')!)).toBe(false);
    expect(findGeometryGrids(doc, 10)).toEqual([]);
  });
});
