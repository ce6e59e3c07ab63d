import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FoundTable } from '../../../../lib/page/discovery/discover-tables';
import { snapshotGrid } from '../../../../lib/page/layout/grid-snapshot';
import { cellValueText } from '../../../../lib/page/layout/table-layout';
import { GridCollector } from '../../../../lib/page/virtual-scroll/grid-collector';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * A grid drawn as DevExtreme's DataGrid draws it: the header a table of its own in a box above the
 * rows view, both tables `role="presentation"`, and the rows view's `role="grid"` taking in the
 * header table and its own body table by `aria-owns`. Only the columns in view are drawn: the
 * header row and each line end with an empty `gridcell` standing for the columns not drawn, with
 * the `aria-colindex` of the first of them. Before: no header at all (the header table lies outside
 * the grid), the first line of goods taken for it; and once the header was read, the spacer named
 * the last column "" until scrolled to. DevExtreme also draws both tables anew for other columns
 * and renames them in aria-owns only later: meanwhile the header drawn in the old one's place is it.
 */
let dom: LinkedomPage;

beforeEach(() => {
  dom = linkedomPage({ shown: true, boxesFromDataBox: true });
});
afterEach(() => dom.close());

const box = (left: number, top: number, width: number, height: number) => `data-box="${left} ${top} ${width} ${height}"`;
const HEADERS = ['Line', 'Part Number', 'Description', 'Net Weight (kg)'];
const WIDTHS = [70, 120, 430, 150];
const LEFTS = [0, 70, 190, 620];

/** The grid scrolled to its left edge (the last column not drawn: a spacer in its place) or to its right one. */
function devExtremeLike(scrolledRight: boolean, owns = 'head body'): FoundTable {
  const drawn = scrolledRight ? [0, 1, 2, 3] : [0, 1, 2];
  const spacer = (top: number, role: string) => (scrolledRight ? '' : `<td role="${role}" aria-colindex="4" ${box(620, top, 300, 34)}></td>`);
  const header = `<tr role="row" ${box(0, 0, 920, 34)}>${drawn
    .map((c) => `<td role="columnheader" aria-colindex="${c + 1}" ${box(LEFTS[c]!, 0, WIDTHS[c]!, 34)}><div>${HEADERS[c]}</div></td>`)
    .join('')}${spacer(0, 'gridcell')}</tr>`;
  const line = (n: number) => {
    const top = 34 * n;
    const texts = [String(n), `LT-${n}`, `Goods ${n}`, `${n}.5`];
    return `<tr role="row" aria-rowindex="${n}" ${box(0, top, 920, 34)}>${drawn
      .map((c) => `<td role="gridcell" aria-colindex="${c + 1}" ${box(LEFTS[c]!, top, WIDTHS[c]!, 34)}>${texts[c]}</td>`)
      .join('')}${spacer(top, 'gridcell')}</tr>`;
  };
  dom.document.body.innerHTML = `<div class="grid">
    <div class="headers"><table id="head" role="presentation"><tbody role="presentation">${header}</tbody></table></div>
    <div class="rowsview"><div class="content" role="grid" aria-owns="${owns}">
      <table id="body" role="presentation"><tbody role="presentation">${line(1)}${line(2)}</tbody></table>
    </div></div>
  </div>`;
  return { element: dom.document.querySelector('[role="grid"]')!, structure: 'aria', inFrame: false };
}

describe('a grid that owns its header table by aria-owns, drawing only the columns in view', () => {
  it('reads the owned header table as its header, and no spacer cell as a column', () => {
    const snapshot = snapshotGrid(devExtremeLike(false), null);
    expect([...snapshot.headers].map(([column, header]) => [column, header.text])).toEqual([
      [0, 'Line'],
      [1, 'Part Number'],
      [2, 'Description'],
    ]);
    expect(snapshot.rows.map((row) => [row.number, [...row.cells].map(([column, cell]) => [column, cellValueText(cell, row)])])).toEqual([
      [1, [[0, '1'], [1, 'LT-1'], [2, 'Goods 1']]],
      [2, [[0, '2'], [1, 'LT-2'], [2, 'Goods 2']]],
    ]);
  });

  it('is collected whole over a sideways scroll: the last column by its own header', () => {
    const collector = new GridCollector(null, null);
    collector.collect(snapshotGrid(devExtremeLike(false), null), true);
    collector.collect(snapshotGrid(devExtremeLike(true), null), true);
    expect([...collector.headers].sort((a, b) => a[0] - b[0]).map(([, text]) => text)).toEqual(HEADERS);
    expect(collector.rows(2)).toEqual([
      ['1', 'LT-1', 'Goods 1', '1.5'],
      ['2', 'LT-2', 'Goods 2', '2.5'],
    ]);
  });

  it('reads the header drawn where the owned one was while aria-owns still names tables drawn over since', () => {
    // DevExtreme draws both tables anew (new ids) for other columns, and renames them in aria-owns at a later render.
    const collector = new GridCollector(null, null);
    collector.collect(snapshotGrid(devExtremeLike(false, 'dx-old-head dx-old-body'), null), true);
    collector.collect(snapshotGrid(devExtremeLike(true, 'dx-old-head dx-old-body'), null), true);
    expect([...collector.headers].sort((a, b) => a[0] - b[0]).map(([, text]) => text)).toEqual(HEADERS);
    expect(collector.rows(2)).toEqual([
      ['1', 'LT-1', 'Goods 1', '1.5'],
      ['2', 'LT-2', 'Goods 2', '2.5'],
    ]);
  });

  it('leaves a grid that owns only elements inside it read in its own order', () => {
    dom.document.body.innerHTML = `<div role="grid" aria-owns="lines">
      <div role="row" ${box(0, 0, 200, 30)}><div role="columnheader" ${box(0, 0, 100, 30)}>Part Number</div><div role="columnheader" ${box(100, 0, 100, 30)}>Quantity</div></div>
      <div id="lines"><div role="row" ${box(0, 30, 200, 30)}><div role="gridcell" ${box(0, 30, 100, 30)}>LT-1</div><div role="gridcell" ${box(100, 30, 100, 30)}>40</div></div></div>
    </div>`;
    const snapshot = snapshotGrid({ element: dom.document.querySelector('[role="grid"]')!, structure: 'aria', inFrame: false }, null);
    expect([...snapshot.headers.values()].map((header) => header.text)).toEqual(['Part Number', 'Quantity']);
    expect(snapshot.rows.map((row) => [...row.cells.values()].map((cell) => cellValueText(cell, row)))).toEqual([['LT-1', '40']]);
  });
});
