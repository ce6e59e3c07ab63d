import type { SourceCell, SourceRow } from './cell-grid';
import { shownChildren } from '../dom/composed-tree';
import type { GeometryGridParts } from '../discovery/geometry-grid';
import { lineCells } from './line-cells';
import { joinRowsByGeometry } from './split-rows';
import { linesOfCells } from './aria-grid-rows';
import type { CellPlacementMemo, Span } from './placement-memo';
import { showsNoText } from './visibility';

/**
 * The rows of a grid drawn with plain elements (see geometry-grid.ts). Its header line's cells
 * are its columns, left to right; a data cell belongs to the column whose header it sits under
 * (most horizontal overlap), so a row that leaves a cell out, or a grid that draws cells in
 * another order than they are shown, is still read column by column. Without a header line,
 * cells are taken in order and the first row is the header.
 */

function spanOf(element: Element): Span | null {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 ? { left: box.left, right: box.right } : null;
}

/** A cell drawn at most a couple of pixels wide with nothing in it: a grid's spacer, no column of the catalog. */
function isSpacer(element: Element): boolean {
  return element.getBoundingClientRect().width <= 2 && showsNoText(element);
}

function overlap(a: Span, b: Span): number {
  return Math.min(a.right, b.right) - Math.max(a.left, b.left);
}

/** The header column a cell sits under, or null when it sits under none (columns of no width hold nothing). */
function columnUnder(cell: Element, columns: readonly (Span | null)[]): number | null {
  const span = spanOf(cell);
  if (!span) return null;
  let best: number | null = null;
  let most = 0;
  columns.forEach((column, i) => {
    if (!column) return;
    const shared = overlap(span, column);
    if (shared > most) [best, most] = [i, shared];
  });
  return best;
}

/** The header column of each of a row's cells: measured, or as placed at an earlier look (see placement-memo.ts). */
function columnsUnder(row: Element, cells: readonly Element[], columns: readonly (Span | null)[], memo: CellPlacementMemo | undefined): readonly (number | null)[] {
  const recalled = memo?.recall(row, cells);
  if (recalled) return recalled;
  const placed = cells.map((cell) => columnUnder(cell, columns));
  memo?.remember(row, cells, placed);
  return placed;
}

const isHeaderRow = (row: SourceRow): boolean => row.section === 'head' || (row.cells.length > 0 && row.cells.every((cell) => cell.header));

/**
 * Give the cells of rows that state no column the column of the header cell they sit under.
 * Grids that draw only the cells in view, or a line in two parts (frozen columns), leave cells
 * out of a row; counting cells from the left would then shift every value after the gap. Used
 * on virtual grids, whose rows are few at a time. Header rows keep their order; a header cell's
 * column is its place in the (last) header row.
 */
export function placeUnderHeaders(rows: SourceRow[], memo?: CellPlacementMemo): void {
  const header = [...rows].reverse().find(isHeaderRow);
  if (!header || header.cells.some((cell) => cell.column !== null || cell.colSpan !== 1)) return;
  // A header cell of no width is a spacer (w2ui's "start"): it keeps its column number, and no
  // cell is placed under it. A header with any other cell not drawn cannot place cells.
  const columns = header.cells.map((cell) => spanOf(cell.element) ?? (isSpacer(cell.element) ? null : undefined));
  if (columns.some((span) => span === undefined) || columns.filter(Boolean).length < 2) return;
  const spans = columns as (Span | null)[];
  memo?.lookUnder(spans);
  for (const row of rows) {
    if (isHeaderRow(row) || row.cells.some((cell) => cell.column !== null)) continue;
    // The body's spacer cells (a pixel wide, empty) sit under no column: left out, not placed.
    if (spans.includes(null)) row.cells = row.cells.filter((cell) => !isSpacer(cell.element));
    const placed = columnsUnder(row.element, row.cells.map((cell) => cell.element), spans, memo);
    // Two cells under one header, or one under none: this is not a line of the header's columns.
    if (placed.some((column) => column === null) || new Set(placed).size < placed.length) continue;
    row.cells.forEach((cell, i) => (cell.column = placed[i]!));
  }
}

/**
 * The lines of the row box, each with its cells: its children and theirs (a one-row table's
 * cells, for a line drawn as a table, see line-cells.ts), or, where the children
 * are the cells themselves, the cells side by side on one band of the screen (each line known by
 * its leftmost cell, which sits where the line sits; see aria-grid-rows.ts linesOfCells).
 */
function linesOf(parts: GeometryGridParts): { line: Element; elements: Element[] }[] {
  if (parts.cellsOnly) {
    const cells = [parts.rowBox, ...(parts.frozenCellBoxes ?? [])].flatMap((box) => (box.isConnected ? shownChildren(box) : []));
    // A line is known by a cell of the scrolling part: the frozen part's box scrolls with it by
    // script, and the box around a line's element is the one reading scrolls.
    return linesOfCells(cells).map((row) => ({
      line: row.cells.find((cell) => parts.rowBox.contains(cell.element))?.element ?? row.element,
      elements: row.cells.map((cell) => cell.element),
    }));
  }
  return shownChildren(parts.rowBox).map((line) => ({ line, elements: lineCells(line) }));
}

export function geometryGridRows(parts: GeometryGridParts, memo?: CellPlacementMemo): SourceRow[] {
  const rows: SourceRow[] = [];
  const headerCells = parts.headerRow ? shownChildren(parts.headerRow).filter((cell) => spanOf(cell) !== null) : [];
  const columns = headerCells.map((cell) => spanOf(cell)!);
  memo?.lookUnder(columns);
  if (parts.headerRow) {
    rows.push({
      element: parts.headerRow,
      section: 'head',
      cells: headerCells.map((element, column): SourceCell => ({ element, header: true, colSpan: 1, rowSpan: 1, column })),
    });
  }
  const body: SourceRow[] = [];
  const lines = linesOf(parts);
  // A line of one cell among lines of several heads a group of them ("Purchase order 4500012345"),
  // drawn across the grid: it spans every column, as a <td colspan> would (see table-layout.ts).
  const widest = lines.reduce((most, { elements }) => Math.max(most, elements.length), 0);
  for (const { line, elements } of lines) {
    if (elements.length === 0) continue;
    const colSpan = elements.length === 1 && widest > 2 ? widest : 1;
    const cells: SourceCell[] = [];
    const placed = columns.length > 0 ? columnsUnder(line, elements, columns, memo) : elements.map(() => null);
    elements.forEach((element, i) => {
      const column = placed[i]!;
      // A cell under no header (a drag handle, a spacer) is no catalog column.
      if (columns.length > 0 && column === null) return;
      cells.push({ element, header: false, colSpan, rowSpan: 1, column });
    });
    if (cells.length > 0) body.push({ element: line, section: 'body', cells });
  }
  // Frozen columns draw one line in two boxes; rows positioned by the grid come in any DOM order.
  return [...rows, ...joinRowsByGeometry(body)];
}
