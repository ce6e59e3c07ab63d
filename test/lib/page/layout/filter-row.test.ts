import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ariaGridRows, filterRowsOf, headerRowIndex } from '../../../../lib/page/layout/aria-grid-rows';
import { filterBoxValues, isFilterRow } from '../../../../lib/page/layout/filter-row';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * A row of filter boxes under a grid's header (AG Grid's floating filters) is part of the header:
 * no line, no words for a column, and counted among the header rows when lines are numbered.
 * Before, AG Grid's filter row took the number of line 1, and line 1 was read as empty.
 */
let dom: LinkedomPage;

beforeEach(() => {
  dom = linkedomPage({ shown: true });
});
afterEach(() => dom.close());

function grid(html: string): Element {
  dom.document.body.innerHTML = `<div role="grid" aria-rowcount="4">${html}</div>`;
  return dom.document.querySelector('[role="grid"]')!;
}

const HEADER = '<div role="row" aria-rowindex="1"><div role="columnheader">Part</div><div role="columnheader">HTS</div><div role="columnheader">Origin</div></div>';
const FILTERS = '<div role="row" aria-rowindex="2"><div role="gridcell"><input></div><div role="gridcell"><input value="8471"><button></button></div><div role="gridcell"></div></div>';
const line = (index: number, cells: string[]) => `<div role="row" aria-rowindex="${index}">${cells.map((text) => `<div role="gridcell">${text}</div>`).join('')}</div>`;

describe('a row of filter boxes under the header', () => {
  it('is a header row without cells where the lines sit in a box of their own, and counts among the header rows', () => {
    const element = grid(`<div class="header">${HEADER}${FILTERS}</div><div class="body">${line(3, ['LT-1', '8471.30.0100', 'CN'])}${line(4, ['LT-2', '8517.62.0090', 'DE'])}</div>`);
    const rows = ariaGridRows(element);
    expect(rows.map((row) => [row.section, row.cells.length])).toEqual([
      ['body', 3],
      ['head', 0],
      ['body', 3],
      ['body', 3],
    ]);
    // Line 1 has aria-rowindex 3: two header rows before it.
    expect(headerRowIndex(rows)).toBe(2);
    expect(filterRowsOf(element)).toEqual([rows[1]!.element]);
  });

  it('stays a line among the lines: a blank line of an entry grid is no filter row', () => {
    const blank = '<div role="row" aria-rowindex="2"><div role="gridcell"><input></div><div role="gridcell"><input></div><div role="gridcell"><select><option value=""></option></select></div></div>';
    const element = grid(`${HEADER}${blank}${line(3, ['LT-2', '8517.62.0090', 'DE'])}`);
    expect(filterRowsOf(element)).toEqual([]);
    const rows = ariaGridRows(element);
    expect(rows.map((row) => [row.section, row.cells.length])).toEqual([
      ['body', 3],
      ['body', 3],
      ['body', 3],
    ]);
    expect(headerRowIndex(rows)).toBe(1);
  });

  it('is told by cells showing no words, most of them holding a control', () => {
    dom.document.body.innerHTML = `<div id="filters">${FILTERS}</div><div id="line">${line(3, ['LT-1', '8471.30.0100', 'CN'])}</div><div id="labelled"><div role="row"><div><input> kg</div><div><input></div><div><input></div></div></div>`;
    const cellsOf = (id: string) => Array.from(dom.document.querySelectorAll(`#${id} [role="row"] > div`));
    expect(isFilterRow(cellsOf('filters'))).toBe(true);
    expect(isFilterRow(cellsOf('line'))).toBe(false);
    expect(isFilterRow(cellsOf('labelled'))).toBe(false);
  });

  it('is told so with lists to filter by: their options are the lists\' words, not the cells\'', () => {
    const list = '<select><option value="">All</option><option value="CN">China</option></select>';
    dom.document.body.innerHTML = `<div id="lists"><div role="row"><div><input></div><div>${list}</div><div><input></div></div></div><div id="entry"><div role="row"><div>Origin ${list}</div><div><input></div><div><input></div></div></div>`;
    const cellsOf = (id: string) => Array.from(dom.document.querySelectorAll(`#${id} [role="row"] > div`));
    expect(isFilterRow(cellsOf('lists'))).toBe(true);
    // A line of an entry form shows its labels beside the lists: not a filter row.
    expect(isFilterRow(cellsOf('entry'))).toBe(false);
  });

  it('gives what its boxes hold, for the words a filtered grid is filtered by', () => {
    dom.document.body.innerHTML = `<div id="filters">${FILTERS}</div><div id="empty"><div role="row"><div><input></div><div><input type="checkbox" value="on"></div></div></div>`;
    expect(filterBoxValues([dom.document.querySelector('#filters [role="row"]')!])).toEqual(['8471']);
    expect(filterBoxValues([dom.document.querySelector('#empty [role="row"]')!])).toEqual([]);
  });
});
