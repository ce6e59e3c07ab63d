import type { RawTable } from './raw-table';
import type { DecimalMark } from '../values/number';

/**
 * Read access to a table's cells, however the table keeps them: as rows (what page tables, JSON
 * and workbooks give) or by column (a CSV file read by the command line, see column-table.ts).
 * Code that reads every cell of a large table (mapping, the catalog the rules read) goes through
 * this, so a table kept by column is never made into rows.
 */
export interface TableCells {
  readonly rowCount: number;
  /** The cell as read, rows and columns counted from 0; `''` past the row's last cell. */
  cell(row: number, column: number): string;
  /** The row's cells (a new array for a table kept by column: for the rare rule that reads them all). */
  rowCells(row: number): readonly string[];
  /**
   * plainNumber (values/number.ts) of the cell, read where the table keeps it without making its
   * string, when the table can (column-table.ts): amount columns are read whole, cell by cell.
   */
  plainNumber?(row: number, column: number, decimalMark: DecimalMark): number;
  /**
   * The column as its reader kept it, a number per cell into its distinct texts, when it did
   * (column-table.ts; null otherwise): code that numbers a column's values itself then looks at
   * each distinct text once instead of at every cell.
   */
  numberedColumn?(column: number): NumberedColumn | null;
  /**
   * The rows (from 0, in order) whose cell in the column holds `text`, found by searching the column
   * as its table keeps it (column-table.ts: cells written end to end are searched as one string, a
   * text shared by many cells once): for a rule looking for a rare text in any cell of a row
   * (duty-301's Chapter 99 number), instead of a look at every cell of every row.
   */
  rowsHolding?(column: number, text: string): number[];
}

/**
 * A column as numbers into its distinct texts (as read, untrimmed): cell `row` is
 * `texts[numberOf(row)]`.
 */
export interface NumberedColumn {
  readonly texts: readonly string[];
  numberOf(row: number): number;
}

/** The table's cells: its own access when it keeps them otherwise than as rows, else its rows'. */
export function cellsOf(table: RawTable): TableCells {
  return table.cells ?? cellsOfRows(table.rows);
}

export function cellsOfRows(rows: readonly (readonly string[])[]): TableCells {
  return new RowCells(rows);
}

/** The cells of a table kept as rows. */
class RowCells implements TableCells {
  constructor(private readonly rows: readonly (readonly string[])[]) {}

  get rowCount(): number {
    return this.rows.length;
  }

  cell(row: number, column: number): string {
    return this.rows[row]![column] ?? '';
  }

  rowCells(row: number): readonly string[] {
    return this.rows[row]!;
  }
}
