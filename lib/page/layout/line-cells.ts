import { shownChildCount, shownChildren } from '../dom/composed-tree';
import { cellsOf } from './plain-table-row';
import { drawnBox } from './row-box';

/**
 * The cells of one line of a grid drawn without table semantics (see geometry-grid.ts): the
 * line's children, or, where the line is drawn as a one-row table of its own, that row's cells.
 * Ext JS's classic grid (versions 5 and up) draws each line as a <table> in a box of lines, and
 * Dojo's dgrid wraps each line's <table> in a <div>; hand-written portals do the same for a line
 * of inputs. Read as tables, each line was a table of its own: one header row, no lines of goods.
 */

/** The one row of a line drawn as a table (the line itself, or its only child); null for any other line. */
function lineTableRow(line: Element): Element | null {
  const table = line.localName === 'table' ? line : line.childElementCount === 1 && line.firstElementChild!.localName === 'table' ? line.firstElementChild! : null;
  if (!table || table.namespaceURI !== 'http://www.w3.org/1999/xhtml') return null;
  return onlyRow(table);
}

const ROW_GROUPS = new Set(['thead', 'tbody', 'tfoot']);

/**
 * The table's row when it has exactly one (its rows as `table.rows` lists them: its own and its
 * row groups'); null otherwise: a table of several rows is a table, read by its semantics. Walked,
 * not `table.rows`: that is a live collection kept on each table (see plain-table-row.ts).
 */
function onlyRow(table: Element): Element | null {
  let row: Element | null = null;
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    const group = ROW_GROUPS.has(child.localName);
    // A row group's rows, or the table's own row; the walk stops at a second row (a long table ends it at once).
    for (let each: Element | null = group ? child.firstElementChild : child; each; each = group ? each.nextElementSibling : null) {
      if (each.localName !== 'tr') continue;
      if (row) return null;
      row = each;
    }
  }
  return row;
}

/** The line's cells, in the order they are drawn. */
export function lineCells(line: Element): Element[] {
  const row = lineTableRow(line);
  return row ? cellsOf(row) : shownChildren(line);
}

/** How many cells the line has (without listing a line's children: the page walk asks it of every element). */
export function lineCellCount(line: Element): number {
  const row = lineTableRow(line);
  return row ? cellsOf(row).length : shownChildCount(line);
}

/** Lines drawn as tables one after another: this many make the lines of a grid (a grid shows at least 3 lines, see geometry-grid.ts). */
const STACKED_LINES = 3;

/**
 * A one-row table drawn as one line among others like it (itself, or the box holding only it,
 * with lines drawn as tables before or after it, STACKED_LINES in all): a line of a grid that
 * draws each line as a table. Table discovery leaves it to the grid's geometry (see
 * geometry-grid.ts): listed as a table, it would be a header row with no lines, hundreds of times
 * over. Two one-row tables side by side are no such stack: a frozen part's header table beside
 * the main header table (w2ui) stays a table.
 */
export function isLineTable(table: Element): boolean {
  if (lineTableRow(table) === null) return false;
  const parent = table.parentElement;
  const line = parent && parent.childElementCount === 1 ? parent : table;
  let stacked = 1;
  for (let beside = line.previousElementSibling; beside && stacked < STACKED_LINES && lineTableRow(beside); beside = beside.previousElementSibling) stacked++;
  for (let beside = line.nextElementSibling; beside && stacked < STACKED_LINES && lineTableRow(beside); beside = beside.nextElementSibling) stacked++;
  return stacked >= STACKED_LINES;
}

/** Where a line is drawn (see drawnBox): its own box, or the box around its cells when it has no height. */
export function lineBox(line: Element): DOMRect {
  return drawnBox(line, () => lineCells(line));
}
