import type { SourceRow } from './cell-grid';
import { composedParent } from '../dom/composed-tree';
import { drawnBox } from './row-box';

/**
 * Grids with frozen (pinned) columns draw each line twice or three times: the frozen cells in a
 * box of their own that does not scroll sideways, the others in the scrolling box. Read as they
 * come, one catalog line becomes two half-rows. The halves are joined back into one row, by the
 * row index the grid states (aria-rowindex) where it states one, else by geometry: parts that sit
 * on the same line of the screen (same top and height), each in a box of its own.
 */

/** Past this many rows, a grid is a long plain table, not a frozen-column grid, and geometry would cost too much. */
const MAX_ROWS_TO_MEASURE = 3_000;
/** Pixels two parts of one line may differ by (sub-pixel rounding between two boxes). */
const SAME_LINE_PX = 1.5;

/** Rows the grid places itself (absolutely, or moved by a transform), rather than in the flow of its content. */
export function placedByGrid(row: Element): boolean {
  const style = row.ownerDocument.defaultView?.getComputedStyle(row);
  return style !== undefined && (style.position === 'absolute' || style.position === 'fixed' || style.transform !== 'none');
}

/**
 * Where a line sits. A row the grid places itself is measured from the box it is placed in: the
 * frozen and the scrolling parts of a grid are scrolled one after the other (the frozen box
 * follows in the grid's scroll handler), but both place a line at the same offset in their box.
 */
export function lineTop(row: Element, box: DOMRect = row.getBoundingClientRect()): number {
  if (!placedByGrid(row)) return box.top;
  const parent = composedParent(row);
  return parent ? box.top - parent.getBoundingClientRect().top : box.top;
}

/** A row of header cells (or in a table's head): never one part of a line with a data row it happens to sit level with. */
function isHeaderRow(row: SourceRow): boolean {
  return row.section === 'head' || (row.cells.length > 0 && row.cells.every((cell) => cell.header));
}

interface Measured {
  row: SourceRow;
  top: number;
  height: number;
}

function join(parts: readonly SourceRow[]): SourceRow {
  // The part with the most cells is the line's main element: it scrolls with the grid.
  const main = parts.reduce((best, part) => (part.cells.length > best.cells.length ? part : best));
  return { element: main.element, section: main.section, cells: shownFirst(parts.flatMap((part) => part.cells)) };
}

/**
 * Where two parts hold a cell for the same stated column (Handsontable clones its header and
 * frozen columns over a main table that keeps them, hidden), the one the user sees is placed:
 * cells are placed first come, first served.
 */
function shownFirst(cells: SourceRow['cells']): SourceRow['cells'] {
  const seen = new Set<number>();
  const duplicated = cells.some((cell) => cell.column !== null && (seen.has(cell.column) || !seen.add(cell.column)));
  if (!duplicated) return cells;
  const shown = (cell: SourceRow['cells'][number]) => cell.element.checkVisibility({ visibilityProperty: true });
  return [...cells.filter(shown), ...cells.filter((cell) => !shown(cell))];
}

/**
 * Join rows sharing a stated index (rows without one are kept as they are), in the order of their
 * first part. A header row is never a part of a line: a grid that numbers its header rows and its
 * lines apart, each from 1 (DHTMLX), gives the header and line 1 the same index.
 */
export function joinRowsByIndex(rows: readonly { row: SourceRow; index: number | null }[]): { row: SourceRow; index: number | null }[] {
  const byIndex = new Map<string, SourceRow[]>();
  const out: { row: SourceRow; index: number | null; parts?: SourceRow[] }[] = [];
  for (const entry of rows) {
    if (entry.index === null) {
      out.push(entry);
      continue;
    }
    const key = `${isHeaderRow(entry.row) ? 'header' : 'line'} ${entry.index}`;
    const parts = byIndex.get(key);
    if (parts) {
      parts.push(entry.row);
      continue;
    }
    const fresh = [entry.row];
    byIndex.set(key, fresh);
    out.push({ ...entry, parts: fresh });
  }
  return out.map((entry) => (entry.parts && entry.parts.length > 1 ? { row: join(entry.parts), index: entry.index } : { row: entry.row, index: entry.index }));
}

/** Join the parts of lines that state no index, by where they sit on screen. Rows not shown (no box) are left alone. */
export function joinRowsByGeometry(rows: readonly SourceRow[]): SourceRow[] {
  if (rows.length < 2 || rows.length > MAX_ROWS_TO_MEASURE) return [...rows];
  const measured: (Measured | null)[] = rows.map((row) => {
    const box = drawnBox(row.element, () => row.cells.map((cell) => cell.element));
    if (box.height <= 0 || box.width <= 0) return null;
    return { row, top: lineTop(row.element, box), height: box.height };
  });
  const taken = new Set<number>();
  const out: { row: SourceRow; top: number }[] = [];
  measured.forEach((part, i) => {
    if (taken.has(i)) return;
    if (!part) {
      out.push({ row: rows[i]!, top: Number.NaN });
      return;
    }
    const line: Measured[] = [part];
    for (let j = i + 1; j < measured.length; j++) {
      const other = measured[j];
      if (!other || taken.has(j) || other.row.section !== part.row.section) continue;
      // A sticky header lies over the data row scrolled under it, on the same line of the screen.
      if (isHeaderRow(other.row) !== isHeaderRow(part.row)) continue;
      if (Math.abs(other.top - part.top) > SAME_LINE_PX || Math.abs(other.height - part.height) > SAME_LINE_PX) continue;
      // The parts of a line sit in different boxes (frozen, scrolling). Not judged by overlap:
      // scrolled sideways, the scrolling part passes under the frozen one.
      const box = composedParent(other.row.element);
      if (line.some((piece) => composedParent(piece.row.element) === box)) continue;
      line.push(other);
      taken.add(j);
    }
    // Parts are joined in page order (frozen box first, as grids draw it): scrolled sideways, the
    // scrolling part may sit left of the frozen one on screen.
    out.push({ row: line.length === 1 ? part.row : join(line.map((piece) => piece.row)), top: part.top });
  });
  // Grids that position rows absolutely add them to the DOM in any order: when every line has a
  // place on screen, the screen's order is the catalog's.
  // Header rows stay first whatever their place (a sticky header sits below rows scrolled past).
  if (out.every((entry) => !Number.isNaN(entry.top))) {
    out.sort((a, b) => Number(isHeaderRow(b.row)) - Number(isHeaderRow(a.row)) || a.top - b.top);
  }
  return out.map((entry) => entry.row);
}
