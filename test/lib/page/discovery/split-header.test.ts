import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FoundTable } from '../../../../lib/page/discovery/discover-tables';
import { joinSplitHeaders } from '../../../../lib/page/discovery/split-header';
import { placeCells } from '../../../../lib/page/layout/cell-grid';
import { sourceRowsOf } from '../../../../lib/page/layout/grid-snapshot';
import { layoutTable, rowTexts } from '../../../../lib/page/layout/table-layout';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * A header drawn as a table of its own over the body's table (split-header.ts), as jsGrid draws
 * it: the header row, a row of filter boxes under it, and a row for a new line it keeps hidden
 * until asked for. Before: three rows were more than a strip's two, so the body was read alone and
 * its first line taken for its header; joined, the hidden row, the bottom-most of the header, hid
 * every column. linkedom draws nothing: boxes come from `data-box`, a row inside
 * `style="display: none"` is not drawn, and tables get the `rows`, `cells` and spans browsers give them.
 */
let dom: LinkedomPage;

beforeEach(() => {
  dom = linkedomPage({ shown: true, boxesFromDataBox: true });
  const window = dom.window as unknown as Record<string, { prototype: object }>;
  const element = window.Element!.prototype as Element;
  element.checkVisibility = function (this: Element) {
    return this.isConnected && this.closest('[style*="display: none"]') === null;
  };
  const rowsOf = (table: Element) => Array.from(table.children).flatMap((child) => (child.localName === 'tr' ? [child] : Array.from(child.children).filter((row) => row.localName === 'tr')));
  for (const name of ['HTMLTableElement', 'HTMLElement']) {
    const prototype = window[name]?.prototype;
    if (!prototype || Object.getOwnPropertyDescriptor(prototype, 'rows')) continue;
    Object.defineProperty(prototype, 'rows', { configurable: true, get(this: Element) { return this.localName === 'table' ? rowsOf(this) : undefined; } });
    Object.defineProperty(prototype, 'cells', { configurable: true, get(this: Element) { return this.localName === 'tr' ? Array.from(this.children).filter((cell) => cell.localName === 'td' || cell.localName === 'th') : undefined; } });
    for (const [property, attribute] of [['colSpan', 'colspan'], ['rowSpan', 'rowspan']] as const) {
      Object.defineProperty(prototype, property, { configurable: true, get(this: Element) { return Number(this.getAttribute(attribute) ?? 1); } });
    }
    Object.defineProperty(prototype, 'tHead', { configurable: true, get(this: Element) { return this.localName === 'table' ? (Array.from(this.children).find((child) => child.localName === 'thead') ?? null) : undefined; } });
  }
});
afterEach(() => dom.close());

const HEADERS = ['Part Number', 'HTS Code', 'Quantity'];
const box = (left: number, top: number, width: number, height: number) => `data-box="${left} ${top} ${width} ${height}"`;

/** jsGrid's two tables: the header's (header row, `rows` below it) over the body's of two lines. */
function splitTables(rowsUnderHeader: string): FoundTable[] {
  const headerRow = `<tr ${box(0, 0, 300, 30)}>${HEADERS.map((text, i) => `<th ${box(i * 100, 0, 100, 30)}>${text}</th>`).join('')}</tr>`;
  const lines = [['P-1', '8471.30.0100', '4'], ['P-2', '8471.41.0150', '7']]
    .map((cells, row) => `<tr ${box(0, 60 + row * 30, 300, 30)}>${cells.map((text, i) => `<td ${box(i * 100, 60 + row * 30, 100, 30)}>${text}</td>`).join('')}</tr>`)
    .join('');
  dom.document.body.innerHTML = `<div><table id="head" ${box(0, 0, 300, 60)}>${headerRow}${rowsUnderHeader}</table></div><div><table id="body" ${box(0, 60, 300, 60)}><tbody>${lines}</tbody></table></div>`;
  return ['head', 'body'].map((id) => ({ element: dom.document.getElementById(id)!, structure: 'html' }) as unknown as FoundTable);
}

const FILTER_ROW = `<tr ${box(0, 30, 300, 30)}>${HEADERS.map((_, i) => `<td ${box(i * 100, 30, 100, 30)}><input type="text"></td>`).join('')}</tr>`;
const HIDDEN_INSERT_ROW = `<tr style="display: none">${HEADERS.map(() => '<td><input type="text"></td>').join('')}</tr>`;

function read(found: FoundTable) {
  const layout = layoutTable(placeCells(sourceRowsOf(found)), found.element);
  return { headers: layout.headers, rows: layout.rows.map((row) => rowTexts(row)) };
}

describe('a header table with a filter row and a hidden row under its header row', () => {
  it('is the header of the table under it: one table, its columns named, every line a line', () => {
    const joined = joinSplitHeaders(splitTables(FILTER_ROW + HIDDEN_INSERT_ROW));
    expect(joined).toHaveLength(1);
    expect(joined[0]!.headerTable?.id).toBe('head');
    expect(read(joined[0]!)).toEqual({ headers: HEADERS, rows: [['P-1', '8471.30.0100', '4'], ['P-2', '8471.41.0150', '7']] });
  });

  it('is no header strip when it draws more rows of words than a strip has (a table of its own)', () => {
    const words = (top: number) => `<tr ${box(0, top, 300, 30)}>${HEADERS.map((_, i) => `<td ${box(i * 100, top, 100, 30)}>X-${top}</td>`).join('')}</tr>`;
    expect(joinSplitHeaders(splitTables(words(30) + words(60) + HIDDEN_INSERT_ROW))).toHaveLength(2);
  });
});

/**
 * jQuery EasyUI's datagrid: the frozen columns in a view of their own left of the scrolling one,
 * each view a header table over a body table; the frozen header's words are the row numbers'
 * empty corner, "Line" and "Part Number" (one catalog field: too few to prove a strip alone).
 */
function easyUiViews(): FoundTable[] {
  const row = (top: number, left: number, texts: string[], cell = 'td') => `<tr ${box(left, top, texts.length * 100, 30)}>${texts.map((text, i) => `<${cell} ${box(left + i * 100, top, 100, 30)}>${text}</${cell}>`).join('')}</tr>`;
  const table = (id: string, left: number, top: number, rows: string[][]) => `<table id="${id}" ${box(left, top, rows[0]!.length * 100, rows.length * 30)}><tbody>${rows.map((texts, i) => row(top + i * 30, left, texts)).join('')}</tbody></table>`;
  const lines = [['1', '1', 'LT-00001', 'Wi-Fi routers', '8517.62.0090', '47'], ['2', '2', 'LT-00002', 'Microwave ovens', '8516.60.4060', '84']];
  dom.document.body.innerHTML = `<div class="datagrid-view">
    <div class="datagrid-view1"><div>${table('frozen-head', 0, 0, [['', 'Line', 'Part Number']])}</div><div>${table('frozen-body', 0, 30, lines.map((line) => line.slice(0, 3)))}</div></div>
    <div class="datagrid-view2"><div>${table('main-head', 300, 0, [['Description', 'HTS Code', 'Quantity']])}</div><div>${table('main-body', 300, 30, lines.map((line) => line.slice(3)))}</div></div></div>`;
  return ['frozen-head', 'frozen-body', 'main-head', 'main-body'].map((id) => ({ element: dom.document.getElementById(id)!, structure: 'html' }) as unknown as FoundTable);
}

describe('a frozen part\'s header table, in line with the main header table', () => {
  it('is the header of the frozen body under it, though it names one catalog field', () => {
    const joined = joinSplitHeaders(easyUiViews());
    expect(joined.map((table) => [table.element.id, table.headerTable?.id])).toEqual([['frozen-body', 'frozen-head'], ['main-body', 'main-head']]);
  });

  it('heads the frozen columns read with the main ones, the row numbers\' empty corner a column of its own', () => {
    const [frozen, main] = joinSplitHeaders(easyUiViews());
    const grid = { ...main!, sidesBefore: [frozen!.element], sideHeaderTables: new Map([[frozen!.element, frozen!.headerTable!]]) } as FoundTable;
    expect(read(grid)).toEqual({
      headers: ['', 'Line', 'Part Number', 'Description', 'HTS Code', 'Quantity'],
      rows: [['1', '1', 'LT-00001', 'Wi-Fi routers', '8517.62.0090', '47'], ['2', '2', 'LT-00002', 'Microwave ovens', '8516.60.4060', '84']],
    });
  });
});
