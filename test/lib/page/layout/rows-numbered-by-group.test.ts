import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ariaGridRows, headerRowIndex } from '../../../../lib/page/layout/aria-grid-rows';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * A grid that numbers its header rows and its lines apart, each group from 1, and says so by a
 * row count on each group (DHTMLX Suite's Grid: the header group `aria-rowcount="1"`, the lines'
 * group and the grid the lines' count). The header row and line 1 then both state
 * aria-rowindex 1: before, they were joined into one row (line 1 lost), and the lines were
 * numbered from the header's index at one look and from 0 at another, so no row was read.
 */
let dom: LinkedomPage;

beforeEach(() => {
  dom = linkedomPage({ shown: true });
});
afterEach(() => dom.close());

const header = (columns: string[]) =>
  `<div role="row" aria-rowindex="1">${columns.map((text, i) => `<div role="columnheader" aria-colindex="${i + 1}">${text}</div>`).join('')}</div>`;
const line = (index: number, cells: [number, string][]) =>
  `<div role="row" aria-rowindex="${index}">${cells.map(([column, text]) => `<div role="gridcell" aria-colindex="${column}">${text}</div>`).join('')}</div>`;

/** The frozen part (Line, Part) and the scrolling part (Description, HTS) of lines `from`…, each a row group of its own, as DHTMLX draws them. */
function grid(from: number, lines: number, groupCounts: boolean): Element {
  const count = (n: number) => (groupCounts ? ` aria-rowcount="${n}"` : '');
  const numbers = Array.from({ length: lines }, (_, i) => from + i);
  dom.document.body.innerHTML = `<div role="grid" aria-rowcount="2000" aria-colcount="4">
    <div role="rowgroup"${count(1)}>${header(['Line', 'Part Number', 'Description', 'HTS Code'])}</div>
    <div role="rowgroup"${count(2000)}>${numbers.map((n) => line(n, [[3, `Goods ${n}`], [4, '8471.30.0100']])).join('')}</div>
    <div role="rowgroup">${numbers.map((n) => line(n, [[1, String(n)], [2, `LT-${n}`]])).join('')}</div>
  </div>`;
  return dom.document.querySelector('[role="grid"]')!;
}

describe('a grid numbering its header and its lines apart, each from 1', () => {
  it('keeps the header row apart from line 1, and numbers the lines by their own index at the top', () => {
    const rows = ariaGridRows(grid(1, 3, true));
    // Each line's two parts joined, by column: the frozen part's cells state theirs.
    expect(rows.map((row) => row.cells.map((cell) => cell.element.textContent))).toEqual([
      ['Line', 'Part Number', 'Description', 'HTS Code'],
      ['Goods 1', '8471.30.0100', '1', 'LT-1'],
      ['Goods 2', '8471.30.0100', '2', 'LT-2'],
      ['Goods 3', '8471.30.0100', '3', 'LT-3'],
    ]);
    expect(headerRowIndex(rows)).toBe(0);
  });

  it('numbers them the same scrolled down, where no line shares the header\'s index', () => {
    expect(headerRowIndex(ariaGridRows(grid(297, 3, true)))).toBe(0);
  });

  it('counts the header among the rows, as ARIA asks, when the groups state no count of their own', () => {
    dom.document.body.innerHTML = `<div role="grid" aria-rowcount="2001"><div role="rowgroup">${header(['Part', 'HTS'])}</div><div role="rowgroup">${line(2, [[1, 'LT-1'], [2, '8471.30.0100']])}</div></div>`;
    expect(headerRowIndex(ariaGridRows(dom.document.querySelector('[role="grid"]')!))).toBe(1);
  });
});
