import type { PageTable } from './layout/page-table';
import { isCollapsed } from './layout/visibility';

/**
 * A responsive table reads its collapsed columns too (table-layout.ts): the user is told which,
 * since the page does not show them and their problems cannot be marked on a cell.
 */

/** The headers of the columns read from cells the page collapsed, by the first line's cells. */
function collapsedColumns(table: PageTable): string[] {
  const first = table.layout[0];
  if (!first) return [];
  const cells = first.cells;
  return table.headers.filter((_, i) => {
    const cell = cells[i];
    return cell !== null && cell !== undefined && isCollapsed(cell, table.found.element);
  });
}

/** Words for the user when collapsed columns were read; '' when none were. */
export function collapsedColumnsNote(table: PageTable): string {
  const headers = collapsedColumns(table);
  if (headers.length === 0) return '';
  const named = headers.map((header) => `"${header}"`).join(', ');
  return `Columns the page collapsed for the window's width were checked too (${named}); their problems are listed, not marked on the page. Widen the window to see them.`;
}
