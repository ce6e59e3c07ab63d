import { PAGER_CONTROLS } from './pager-words';

/**
 * Rows of a table that hold its pager. ASP.NET's GridView draws its pager as the grid table's
 * last (or first) row, Telerik's RadGrid in its head or foot: one cell across the columns holding
 * the page numbers, Next and Previous, sometimes "Page 3 of 12". They are the table's rows, but
 * what they hold is beside the data: the pager search walks them (beside-walk.ts).
 */

/** Rows at each end of the table a pager row may be. */
const END_ROWS = 2;

/** The table's own pager rows: among its first and last rows, one cell spanning columns, with a control in it. */
export function pagerRowsIn(table: Element): Element[] {
  if (table.localName !== 'table') return [];
  const rows = new Set([...endRows(table, 'first'), ...endRows(table, 'last'), ...headAndFootRows(table)]);
  return rows.size < 2 ? [] : [...rows].filter(isPagerRow);
}

/**
 * The rows at the ends of the table's head and foot, wherever they are drawn: RadGrid draws its
 * foot, with its pager, before its body. Sections are looked at until the first row right in
 * the table (a table without sections: its ends are enough).
 */
function headAndFootRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (let child = table.firstElementChild; child && child.localName !== 'tr'; child = child.nextElementSibling) {
    if (child.localName === 'thead' || child.localName === 'tfoot') rows.push(...endRows(child, 'first'), ...endRows(child, 'last'));
  }
  return rows;
}

const SECTIONS = new Set(['thead', 'tbody', 'tfoot']);

/**
 * The first (or last) END_ROWS rows of a table, in its sections or right in it, or of one section,
 * found from that end: a table of 50,000 rows is not walked for them (the pager search looks at
 * every press).
 */
function endRows(parent: Element, end: 'first' | 'last'): Element[] {
  const step = (element: Element): Element | null => (end === 'first' ? element.nextElementSibling : element.previousElementSibling);
  const start = (box: Element): Element | null => (end === 'first' ? box.firstElementChild : box.lastElementChild);
  const rows: Element[] = [];
  for (let child = start(parent); child && rows.length < END_ROWS; child = step(child)) {
    if (child.localName === 'tr') rows.push(child);
    else if (SECTIONS.has(child.localName)) {
      for (let row = start(child); row && rows.length < END_ROWS; row = step(row)) if (row.localName === 'tr') rows.push(row);
    }
  }
  return rows;
}

function isPagerRow(row: Element): boolean {
  const cell = row.firstElementChild;
  if (!cell || cell !== row.lastElementChild || (cell.localName !== 'td' && cell.localName !== 'th')) return false;
  return Number(cell.getAttribute('colspan') ?? 1) > 1 && cell.querySelector(PAGER_CONTROLS) !== null;
}

/** An ARIA grid or table drawn with elements of any kind: its rows are elements with a row role. */
const ARIA_TABLE_ROLES = new Set(['grid', 'table', 'treegrid']);
const ROW_HOLDERS = '[role="row"], [role="rowgroup"], tr';
/** How deep in an ARIA grid a part beside its rows is looked for (Tabulator: grid → footer). */
const PART_DEPTH = 3;

/**
 * The parts of an ARIA grid that hold no row and hold a control: a footer with the grid's pager
 * drawn inside the grid's own element (Tabulator's `role="grid"` holds its header, its rows and
 * its footer with "Showing 51-100 of 2000 rows", First, Prev, the page numbers, Next, Last).
 * Beside the rows, as a GridView's pager row is; taken for the table's, the pager was never seen
 * and the page shown was read as the whole table.
 */
export function pagerPartsIn(table: Element): Element[] {
  if (table.localName === 'table') return pagerRowsIn(table);
  const role = table.getAttribute('role');
  if (!role || !ARIA_TABLE_ROLES.has(role)) return [];
  const parts: Element[] = [];
  const look = (box: Element, depth: number): void => {
    for (let child = box.firstElementChild; child; child = child.nextElementSibling) {
      if (child.matches(ROW_HOLDERS)) continue;
      if (child.querySelector(ROW_HOLDERS)) {
        if (depth < PART_DEPTH) look(child, depth + 1);
      } else if (child.querySelector(PAGER_CONTROLS)) parts.push(child);
    }
  };
  look(table, 1);
  return parts;
}
