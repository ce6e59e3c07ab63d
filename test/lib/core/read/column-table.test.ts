import { describe, expect, it } from 'vitest';
import { ColumnTableBuilder } from '../../../../lib/core/read/column-table-builder';
import { BLOCK_ROWS } from '../../../../lib/core/read/column-table';
import { cellsOf } from '../../../../lib/core/read/table-cells';

/** A table of `rows` rows kept by column, the cells given by column. */
function columnTable(rows: number, columns: ((row: number) => string)[]) {
  const builder = new ColumnTableBuilder();
  for (let row = 0; row < rows; row++) builder.add(columns.map((cellOf) => cellOf(row)));
  return builder.table(columns.map((_, c) => `Column ${c}`), 'catalog.csv');
}

describe('a table kept by column', () => {
  it('gives back every cell, in columns that repeat, that do not, and that stop repeating', () => {
    const rows = 90_000 + 123;
    const columns = [
      // Repeats a few texts, one of them long and one not Latin-1.
      (row: number) => ['CN', 'Stainless steel hex bolts, zinc plated', '', '東莞 factory'][row % 4]!,
      // Never repeats (part numbers).
      (row: number) => `P-${row}`,
      // Repeats at first, then has more distinct texts than a column shares (65,536).
      (row: number) => (row < 3 * BLOCK_ROWS ? `Unit ${row % 10}` : `Value ${row}`),
      // Repeats, with white space kept as read.
      (row: number) => (row % 3 === 0 ? ' KG ' : 'PCS'),
    ];
    const table = columnTable(rows, columns);
    expect(table.rowCount).toBe(rows);
    for (const row of [0, 1, 2, 3, BLOCK_ROWS - 1, BLOCK_ROWS, 3 * BLOCK_ROWS, 3 * BLOCK_ROWS + 65_525, 3 * BLOCK_ROWS + 65_527, rows - 1]) {
      expect(table.rowCells(row)).toEqual(columns.map((cellOf) => cellOf(row)));
      columns.forEach((cellOf, column) => expect(table.cell(row, column)).toBe(cellOf(row)));
    }
    // Every cell, through the access the catalog reads.
    const cells = cellsOf(table);
    for (let row = 0; row < rows; row++) for (let column = 0; column < columns.length; column++) if (cells.cell(row, column) !== columns[column]!(row)) throw new Error(`row ${row}, column ${column}`);
  });

  it('makes its rows only when asked, for code written for rows', () => {
    const table = columnTable(3, [(row) => `A${row}`, () => 'DE']);
    expect(table.rows).toEqual([['A0', 'DE'], ['A1', 'DE'], ['A2', 'DE']]);
    expect(table.rows).toBe(table.rows);
    expect(table.cell(0, 5)).toBe('');
  });

  it('keeps a table without rows', () => {
    const table = new ColumnTableBuilder().table(['Part No', 'HTS'], 'catalog.csv');
    expect(table.rowCount).toBe(0);
    expect(table.rows).toEqual([]);
  });
});
