import { ariaInteger } from './aria-grid-rows';

/**
 * Whether a grid's aria-rowindex counts the rows it has drawn now rather than numbering its lines.
 * ARIA's row indexes start at 1, so a row stating 0 shows a grid that counts its drawn rows from 0
 * wherever it is scrolled (SVAR's DataGrid: the 18 rows drawn are 0 to 17 at every scroll
 * position, beside aria-rowcount 18 for 2,000 lines). Taken for line numbers, every look showed
 * lines 1 to 17 again, and reading stopped after 17 lines. Such a grid's rows are read as rows
 * that state no number: placed by their content and where they sit.
 */
export function countsRowsDrawn(rows: readonly Element[]): boolean {
  return rows.some((row) => ariaInteger(row, 'aria-rowindex') === 0);
}
