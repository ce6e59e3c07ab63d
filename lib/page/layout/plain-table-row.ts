import type { CellPlacer, RowSection } from './cell-grid';
import { holdsGoods, type LayoutRow } from './table-layout';

/**
 * Most rows of a long HTML export span nothing: then `row.cells[i]` is grid column i, and the
 * row needs no placement (no source-cell and slot objects per cell, no span bookkeeping). Reading
 * 50,000 rows spent most of its time and garbage on that placement. One selector query per row
 * tells whether any cell states a span; a row that does, or that a span from above reaches,
 * is placed in full as before (sliced-table-reader.ts).
 */
const SPANNING_CELL = ':scope > td[colspan], :scope > td[rowspan], :scope > th[colspan], :scope > th[rowspan]';
const DATA_CELL = ':scope > td';

/**
 * The data row a plain row makes (its cells under the header's `columns`), null when it is not
 * one (a footer, a repeated header, a hidden row), or undefined when it is not plain and must be
 * placed in full.
 */
export function plainDataRow(
  row: HTMLTableRowElement,
  section: RowSection,
  placer: CellPlacer,
  columns: readonly number[],
  table: Element,
  someDataCells: boolean,
): LayoutRow | null | undefined {
  if (row.querySelector(SPANNING_CELL) !== null || !placer.passesPlainRow(section)) return undefined;
  const cells = row.cells;
  const headerLike = section === 'head' || (cells.length > 0 && row.querySelector(DATA_CELL) === null);
  if (!holdsGoods(row, section, headerLike, table, someDataCells)) return null;
  return { element: row, cells: columns.map((column) => cells[column] ?? null) };
}
