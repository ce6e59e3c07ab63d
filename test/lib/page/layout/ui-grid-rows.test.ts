import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ariaGridRows } from '../../../../lib/page/layout/aria-grid-rows';
import { drawnBox } from '../../../../lib/page/layout/row-box';
import { readCell } from '../../../../lib/page/layout/visible-text';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * AngularJS UI-Grid as portals still run it, with two columns pinned: a pinned container and a
 * body container, each with its own header row and its own lines. Each header cell holds a second
 * columnheader named (aria-labelledby) by the title inside it; each line's `role="row"` has no
 * height, its cells floating in it; nothing states an index. Before: 24 headers for 12 columns,
 * half of them empty (the inner cell counted, the title left out as a control's label), and no
 * line at all (each half-line of no height taken for a sizing row, never joined to its other half).
 */
let dom: LinkedomPage;

beforeEach(() => {
  dom = linkedomPage({ shown: true, boxesFromDataBox: true });
});
afterEach(() => dom.close());

const box = (left: number, top: number, width: number, height: number) => `data-box="${left} ${top} ${width} ${height}"`;

function header(columns: [string, number][], id: string): string {
  return `<div role="rowgroup"><div role="row" ${box(columns[0]![1], 0, 100 * columns.length, 30)}>${columns
    .map(([title, left], i) => `<div role="columnheader" ${box(left, 0, 100, 30)}><div role="columnheader" aria-labelledby="${id}${i}-title ${id}${i}-sort"><div role="button"><span id="${id}${i}-title">${title}</span><span id="${id}${i}-sort" style="display:none"></span></div></div></div>`)
    .join('')}</div></div>`;
}

function lines(cells: (line: number) => [string, number][]): string {
  return `<div role="rowgroup">${[1, 2]
    .map((line) => `<div role="row" ${box(cells(line)[0]![1], 30 * line, 100 * cells(line).length, 0)}>${cells(line).map(([text, left]) => `<div role="gridcell" ${box(left, 30 * line, 100, 30)}>${text}</div>`).join('')}</div>`)
    .join('')}</div>`;
}

function uiGrid(): Element {
  dom.document.body.innerHTML = `<div role="grid">
    <div class="pinned">${header([['Line', 0], ['Part Number', 100]], 'p')}${lines((n) => [[String(n), 0], [`LT-${n}`, 100]])}</div>
    <div class="body">${header([['Description', 200], ['HTS Code', 300]], 'b')}${lines((n) => [[`Goods ${n}`, 200], ['8471.30.0100', 300]])}</div>
  </div>`;
  return dom.document.querySelector('[role="grid"]')!;
}

describe('UI-Grid: nested header cells, lines of no height', () => {
  it('reads one header cell a column, by its title, and each line whole, its halves joined where they sit', () => {
    const rows = ariaGridRows(uiGrid());
    expect(rows.map((row) => row.cells.map((cell) => readCell(cell.element).text))).toEqual([
      ['Line', 'Part Number', 'Description', 'HTS Code'],
      ['1', 'LT-1', 'Goods 1', '8471.30.0100'],
      ['2', 'LT-2', 'Goods 2', '8471.30.0100'],
    ]);
  });

  it('measures a line of no height by the box around its cells, and a sizing row of no height as one', () => {
    uiGrid();
    const line = dom.document.querySelector('.body [role="gridcell"]')!.parentElement!;
    expect(drawnBox(line)).toMatchObject({ top: 30, height: 30, left: 200, width: 200 });
    dom.document.body.innerHTML = `<div role="row" ${box(0, 0, 400, 0)}><div role="gridcell" ${box(0, 0, 200, 0)}></div><div role="gridcell" ${box(200, 0, 200, 0)}></div></div>`;
    expect(drawnBox(dom.document.querySelector('[role="row"]')!).height).toBe(0);
  });

  it('still leaves out the words that name a control: a select named by a label in its cell', () => {
    dom.document.body.innerHTML = '<div role="gridcell"><span id="origin-label">Origin</span><div role="combobox" aria-labelledby="origin-label origin-value"><span id="origin-value">DE</span></div></div>';
    expect(readCell(dom.document.querySelector('[role="gridcell"]')!).text).toBe('DE');
  });
});
