import { type ViewportBox, viewportBox } from './viewport-box';

/** Header cells looked at, at most (a header row, or two). */
const MAX_HEADER_CELLS = 60;

/**
 * A table's header cells, found without walking its body: a 50,000-row table is looked at on
 * every scroll. An HTML table's head rows, or the row of a grid's first column header (headers
 * come before the rows in the DOM, so the search stops early).
 */
function headerCells(table: Element): Element[] {
  const head = (table as HTMLTableElement).tHead;
  if (head) return Array.from(head.rows).flatMap((row) => Array.from(row.cells)).slice(0, MAX_HEADER_CELLS);
  const first = table.querySelector('[role="columnheader"]');
  return first?.parentElement ? Array.from(first.parentElement.children).slice(0, MAX_HEADER_CELLS) : [];
}

/** Levels above a header cell that may be what sticks: its row, and a `<thead>` above that. */
const STICKY_LEVELS = 2;

/**
 * The header cells and the elements between them and the table: a grid may make its header row
 * sticky rather than its cells (FAST's fluent-data-grid), a page its `<thead>`.
 */
function withStickyParents(cells: readonly Element[], table: Element): Element[] {
  const out = new Set<Element>(cells);
  for (const cell of cells) {
    let parent = cell.parentElement;
    for (let level = 0; parent && parent !== table && level < STICKY_LEVELS; level++, parent = parent.parentElement) out.add(parent);
  }
  return [...out];
}

/**
 * Where a table's rows show when the page scrolls under its own header: a long table often keeps
 * its header row in view (`position: sticky` cells), drawn over the rows scrolled under it. A
 * mark there would be drawn over the header, and its badge over the header's words. Returns the
 * area below the stuck header (the whole viewport's width, everything below), or null when no
 * header cell is stuck over the table now.
 */
export function belowStuckHeader(table: Element): ViewportBox | null {
  const view = table.ownerDocument.defaultView;
  if (!view) return null;
  const cells = headerCells(table);
  const tableBox = viewportBox(table);
  if (!tableBox || cells.length === 0) return null;
  let bottom = -Infinity;
  for (const cell of withStickyParents(cells, table)) {
    const position = view.getComputedStyle(cell).position;
    if (position !== 'sticky' && position !== 'fixed') continue;
    const box = viewportBox(cell);
    // Stuck only once the table's top has scrolled above the cell (before, it sits in its place),
    // or, in a grid that is its own scrolling box, once that box is scrolled down.
    if (box && (box.top > tableBox.top + 1 || table.scrollTop > 0)) bottom = Math.max(bottom, box.top + box.height);
  }
  if (bottom === -Infinity) return null;
  return { left: -1e6, top: bottom, width: 2e6, height: 1e6 };
}
