import type { TableCells } from './table-cells';

/**
 * A table as read from its source, before any interpretation: the header cells and the
 * data rows as text. CSV files, JSON files and page tables all become this shape, so
 * mapping and checking never need to know where a catalog came from.
 */
export interface RawTable {
  headers: string[];
  /**
   * The data rows. A table kept by column (column-table.ts: a CSV file read by the command line)
   * makes them only when first asked, and then holds them: code that reads every cell of a table
   * reads it through `cellsOf(table)` (table-cells.ts) instead.
   */
  rows: string[][];
  /** Where the table came from, for messages ("catalog.csv", a page URL). */
  sourceName: string;
  /**
   * Line in the source file where each data row starts (1-based), when the reader knows it;
   * used only to point at the right line in error messages.
   */
  sourceLines?: number[];
  /** The cells, for a table that keeps them otherwise than as `rows` (see cellsOf). */
  readonly cells?: TableCells;
}
