import type { SourceCell, SourceRow } from './cell-grid';
import { joinRowsByGeometry, joinRowsByIndex } from './split-rows';
import { isFilterRow } from './filter-row';
import { unmarkedHeaderRow } from './unmarked-header';
import { composedClosest, composedParent, composedQueryAll, composedQueryAllNotInFound } from '../dom/composed-tree';

/** Containers ARIA gives table semantics (a `<table>` is read as HTML instead). */
export const ARIA_GRID_SELECTOR = '[role="grid"], [role="table"], [role="treegrid"]';
const ROW_SELECTOR = '[role="row"]';
const CELL_SELECTOR = '[role="gridcell"], [role="cell"], [role="columnheader"], [role="rowheader"]';
const HEADER_CELL_SELECTOR = '[role="columnheader"]';
const ROW_OR_CELL_SELECTOR = `${ROW_SELECTOR}, ${CELL_SELECTOR}`;

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
    const cellElements = rowCells(element);
    if (holdsSeveralLines(element, cellElements)) {
      rows.push(...linesOfCells(cellElements).map((row) => ({ row, index: null })));
      continue;
    }
    rows.push({ row: { element, section: 'body', cells: cellElements.map(cellOf) }, index: ariaInteger(element, 'aria-rowindex') });
  }
  markFilterRows(rows);
  if (rows.length === 0) rows.push(...cellLines(grid).map((row) => ({ row, index: lineIndex(row) })));
  // Header cells outside any row (their own header strip) come first, as the grid's header row(s).
  const strips = headerStrips(grid);
  rows.unshift(...strips.map((row) => ({ row, index: 0 })));
  if (strips.length === 0 && !rows.some(({ row }) => row.cells.some((cell) => cell.header))) {
    const firstLine = rows.find(({ row }) => row.cells.length > 1)?.row;
    const header = firstLine ? unmarkedHeaderRow(grid, firstLine, CELL_SELECTOR) : null;
    if (header) rows.unshift({ row: header, index: 0 });
  }
  return rows;
}

/**
 * A row of filter boxes drawn with the header rows, in their box, before the first line (see
 * filter-row.ts): a header row without words. Read as a line, it took the number of the first
 * line (AG Grid numbers it among its header rows), which was then read as empty. Only where the
 * lines sit in a box apart from the header's: among the lines, a row of empty boxes is a blank
 * line of an entry grid, there to be filled in.
 */
function markFilterRows(rows: { row: SourceRow; index: number | null }[]): void {
  let header: Element | null = null;
  const filters: { row: SourceRow }[] = [];
  for (const entry of rows) {
    const { row } = entry;
    if (row.cells.length > 0 && row.cells.every((cell) => cell.header)) header = row.element;
    else if (header && composedParent(row.element) === composedParent(header) && isFilterRow(row.cells.map((cell) => cell.element))) filters.push(entry);
    else {
      if (header && composedParent(row.element) !== composedParent(header)) for (const filter of filters) filter.row = { element: filter.row.element, section: 'head', cells: [] };
      return;
    }
  }
}

/**
 * The aria-rowindex every cell of a line drawn cell by cell states (Webix's DataTable draws its
 * body column by column, each cell stating its line), or null when they do not all state one.
 */
function lineIndex(line: SourceRow): number | null {
  const index = ariaInteger(line.cells[0]!.element, 'aria-rowindex');
  return index !== null && line.cells.every((cell) => ariaInteger(cell.element, 'aria-rowindex') === index) ? index : null;
}

/** Pixels two cells of one line may differ by in where they sit (sub-pixel layout). */
const SAME_LINE_PX = 1.5;

/**
 * A "row" that is no line: react-virtualized's Grid marks the one box holding all its cells
 * role="row", whatever number of lines they make. A line's box is about as tall as its cells; a
 * box several cells tall whose first and last cells do not overlap on screen holds several lines.
 * Measured on the first and last cells only: a line's cells are many, and real rows must stay cheap.
 */
function holdsSeveralLines(row: Element, cells: readonly Element[]): boolean {
  if (cells.length < 2) return false;
  const first = cells[0]!.getBoundingClientRect();
  if (first.height <= 0 || row.getBoundingClientRect().height < 2 * first.height) return false;
  const last = cells[cells.length - 1]!.getBoundingClientRect();
  return last.top >= first.bottom - SAME_LINE_PX || first.top >= last.bottom - SAME_LINE_PX;
}

/**
 * The lines of a grid drawn cell by cell: some grids (react-virtualized's Grid and MultiGrid, grids
 * built like them) put every cell straight into the scrolled box, absolutely positioned, with no
 * row element of their own (or one box for all, see holdsSeveralLines). What makes a line is what
 * the user sees: cells side by side on one band of the screen, overlapping from top to bottom.
 * Each line's element is its leftmost cell: it sits where the line sits, so rows are followed by
 * their place in the content as any row the grid positions itself (split-rows.ts).
 */
export function linesOfCells(elements: readonly Element[]): SourceRow[] {
  const cells = elements
    .map((element) => ({ element, box: element.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && box.height > 0)
    .sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left);
  const lines: { bottom: number; cells: typeof cells }[] = [];
  for (const cell of cells) {
    const line = lines[lines.length - 1];
    if (line && cell.box.top < line.bottom - SAME_LINE_PX) {
      line.cells.push(cell);
      line.bottom = Math.min(line.bottom, cell.box.bottom);
    } else lines.push({ bottom: cell.box.bottom, cells: [cell] });
  }
  return lines.map((line) => {
    line.cells.sort((a, b) => a.box.left - b.box.left);
    return { element: line.cells[0]!.element, section: 'body', cells: line.cells.map(({ element }) => cellOf(element)) };
  });
}

/** The lines of the cells of a grid that sit in no row at all (see linesOfCells). */
function cellLines(grid: Element): SourceRow[] {
  return linesOfCells(composedQueryAll(grid, DATA_CELL_SELECTOR).filter((cell) => closestAbove(cell, ROW_SELECTOR) === null && closestAbove(cell, ARIA_GRID_SELECTOR) === grid));
}

/** Cells of a line of goods (a header strip's role="columnheader" cells are read by headerStrips). */
const DATA_CELL_SELECTOR = '[role="gridcell"], [role="cell"], [role="rowheader"]';

/** A row's own cells (not those of a grid nested in it). */
function rowCells(row: Element): Element[] {
  // A cell inside a cell of the row is part of it, not a cell of its own: UI-Grid's header cell
  // holds a second columnheader (the one its sort state names), and read as two, every column had
  // an empty header beside it.
  return composedQueryAllNotInFound(row, CELL_SELECTOR).filter((cell) => closestAbove(cell, ROW_OR_CELL_SELECTOR) === row);
}

/**
 * The rows of filter boxes under an ARIA grid's header (see markFilterRows). Only the rows up to
 * the first line are looked into: that is where they sit, and the cells of a grid drawing all its
 * lines are not looked up again.
 */
export function filterRowsOf(grid: Element): Element[] {
  const rows: { row: SourceRow; index: number | null }[] = [];
  for (const element of composedQueryAll(grid, ROW_SELECTOR)) {
    if (closestAbove(element, ARIA_GRID_SELECTOR) !== grid) continue;
    const cells = rowCells(element).map(cellOf);
    rows.push({ row: { element, section: 'body', cells }, index: null });
    const header = cells.length > 0 && cells.every((cell) => cell.header);
    if (!header && !isFilterRow(cells.map((cell) => cell.element))) break;
  }
  markFilterRows(rows);
  return rows.flatMap(({ row }) => (row.section === 'head' && row.cells.length === 0 ? [row.element] : []));
}

/** The lines of one ARIA grid as it shows them now, header strips first (not joined with any other part). */
export function gridLines(grid: Element): SourceRow[] {
  return partRows(grid).map((entry) => entry.row);
}

/**
 * The lines of a grid that holds only its header: a strip drawn as a grid of its own above the body
 * grid (react-virtualized MultiGrid's fixed top row, see split-header.ts), its cells marked up as
 * any cell. Read as header rows of the body.
 */
export function headerGridRows(header: Element): SourceRow[] {
  const rows = partRows(header).map((entry) => entry.row);
  return rows.map((row) => ({ ...row, section: 'head', cells: row.cells.map((cell) => ({ ...cell, header: true })) }));
}

/**
 * The rows of an ARIA grid in the order the grid declares. Grid libraries render rows and cells
 * in whatever DOM order suits their virtualisation and state the real position with
 * aria-rowindex / aria-colindex; when every row has an aria-rowindex, that order wins.
 * Rows and cells of grids nested inside this one are left to those grids.
 */
export function ariaGridRows(grid: Element, sidesBefore: readonly Element[] = [], sidesAfter: readonly Element[] = [], headerGrids: readonly Element[] = []): SourceRow[] {
  // Frozen columns drawn as grids of their own beside this one (frozen-side-tables.ts): their
  // rows are parts of this grid's lines, read in the order the parts sit on screen.
  const parts = [...sidesBefore, grid, ...sidesAfter];
  // Header strips drawn as grids of their own (split-header.ts) come first, joined by geometry as
  // the body's lines are: a frozen part's header beside the scrolling part's.
  const rows = [...headerGrids.flatMap((header) => headerGridRows(header).map((row) => ({ row, index: null }))), ...parts.flatMap((part) => partRows(part))];
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
 * How many of `rows` are a library's own rows (`isOwn`: pinned totals, AG Grid's floating rows)
 * that state an aria-rowindex past the header's: aria-rowcount counts them too, yet they are no
 * catalog lines. Such rows are drawn wherever the grid is scrolled, so one look counts them all.
 */
export function ownRowsCounted(rows: readonly Element[], isOwn: (row: Element) => boolean, headerIndex: number): number {
  let count = 0;
  for (const row of rows) if (isOwn(row) && (ariaInteger(row, 'aria-rowindex') ?? 0) > headerIndex) count++;
  return count;
}

/**
 * The last aria-rowindex a header row takes (0 when none states one). aria-rowcount counts
 * header rows too, so data row n has aria-rowindex n + this. Not a header row in a row group that
 * states a row count of its own: such a grid numbers each group apart, from 1 (DHTMLX's header
 * group says `aria-rowcount="1"`, its lines' group and the grid the lines' count), and its lines'
 * numbers are theirs.
 */
export function headerRowIndex(rows: readonly SourceRow[]): number {
  let last = 0;
  for (const row of rows) {
    if (row.section === 'head' || (row.cells.length > 0 && row.cells.every((cell) => cell.header))) {
      if (row.element.closest('[role="rowgroup"]')?.hasAttribute('aria-rowcount')) continue;
      last = Math.max(last, ariaInteger(row.element, 'aria-rowindex') ?? 0);
    }
  }
  return last;
}
