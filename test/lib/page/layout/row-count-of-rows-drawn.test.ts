import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FoundTable } from '../../../../lib/page/discovery/discover-tables';
import { readPageTable } from '../../../../lib/page/layout/page-table';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * A grid drawn as Syncfusion's Grid draws it: `role="grid"` around a header table and a box that
 * scrolls the lines over a spacer as tall as all 2,000 of them, only the lines near the view drawn
 * (`aria-rowindex` from 1), and `aria-rowcount` saying how many rows it has drawn now (here 3),
 * not how many it has. Before, that count was taken for the grid's: reading stopped after the
 * rows first drawn, 32 of 2,000, and said it had read them all.
 */
let dom: LinkedomPage;

beforeEach(() => {
  dom = linkedomPage({ shown: true, boxesFromDataBox: true });
  // The lines' box scrolls them (overflow-y: scroll), as tall as 2,000 lines of 35 px.
  const shown = dom.window.getComputedStyle;
  (dom.window as unknown as { getComputedStyle: (element: Element) => Partial<CSSStyleDeclaration> }).getComputedStyle = (element: Element) =>
    element.classList.contains('e-content') ? { ...shown(element), overflowX: 'hidden', overflowY: 'scroll' } : shown(element);
});
afterEach(() => dom.close());

const box = (left: number, top: number, width: number, height: number) => `data-box="${left} ${top} ${width} ${height}"`;

/** The grid with `drawn` lines drawn from line 1, stating `rowCount`, in a box scrolling `scrollHeight` px. */
function syncfusionLike(drawn: number, rowCount: number, scrollHeight: number): FoundTable {
  const line = (n: number) => {
    const top = 34 + 35 * (n - 1);
    return `<tr role="row" class="e-row" aria-rowindex="${n}" ${box(0, top, 760, 35)}>
      <td role="gridcell" aria-colindex="1" ${box(0, top, 70, 35)}>${n}</td>
      <td role="gridcell" aria-colindex="2" ${box(70, top, 120, 35)}>LT-${n}</td>
      <td role="gridcell" aria-colindex="3" ${box(190, top, 430, 35)}>Goods ${n}</td></tr>`;
  };
  dom.document.body.innerHTML = `<div id="grid" class="e-grid" role="grid" aria-colcount="3" aria-rowcount="${rowCount}">
    <div class="e-gridheader"><div class="e-headercontent"><table role="presentation"><thead role="rowgroup">
      <tr role="row" class="e-columnheader" ${box(0, 0, 760, 34)}>
        <th role="columnheader" aria-colindex="1" ${box(0, 0, 70, 34)}>Line</th>
        <th role="columnheader" aria-colindex="2" ${box(70, 0, 120, 34)}>Part Number</th>
        <th role="columnheader" aria-colindex="3" ${box(190, 0, 430, 34)}>Description</th></tr>
    </thead></table></div></div>
    <div class="e-gridcontent"><div class="e-content" ${box(0, 34, 760, 560)}>
      <div class="e-virtualtable"><table role="presentation"><tbody role="rowgroup">${Array.from({ length: drawn }, (_, i) => line(i + 1)).join('')}</tbody></table></div>
      <div class="e-virtualtrack"></div>
    </div></div>
  </div>`;
  const content = dom.document.querySelector('.e-content')!;
  Object.defineProperties(content, { scrollHeight: { value: scrollHeight }, clientHeight: { value: 560 } });
  return { element: dom.document.querySelector('[role="grid"]')!, structure: 'aria', inFrame: false };
}

describe('a grid whose aria-rowcount counts the rows it has drawn', () => {
  it('says nothing of how many rows it has when it draws only the rows in view: read to the end of its scrolling', () => {
    const table = readPageTable(syncfusionLike(3, 3, 70_000));
    expect(table.rows.map((row) => row[1])).toEqual(['LT-1', 'LT-2', 'LT-3']);
    expect(table.scrolling).toBe(true);
    expect(table.rowsExpected).toBeNull();
  });

  it('is counted as the grid says when the count is more than the rows drawn', () => {
    const table = readPageTable(syncfusionLike(3, 2_000, 70_000));
    expect(table.scrolling).toBe(true);
    expect(table.rowsExpected).toBe(2_000);
  });

  it('is counted as the grid says when it draws every row it has (no room for more)', () => {
    const table = readPageTable(syncfusionLike(3, 3, 560));
    expect(table.scrolling).toBe(false);
    expect(table.rowsExpected).toBe(3);
  });
});
