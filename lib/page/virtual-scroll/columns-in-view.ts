import type { PageTable } from '../layout/page-table';
import type { LayoutRow } from '../layout/table-layout';
import { drawnBox } from '../layout/row-box';
import { gridScrollContainer, toScreenPixels, visibleAreaLeft } from './scroll-container';

/**
 * A table that draws every row it holds but only the columns in view: its lines' box scrolls
 * sideways, and the columns out of view are left undrawn, a spacer (an empty cell, a padding, an
 * empty stretch of the row) standing for their width. DevExtreme's DataGrid paged with virtual
 * column rendering does this, and so do AG Grid with column virtualisation in a paged or
 * auto-height grid, Handsontable, RevoGrid and TanStack Virtual's horizontal virtualizer. Nothing
 * scrolls its rows, so it is not read by scrolling (page-table.ts `scrolling`); read as drawn, the
 * columns out of view were never read, and the checks that need them said they were not in the
 * table. Told by structure and geometry, never by a library's class names:
 * - the grid says it has more columns (aria-colcount) than its lines hold, hidden ones counted;
 * - or its first line reaches out of its box's view, sideways, where no column is drawn.
 */

/** A stretch along one axis, in screen pixels. */
export interface Span {
  left: number;
  right: number;
}

/**
 * Less undrawn width than this out of view is a border, a padding or a rounding, not a column:
 * the narrowest columns grids draw (a tick box, a line number) are wider.
 */
export const MIN_UNDRAWN_COLUMN_PX = 24;

/** Lines looked at to tell a column that shows nothing (a spacer) from one whose first line is empty. */
const LINES_LOOKED_AT = 20;

/**
 * How much of `row` lies out of `view` with no column drawn on it, in pixels. `drawn`: the boxes
 * of the cells drawn on it. `stickyWidth`: the width of its cells held in view while it scrolls
 * (position: sticky): their place in the row, scrolled out of view, is theirs, not undrawn.
 */
export function undrawnOutOfView(row: Span, view: Span, drawn: readonly Span[], stickyWidth = 0): number {
  const outside: Span[] = [
    { left: row.left, right: Math.min(row.right, view.left) },
    { left: Math.max(row.left, view.right), right: row.right },
  ];
  const [before, after] = outside.map((part) => (part.right > part.left ? uncovered(part, drawn) : 0));
  return Math.max(0, before! - stickyWidth) + after!;
}

/** The length of `part` no span of `covering` lies over. */
function uncovered(part: Span, covering: readonly Span[]): number {
  const over = covering
    .map((span) => ({ left: Math.max(part.left, span.left), right: Math.min(part.right, span.right) }))
    .filter((span) => span.right > span.left)
    .sort((a, b) => a.left - b.left);
  let covered = 0;
  let reached = part.left;
  for (const span of over) {
    if (span.right <= reached) continue;
    covered += span.right - Math.max(reached, span.left);
    reached = span.right;
  }
  return part.right - part.left - covered;
}

/** The columns the grid says it has (aria-colcount); null when it does not say (or says -1, "not known"). */
export function statedColumnCount(grid: Element): number | null {
  const count = Number(grid.getAttribute('aria-colcount'));
  return Number.isInteger(count) && count > 0 ? count : null;
}

/**
 * The columns a line holds in the page, hidden ones too (a column hidden by the page, display:
 * none or aria-hidden, is counted in aria-colcount, and is no column left undrawn): the column
 * indexes its cells state, or with none, its cells.
 */
export function columnsInLine(line: Element): number {
  const indexes = new Set([...line.querySelectorAll('[aria-colindex]')].map((cell) => cell.getAttribute('aria-colindex')));
  return indexes.size > 0 ? indexes.size : line.children.length;
}

/**
 * Columns drawn on the lines: named by a header, or showing something in one of the first lines.
 * A spacer standing for undrawn columns has neither (DevExtreme's is a cell with no header words
 * and a no-break space).
 */
function drawnColumns(headers: readonly string[], rows: readonly LayoutRow[]): boolean[] {
  const looked = rows.slice(0, LINES_LOOKED_AT).map((row) => row.cells);
  return headers.map((header, i) => header.trim() !== '' || looked.some((cells) => showsSomething(cells[i] ?? null)));
}

function showsSomething(cell: Element | null): boolean {
  return cell !== null && (cell.children.length > 0 || (cell.textContent ?? '').trim() !== '');
}

/**
 * A line of the table and its cells that show a column (spacers left out). A long HTML table is
 * first read by its shape alone, with no line laid out (page-table.ts tableShape): its last line's
 * cells, those showing something, stand for it (its rows go to the worker as read only when it does
 * not draw its columns in view: see takenAsRead).
 */
function lineOf(table: PageTable): { element: Element; cells: Element[] } | null {
  const first = table.layout[0];
  if (first) {
    const drawn = drawnColumns(table.headers, table.layout);
    return { element: first.element, cells: [...new Set(first.cells.filter((cell, i): cell is Element => cell !== null && drawn[i] === true))] };
  }
  if (table.found.structure !== 'html') return null;
  const last = lastLine(table.found.element);
  return last ? { element: last, cells: [...last.children].filter((cell) => (cell.localName === 'td' || cell.localName === 'th') && showsSomething(cell)) } : null;
}

/** The last line of an HTML table's last body, found from its end: cheap however long the table is. */
function lastLine(table: Element): Element | null {
  const lastChild = (parent: Element, name: string): Element | null => {
    for (let child = parent.lastElementChild; child; child = child.previousElementSibling) if (child.localName === name) return child;
    return null;
  };
  return lastChild(lastChild(table, 'tbody') ?? table, 'tr');
}

/** Whether `table` draws all its lines but only the columns in view (see the top of this file). */
export function drawsColumnsOnlyInView(table: PageTable): boolean {
  if (table.scrolling || table.found.structure === 'cards') return false;
  const line = lineOf(table);
  if (!line) return false;
  const grid = table.found.element;
  const stated = statedColumnCount(grid);
  if (stated !== null && stated > columnsInLine(line.element)) return true;
  const scroller = gridScrollContainer(grid, line.element, 'x');
  // The page scrolling sideways is a wide table on a narrow window, never a grid drawing its columns in view.
  if (!scroller || scroller === scroller.ownerDocument.scrollingElement) return false;
  const view = scroller.ownerDocument.defaultView;
  const cells = line.cells;
  const boxes = cells.map((cell) => cell.getBoundingClientRect());
  const stickyWidth = cells.reduce((sum, cell, i) => sum + (view?.getComputedStyle(cell).position === 'sticky' ? boxes[i]!.width : 0), 0);
  const left = visibleAreaLeft(scroller);
  const rowBox = drawnBox(line.element);
  return undrawnOutOfView(rowBox, { left, right: left + toScreenPixels(scroller, scroller.clientWidth) }, boxes, stickyWidth) >= MIN_UNDRAWN_COLUMN_PX;
}
