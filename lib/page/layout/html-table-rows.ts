import type { RowSection, SourceCell, SourceRow } from './cell-grid';

function sectionOf(row: HTMLTableRowElement): RowSection {
  const parent = row.parentElement?.localName;
  return parent === 'thead' ? 'head' : parent === 'tfoot' ? 'foot' : 'body';
}

/**
 * The rows of an HTML table, its own only: `table.rows` and `row.cells` leave out the rows of
 * tables nested in cells, and list thead rows first and tfoot rows last whatever the source order.
 */
export function htmlTableRows(table: HTMLTableElement): SourceRow[] {
  const rows: SourceRow[] = [];
  for (const row of Array.from(table.rows)) {
    const cells: SourceCell[] = [];
    for (const cell of Array.from(row.cells)) {
      cells.push({ element: cell, header: cell.localName === 'th', colSpan: cell.colSpan, rowSpan: cell.rowSpan, column: null });
    }
    rows.push({ element: row, section: sectionOf(row), cells });
  }
  return rows;
}
