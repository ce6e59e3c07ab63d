import type { RowSection, SourceCell, SourceRow } from './cell-grid';

export function sectionOf(row: HTMLTableRowElement): RowSection {
  const parent = row.parentElement?.localName;
  return parent === 'thead' ? 'head' : parent === 'tfoot' ? 'foot' : 'body';
}

/**
 * The rows of an HTML table, its own only: `table.rows` and `row.cells` leave out the rows of
 * tables nested in cells, and list thead rows first and tfoot rows last whatever the source order.
 */
export function htmlTableRows(table: HTMLTableElement): SourceRow[] {
  return Array.from(table.rows, htmlTableRow);
}

/** One row of an HTML table, as a source row (long tables are read a row at a time, see sliced-table-reader.ts). */
export function htmlTableRow(row: HTMLTableRowElement): SourceRow {
  const cells: SourceCell[] = [];
  for (const cell of Array.from(row.cells)) {
    cells.push({ element: cell, header: cell.localName === 'th', colSpan: cell.colSpan, rowSpan: cell.rowSpan, column: null });
  }
  return { element: row, section: sectionOf(row), cells };
}
