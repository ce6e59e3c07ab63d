import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hiddenLineCount } from '../../../../lib/page/layout/hidden-lines';
import type { PageTable } from '../../../../lib/page/layout/page-table';
import { TimeSlicer } from '../../../../lib/page/time-slices';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * Lines an HTML table holds but hides (hidden-lines.ts): a pager that pages by hiding the other
 * pages' rows (tablesorter's add-on) whose controls were not recognised. linkedom draws nothing:
 * a row inside `style="display: none"` is taken as not drawn.
 */
let dom: LinkedomPage;

beforeEach(() => {
  dom = linkedomPage({ shown: true });
  const prototype = (dom.window as unknown as { Element: { prototype: Element } }).Element.prototype;
  prototype.checkVisibility = function (this: Element) {
    return this.isConnected && this.closest('[style*="display: none"]') === null;
  };
});
afterEach(() => dom.close());

const LINE = (n: number, hidden: boolean) => `<tr${hidden ? ' style="display: none"' : ''}><td>P-${n}</td><td>8471.30.0100</td><td>${n}</td></tr>`;

/** A table of `lines` lines, the first `shown` of them shown, as read: the shown ones in its layout. */
function pagedTable(lines: number, shown: number, extra = ''): PageTable {
  const body = Array.from({ length: lines }, (_, i) => LINE(i + 1, i >= shown)).join('');
  dom.document.body.innerHTML = `<table><thead><tr><th>Part</th><th>HTS</th><th>Qty</th></tr></thead><tbody>${body}${extra}</tbody><tfoot><tr style="display: none"><td>Total</td><td></td><td>9</td></tr></tfoot></table>`;
  const element = dom.document.querySelector('table')!;
  const rows = Array.from(element.querySelectorAll('tbody tr')).slice(0, shown);
  return { found: { element }, scrolling: false, layout: rows.map((row) => ({ element: row, cells: [] })) } as unknown as PageTable;
}

describe('the lines a table hides', () => {
  it('are counted: rows of the body not read, hidden, with cells and words', async () => {
    expect(await hiddenLineCount(pagedTable(100, 25), new TimeSlicer())).toBe(75);
  });

  it('are none when every line is shown (the footer hidden is no line)', async () => {
    expect(await hiddenLineCount(pagedTable(30, 30), new TimeSlicer())).toBe(0);
  });

  it('leave out a hidden detail row across the table and an empty template row', async () => {
    const detail = '<tr style="display: none"><td colspan="3">Shipped from Ningbo, 2 cartons</td></tr>';
    const template = '<tr style="display: none"><td></td><td> </td><td></td></tr>';
    expect(await hiddenLineCount(pagedTable(10, 10, detail + template), new TimeSlicer())).toBe(0);
  });

  it('are looked for without pausing at the rows that were read (a table read whole is passed over in one go)', async () => {
    let pauses = 0;
    const counting = { pause: async () => void pauses++ } as unknown as TimeSlicer;
    expect(await hiddenLineCount(pagedTable(2_000, 2_000), counting)).toBe(0);
    expect(pauses).toBe(0);
    expect(await hiddenLineCount(pagedTable(100, 25), counting)).toBe(75);
    expect(pauses).toBe(75);
  });

  it('are not looked for in a grid read by scrolling (its rows are drawn as it scrolls)', async () => {
    expect(await hiddenLineCount({ ...pagedTable(100, 25), scrolling: true }, new TimeSlicer())).toBe(0);
  });
});

const ARIA_LINE = (n: number, hidden: boolean) =>
  `<div role="row"${hidden ? ' hidden' : ''}><div role="gridcell">P-${n}</div><div role="gridcell">8471.30.0100</div><div role="gridcell">${n}</div></div>`;

/** An ARIA grid of divs holding `lines` lines, the first `shown` of them shown (the others `hidden`), as read. */
function pagedGrid(lines: number, shown: number, extra = ''): PageTable {
  const body = Array.from({ length: lines }, (_, i) => ARIA_LINE(i + 1, i >= shown)).join('');
  const header = '<div role="row" hidden><div role="columnheader">Part</div><div role="columnheader">HTS</div><div role="columnheader">Qty</div></div>';
  dom.document.body.innerHTML = `<div role="grid"><div role="rowgroup">${header}</div><div role="rowgroup">${body}${extra}</div></div>`;
  const element = dom.document.querySelector('[role="grid"]')!;
  const rows = Array.from(element.querySelectorAll('[role="rowgroup"]:last-child > [role="row"]')).slice(0, shown);
  return { found: { element, structure: 'aria' }, scrolling: false, layout: rows.map((row) => ({ element: row, cells: [] })) } as unknown as PageTable;
}

describe('the lines an ARIA grid hides', () => {
  // linkedom draws nothing: `hidden` is what hides a row here (isHiddenFromUser reads the attribute).
  it('are counted: its own rows not read, hidden, with two cells or more and words (a header row hidden is none)', async () => {
    expect(await hiddenLineCount(pagedGrid(100, 25), new TimeSlicer())).toBe(75);
  });

  it('leave out a hidden row of one cell, an empty template row and the rows of a grid nested in a cell', async () => {
    const detail = '<div role="row" hidden><div role="gridcell">Shipped from Ningbo, 2 cartons</div></div>';
    const template = '<div role="row" hidden><div role="gridcell"></div><div role="gridcell"> </div></div>';
    const nested = `<div role="row"><div role="gridcell">P-99</div><div role="gridcell"><div role="grid">${ARIA_LINE(1, true)}${ARIA_LINE(2, true)}</div></div></div>`;
    expect(await hiddenLineCount(pagedGrid(10, 10, detail + template + nested), new TimeSlicer())).toBe(0);
  });

  it('are not looked for in a table found by geometry (a hidden row of divs is not in its layout at all)', async () => {
    const table = pagedGrid(100, 25);
    expect(await hiddenLineCount({ ...table, found: { ...table.found, structure: 'geometry' } }, new TimeSlicer())).toBe(0);
  });
});
