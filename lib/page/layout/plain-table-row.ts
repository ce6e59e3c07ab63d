import type { CellPlacer, RowSection } from './cell-grid';
import { holdsGoods, isSpacerRow, type LayoutRow } from './table-layout';

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
 * A plain row's cells are looked up from the row when asked (to read them, or to place a mark),
 * not kept: keeping 13 cell references for each of 50,000 rows kept 650,000 wrappers alive, and
 * the page's garbage collector walked them again and again while the rest was read.
 */
class PlainLayoutRow implements LayoutRow {
  constructor(
    readonly element: HTMLTableRowElement,
    private readonly columns: readonly number[],
  ) {}

  get cells(): (Element | null)[] {
    const cells = this.element.cells;
    return this.columns.map((column) => cells[column] ?? null);
  }
}

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
  if (row.cells.length === 1 && isSpacerRow(row.cells[0]!, 1, columns.length)) return null;
  const headerLike = section === 'head' || (row.cells.length > 0 && row.querySelector(DATA_CELL) === null);
  if (!holdsGoods(row, section, headerLike, table, someDataCells)) return null;
  return new PlainLayoutRow(row, columns);
}
