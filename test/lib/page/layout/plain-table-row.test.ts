import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CellPlacer } from '../../../../lib/page/layout/cell-grid';
import { plainDataRow } from '../../../../lib/page/layout/plain-table-row';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * A long HTML table's rows that span nothing are read without placing their cells
 * (plain-table-row.ts): their cells must be the ones `row.cells` lists, found by walking the
 * row's children, and a row that spans, or is not a data row, must still be told apart.
 */
let dom: LinkedomPage;

beforeEach(() => {
  dom = linkedomPage({ shown: true });
});
afterEach(() => dom.close());

function bodyRow(html: string): { row: HTMLTableRowElement; table: HTMLTableElement } {
  const table = dom.document.createElement('table');
  table.innerHTML = `<thead><tr><th>Line</th><th>HTS code</th><th>Origin</th></tr></thead><tbody><tr>${html}</tr></tbody>`;
  dom.document.body.append(table);
  return { row: table.querySelector('tbody tr') as HTMLTableRowElement, table };
}

const COLUMNS = [0, 1, 2];
const texts = (cells: (Element | null)[]) => cells.map((cell) => cell?.textContent ?? null);

describe('a plain row of a long HTML table', () => {
  it('gives its td and th cells in order under the header’s columns, passing over other children', () => {
    const { row, table } = bodyRow('<td>1</td><th>8471.30.0100</th><td>DE</td>');
    // Put in by script, as a framework may: not a cell, and row.cells would not list it.
    row.insertBefore(dom.document.createElement('div'), row.children[1]!).textContent = 'menu';
    const laid = plainDataRow(row, 'body', new CellPlacer(), COLUMNS, table, true);
    expect(laid).toBeTruthy();
    expect(texts(laid!.cells)).toEqual(['1', '8471.30.0100', 'DE']);
  });

  it('leaves a column the row has no cell for empty, and picks columns the header kept', () => {
    const { row, table } = bodyRow('<td>1</td><td>8471.30.0100</td>');
    expect(texts(plainDataRow(row, 'body', new CellPlacer(), COLUMNS, table, true)!.cells)).toEqual(['1', '8471.30.0100', null]);
    expect(texts(plainDataRow(row, 'body', new CellPlacer(), [1], table, true)!.cells)).toEqual(['8471.30.0100']);
  });

  it('is not plain when one of its cells states a column or row span', () => {
    for (const cells of ['<td colspan="2">1</td><td>DE</td>', '<td>1</td><th rowspan="2">x</th><td>DE</td>']) {
      const { row, table } = bodyRow(cells);
      expect(plainDataRow(row, 'body', new CellPlacer(), COLUMNS, table, true)).toBeUndefined();
    }
  });

  it('is no data row when it is a row of header cells among data rows, or a footer', () => {
    const { row, table } = bodyRow('<th>Line</th><th>HTS code</th><th>Origin</th>');
    expect(plainDataRow(row, 'body', new CellPlacer(), COLUMNS, table, true)).toBeNull();
    const data = bodyRow('<td>1</td><td>8471.30.0100</td><td>DE</td>');
    expect(plainDataRow(data.row, 'foot', new CellPlacer(), COLUMNS, data.table, true)).toBeNull();
    // In a table whose first data rows are all <th>, a row of <th> is a data row.
    expect(plainDataRow(row, 'body', new CellPlacer(), COLUMNS, table, false)).toBeTruthy();
  });

  it('is no data row when it is one empty cell between groups of lines', () => {
    const { row, table } = bodyRow('<td></td>');
    expect(plainDataRow(row, 'body', new CellPlacer(), COLUMNS, table, true)).toBeNull();
  });
});
