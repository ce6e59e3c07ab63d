import type { SourceCell, SourceRow } from './cell-grid';
import { joinRowsByGeometry, joinRowsByIndex } from './split-rows';
import { isFilterRow } from './filter-row';
import { unmarkedHeaderRow } from './unmarked-header';
import { composedClosest, composedContains, composedParent, composedQueryAll, composedQueryAllNotInFound } from '../dom/composed-tree';
import { showsNoText } from './visibility';

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

/**
 * The elements a grid takes in by `aria-owns` (in its order), when some lie outside the grid: an
 * assistive technology reads their rows as the grid's, after its own children. DevExtreme's
 * DataGrid draws its header as a table apart, in a box above the rows view, and the rows view's
 * `role="grid"` owns both that table and its own body table. Read by the DOM alone, the grid had
 * no header and its first line of goods was taken for one. `parts` is empty when every owned
 * element lies inside the grid (Tabulator owns its own body): its DOM order is then read as it
 * always was. `stale`: an id names no element any more (see standInHeaderRows).
 */
function ownedParts(grid: Element): { parts: Element[]; stale: boolean } {
  const ids = (grid.getAttribute('aria-owns') ?? '').split(/\s+/).filter(Boolean);
  if (ids.length === 0) return { parts: [], stale: false };
  const root = grid.getRootNode() as Document | ShadowRoot;
  if (typeof root.getElementById !== 'function') return { parts: [], stale: false };
  let stale = false;
  const owned = ids.flatMap((id) => {
    const element = root.getElementById(id);
    if (!element) stale = true;
    // Never the grid itself or what holds it: that would read the grid inside itself.
    return element && element !== grid && !composedContains(element, grid) ? [element] : [];
  });
  return { parts: owned.some((element) => !composedContains(grid, element)) ? owned : [], stale };
}

/** Pixels a header cell and the cell under it may differ by in where they start. */
const ALIGN_PX = 3;
/** How far up from a grid its header drawn apart is looked for (DevExtreme's: 4 levels up). */
const MAX_STAND_IN_LEVELS = 6;

/**
 * The header rows that stand for an owned header the grid no longer finds by its id. DevExtreme
 * draws its header and body tables anew, with new ids, when it draws other columns (scrolled
 * sideways, or its box made wider to read it), and renames them in `aria-owns` only at a later
 * render: meanwhile the grid owns nothing that is there, and the lines read then had no header.
 * What the grid owned is still drawn where it was: rows of column headers in no grid, near the
 * grid (the nearest of its ancestors holding some), whose cells start where the grid's first
 * line's cells do.
 */
function standInHeaderRows(grid: Element, lines: readonly Element[]): Element[] {
  const line = lines.find((row) => !row.querySelector(HEADER_CELL_SELECTOR) && rowCells(row).length > 1);
  if (!line) return [];
  const lefts = rowCells(line).map((cell) => cell.getBoundingClientRect().left);
  let scope = composedParent(grid);
  for (let level = 0; scope && level < MAX_STAND_IN_LEVELS; level++, scope = composedParent(scope)) {
    const found = composedQueryAll(scope, ROW_SELECTOR).filter((row) => {
      if (composedContains(grid, row) || closestAbove(row, ARIA_GRID_SELECTOR) !== null) return false;
      const headers = rowCells(row).filter((cell) => cell.getAttribute('role') === 'columnheader');
      return headers.length > 1 && headers.every((cell) => lefts.some((left) => Math.abs(cell.getBoundingClientRect().left - left) <= ALIGN_PX));
    });
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * A grid's row elements in the order assistive technologies read them: its own rows not inside an
 * owned element (see ownedParts), then each owned element's rows, each once. A row inside an
 * owned element counts unless it belongs to a grid nested in that element. Drawn or not.
 */
export function rowElementsOf(grid: Element): Element[] {
  const ownRows = (part: Element) => composedQueryAll(part, ROW_SELECTOR).filter((row) => closestAbove(row, ARIA_GRID_SELECTOR) === grid);
  const { parts: owned, stale } = ownedParts(grid);
  if (owned.length === 0 && !stale) return ownRows(grid);
  const inOwned = (row: Element) => owned.some((part) => composedContains(part, row));
  const rows = ownRows(grid).filter((row) => !inOwned(row));
  const seen = new Set(rows);
  for (const part of owned) {
    for (const row of [...(part.matches(ROW_SELECTOR) ? [part] : []), ...composedQueryAll(part, ROW_SELECTOR)]) {
      const nearest = closestAbove(row, ARIA_GRID_SELECTOR);
      if (seen.has(row) || (nearest !== null && nearest !== grid && composedContains(part, nearest))) continue;
      seen.add(row);
      rows.push(row);
    }
  }
  // A header the grid owns is missing: its stand-in comes first, as the grid's header.
  if (stale && !rows.some((row) => row.querySelector(HEADER_CELL_SELECTOR))) rows.unshift(...standInHeaderRows(grid, rows));
  return rows;
}

/**
 * A row's cells as its columns: in a row of column headers, a cell that is no column header and
 * shows no words is left out. A grid that draws only the columns in view (DevExtreme) ends its
 * header row and its lines with one empty `gridcell` standing for the columns not drawn, stating
 * the `aria-colindex` of the first of them: taken for that column's header, it named the column
 * "" until scrolled to, and the column's real header was then taken for another column. Under no
 * header, the lines' spacer cells are no column's either. A header cell of a row-number column
 * is a `columnheader` (or `rowheader`), even without words, and stays.
 */
function columnCells(cells: readonly Element[]): Element[] {
  const roleOf = (cell: Element) => cell.getAttribute('role');
  if (!cells.some((cell) => roleOf(cell) === 'columnheader')) return [...cells];
  return cells.filter((cell) => roleOf(cell) === 'columnheader' || roleOf(cell) === 'rowheader' || !showsNoText(cell));
}

/** The rows and header strips of one ARIA grid (rows of grids nested in it are left to those). */
function partRows(grid: Element): { row: SourceRow; index: number | null }[] {
  const rows: { row: SourceRow; index: number | null }[] = [];
  // Web-component grids render rows and cells in shadow roots: looked for across them.
  for (const element of rowElementsOf(grid)) {
    const cellElements = columnCells(rowCells(element));
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

/** A row of two cells or more that are not all column headers: what a line of goods is made of, drawn or not. */
export function isLineRow(row: Element): boolean {
  const cells = rowCells(row);
  return cells.length >= 2 && !cells.every((cell) => cell.getAttribute('role') === 'columnheader');
}

/** How many rows the grid says it has (aria-rowcount), when it says: a virtual grid renders only some. */
export function declaredRowCount(grid: Element): number | null {
  return ariaInteger(grid, 'aria-rowcount');
}

/**
 * How many rows the grid says it has in all (see declaredRowCount), given the rows it has drawn
 * now (every row element, header rows included) and whether it draws only the rows in view (its
 * box scrolls over room for many more: rendersOnlyInView). Such a grid that says it has no more
 * rows than it drew counts the rows it drew, not its lines: Syncfusion's Grid states as
 * aria-rowcount the 32 or 48 rows it keeps drawn of 2,000, and reading stopped after the first 32.
 * That is no count at all: the grid is read to the end of its scrolling.
 */
export function wholeRowCount(grid: Element, rowsDrawn: number, drawsOnlyInView: boolean): number | null {
  const declared = declaredRowCount(grid);
  return declared !== null && drawsOnlyInView && declared <= rowsDrawn ? null : declared;
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

/** A row of the header: in a header section, or all of its cells column headers. */
function isHeaderRow(row: SourceRow): boolean {
  return row.section === 'head' || (row.cells.length > 0 && row.cells.every((cell) => cell.header));
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
    if (isHeaderRow(row)) {
      if (row.element.closest('[role="rowgroup"]')?.hasAttribute('aria-rowcount')) continue;
      last = Math.max(last, ariaInteger(row.element, 'aria-rowindex') ?? 0);
    }
  }
  return last;
}

/**
 * The header rows of a look when none of them states an aria-rowindex (0 when one does): ARIA
 * counts header rows among a grid's rows all the same, and some grids number their lines after an
 * unnumbered header (Fluent UI's DetailsList: line 1 at aria-rowindex 2, aria-rowcount 2,001 for
 * 2,000 lines). Whether they do is told by the first line (see headerRowsCounted).
 */
export function unindexedHeaderRows(rows: readonly SourceRow[]): number {
  let count = 0;
  for (const row of rows) {
    if (!isHeaderRow(row)) continue;
    if (ariaInteger(row.element, 'aria-rowindex') !== null) return 0;
    count++;
  }
  return count;
}

/**
 * The rows the grid's numbering gives its header, as one look shows it: the index of the last
 * header row (headerRowIndex), or, when its header rows state none, their count if the first line
 * shown is numbered right after them (see unindexedHeaderRows). Rows not at the grid's top say
 * nothing of it: 0.
 */
export function headerRowsCounted(rows: readonly SourceRow[]): number {
  const stated = headerRowIndex(rows);
  if (stated > 0) return stated;
  const unindexed = unindexedHeaderRows(rows);
  if (unindexed === 0) return 0;
  let first = Infinity;
  for (const row of rows) {
    if (isHeaderRow(row)) continue;
    const index = ariaInteger(row.element, 'aria-rowindex');
    if (index !== null) first = Math.min(first, index);
  }
  return first === unindexed + 1 ? unindexed : 0;
}
