import type { SourceCell, SourceRow } from './cell-grid';
import { joinRowsByGeometry, joinRowsByIndex } from './split-rows';
import { composedClosest, composedParent, composedQueryAll } from '../dom/composed-tree';

/** Containers ARIA gives table semantics (a `<table>` is read as HTML instead). */
export const ARIA_GRID_SELECTOR = '[role="grid"], [role="table"], [role="treegrid"]';
const ROW_SELECTOR = '[role="row"]';
const CELL_SELECTOR = '[role="gridcell"], [role="cell"], [role="columnheader"], [role="rowheader"]';
const HEADER_CELL_SELECTOR = '[role="columnheader"]';

/** A positive integer ARIA attribute (aria-colindex, aria-rowindex, aria-colspan...), or null when absent or malformed. */
export function ariaInteger(element: Element, name: string): number | null {
  const text = element.getAttribute(name);
  if (text === null || !/^\s*\d+\s*$/.test(text)) return null;
  return Number(text);
}

function cellOf(element: Element): SourceCell {
  const colIndex = ariaInteger(element, 'aria-colindex');
  return {
    element,
    header: element.getAttribute('role') === 'columnheader',
    colSpan: ariaInteger(element, 'aria-colspan') ?? 1,
    rowSpan: ariaInteger(element, 'aria-rowspan') ?? 1,
    column: colIndex !== null && colIndex >= 1 ? colIndex - 1 : null,
  };
}

function closestAbove(element: Element, selector: string): Element | null {
  const parent = composedParent(element);
  return parent ? composedClosest(parent, selector) : null;
}

/** The rows and header strips of one ARIA grid (rows of grids nested in it are left to those). */
function partRows(grid: Element): { row: SourceRow; index: number | null }[] {
  const rows: { row: SourceRow; index: number | null }[] = [];
  // Web-component grids render rows and cells in shadow roots: looked for across them.
  for (const element of composedQueryAll(grid, ROW_SELECTOR)) {
    if (closestAbove(element, ARIA_GRID_SELECTOR) !== grid) continue;
    const cells = composedQueryAll(element, CELL_SELECTOR)
      .filter((cell) => closestAbove(cell, ROW_SELECTOR) === element)
      .map(cellOf);
    rows.push({ row: { element, section: 'body', cells }, index: ariaInteger(element, 'aria-rowindex') });
  }
  // Header cells outside any row (their own header strip) come first, as the grid's header row(s).
  rows.unshift(...headerStrips(grid).map((row) => ({ row, index: 0 })));
  return rows;
}

/**
 * The rows of an ARIA grid in the order the grid declares. Grid libraries render rows and cells
 * in whatever DOM order suits their virtualisation and state the real position with
 * aria-rowindex / aria-colindex; when every row has an aria-rowindex, that order wins.
 * Rows and cells of grids nested inside this one are left to those grids.
 */
export function ariaGridRows(grid: Element, sidesBefore: readonly Element[] = [], sidesAfter: readonly Element[] = []): SourceRow[] {
  // Frozen columns drawn as grids of their own beside this one (frozen-side-tables.ts): their
  // rows are parts of this grid's lines, read in the order the parts sit on screen.
  const parts = [...sidesBefore, grid, ...sidesAfter];
  const rows = parts.flatMap((part) => partRows(part));
  // Frozen columns: one line drawn as several rows, joined back (see split-rows.ts).
  const joined = joinRowsByIndex(rows);
  if (joined.every((entry) => entry.index !== null)) {
    // Array.prototype.sort is stable: rows sharing an index keep their DOM order.
    joined.sort((a, b) => a.index! - b.index!);
    return joined.map((entry) => entry.row);
  }
  return joinRowsByGeometry(joined.map((entry) => entry.row));
}

/**
 * Column headers drawn outside any `role="row"`: some grids (RevoGrid, hand-made web components)
 * render the header as a strip of `role="columnheader"` cells in an element of its own above the
 * body, with only the body's lines as rows. Each parent of such cells is one header row (a strip
 * of column groups above the strip of columns makes two), top to bottom.
 */
function headerStrips(grid: Element): SourceRow[] {
  const strips = new Map<Element, Element[]>();
  for (const cell of composedQueryAll(grid, HEADER_CELL_SELECTOR)) {
    if (closestAbove(cell, ROW_SELECTOR) !== null || closestAbove(cell, ARIA_GRID_SELECTOR) !== grid) continue;
    const strip = composedParent(cell);
    if (!strip) continue;
    const cells = strips.get(strip);
    if (cells) cells.push(cell);
    else strips.set(strip, [cell]);
  }
  return [...strips]
    .sort(([a], [b]) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)
    .map(([element, cells]) => ({ element, section: 'head', cells: cells.map(cellOf) }));
}

/** How many rows the grid says it has (aria-rowcount), when it says: a virtual grid renders only some. */
export function declaredRowCount(grid: Element): number | null {
  return ariaInteger(grid, 'aria-rowcount');
}

/**
 * The last aria-rowindex a header row takes (0 when none states one). aria-rowcount counts
 * header rows too, so data row n has aria-rowindex n + this.
 */
export function headerRowIndex(rows: readonly SourceRow[]): number {
  let last = 0;
  for (const row of rows) {
    if (row.section === 'head' || (row.cells.length > 0 && row.cells.every((cell) => cell.header))) {
      last = Math.max(last, ariaInteger(row.element, 'aria-rowindex') ?? 0);
    }
  }
  return last;
}
