import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ariaGridRows } from '../../../../lib/page/layout/aria-grid-rows';
import { placeCells, type SourceRow } from '../../../../lib/page/layout/cell-grid';
import { layoutTable, rowTexts } from '../../../../lib/page/layout/table-layout';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * A grid's own row-selection column: a header with no words (a "select all" box at most), a tick
 * box in every line. AG Grid 36 draws it first (`rowSelection: { mode: 'multiRow', checkboxes:
 * true }`, aria-colindex 1), as MUI X, Ant Design and most data grids draw theirs. Before: read as
 * a column headed "" of empty cells before the catalog's own, every column shifted by one.
 */
let dom: LinkedomPage;

beforeEach(() => {
  dom = linkedomPage({ shown: true, boxSide: 40 });
});
afterEach(() => dom.close());

const CHECKBOX = '<div class="ag-checkbox"><div class="ag-label" aria-hidden="true"></div><input type="checkbox" aria-label="Press Space to toggle row selection (unchecked)"></div>';

/** An ARIA grid as AG Grid draws it: the selection column first, then Line, Part Number, Quantity. */
function selectionGrid({ selectAll = true, firstHeader = '' } = {}): Element {
  const headers = [firstHeader, 'Line', 'Part Number', 'Quantity'];
  const header = `<div role="row" aria-rowindex="1">${headers
    .map((text, i) => `<div role="columnheader" aria-colindex="${i + 1}">${i === 0 && selectAll ? CHECKBOX : ''}<span class="ag-header-cell-text">${text}</span></div>`)
    .join('')}</div>`;
  const lines = [1, 2, 3]
    .map((n) => `<div role="row" aria-rowindex="${n + 1}"><div role="gridcell" aria-colindex="1">${CHECKBOX}<span class="ag-cell-value"></span></div><div role="gridcell" aria-colindex="2">${n}</div><div role="gridcell" aria-colindex="3">LT-${n}</div><div role="gridcell" aria-colindex="4">${n * 10}</div></div>`)
    .join('');
  dom.document.body.innerHTML = `<div role="grid" aria-rowcount="4">${header}${lines}</div>`;
  return dom.document.querySelector('[role="grid"]')!;
}

/** An HTML table's rows as html-table-rows.ts gives them (linkedom has no `table.rows`). */
function htmlTableRows(table: Element): SourceRow[] {
  return Array.from(table.querySelectorAll('tr'), (row) => ({
    element: row,
    section: row.parentElement!.localName === 'thead' ? 'head' : 'body',
    cells: Array.from(row.children, (cell) => ({ element: cell, header: cell.localName === 'th', colSpan: 1, rowSpan: 1, column: null })),
  }));
}

function read(grid: Element, rows = ariaGridRows(grid)) {
  const layout = layoutTable(placeCells(rows), grid);
  return { headers: layout.headers, columns: layout.columns, rows: layout.rows.map((row) => rowTexts(row)) };
}

describe("a grid's row-selection column", () => {
  it('is left out: the catalog columns keep their place on the grid (aria-colindex), nothing shifted', () => {
    expect(read(selectionGrid())).toEqual({
      headers: ['Line', 'Part Number', 'Quantity'],
      columns: [1, 2, 3],
      rows: [
        ['1', 'LT-1', '10'],
        ['2', 'LT-2', '20'],
        ['3', 'LT-3', '30'],
      ],
    });
  });

  it('is left out without a "select all" box in its header (single-row selection): its lines hold the boxes', () => {
    expect(read(selectionGrid({ selectAll: false })).headers).toEqual(['Line', 'Part Number', 'Quantity']);
  });

  it('is left out of an HTML table too', () => {
    dom.document.body.innerHTML = `<table><thead><tr><th><input type="checkbox" aria-label="Select all"></th><th>Line</th><th>Quantity</th></tr></thead>
      <tbody><tr><td><input type="checkbox"></td><td>1</td><td>10</td></tr><tr><td><input type="checkbox"></td><td>2</td><td>20</td></tr></tbody></table>`;
    const table = dom.document.querySelector('table')!;
    expect(read(table, htmlTableRows(table))).toEqual({ headers: ['Line', 'Quantity'], columns: [1, 2], rows: [['1', '10'], ['2', '20']] });
  });

  it('is kept when its header names it ("Include"), or when a column with no header shows words (line numbers)', () => {
    expect(read(selectionGrid({ firstHeader: 'Include' })).headers).toEqual(['Include', 'Line', 'Part Number', 'Quantity']);
    dom.document.body.innerHTML = `<table><thead><tr><th></th><th>Part Number</th></tr></thead>
      <tbody><tr><td>1 <input type="checkbox"></td><td>LT-1</td></tr><tr><td>2 <input type="checkbox"></td><td>LT-2</td></tr></tbody></table>`;
    const table = dom.document.querySelector('table')!;
    expect(read(table, htmlTableRows(table))).toEqual({ headers: ['', 'Part Number'], columns: [0, 1], rows: [['1', 'LT-1'], ['2', 'LT-2']] });
  });

  it('an empty column with no header and no tick box (a spacer, an actions column) is read as before', () => {
    dom.document.body.innerHTML = `<table><thead><tr><th></th><th>Part Number</th></tr></thead>
      <tbody><tr><td><button aria-label="Edit"></button></td><td>LT-1</td></tr></tbody></table>`;
    const table = dom.document.querySelector('table')!;
    expect(read(table, htmlTableRows(table)).headers).toEqual(['', 'Part Number']);
  });
});
