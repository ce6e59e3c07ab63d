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

  it('finds the rows whose cell holds a text: in a text its blocks share, or in cells written end to end, in any block', () => {
    const rows = 3 * BLOCK_ROWS + 5;
    const cellOf = [
      // Shared: one of its texts holds it.
      (row: number) => ['CN', 'see 9903.88.03', 'VN'][row % 3]!,
      // Shared, none of its texts holds it.
      (row: number) => ['KG', 'PCS'][row % 2]!,
      // Packed (part numbers, in base 36: none is "9903"): two cells hold it, one in the last block, one empty cell before it.
      (row: number) => (row === 7 ? 'x9903' : row === rows - 2 ? `9903-${row}` : row === rows - 3 ? '' : `P-${row.toString(36)}`),
      // Packed, none holds it though it is found where two cells meet ("…99" then "03…").
      (row: number) => (row % 2 === 0 ? `A${row.toString(36)}99` : `03B${row.toString(36)}`),
      // Shares, its texts growing after the first block: the text is one of a later block's.
      (row: number) => (row < BLOCK_ROWS ? `Unit ${row % 10}` : row === rows - 1 ? '9903' : `V${row.toString(36)}`),
    ];
    const table = columnTable(rows, cellOf);
    cellOf.forEach((cell, column) => {
      const expected = Array.from({ length: rows }, (_, row) => row).filter((row) => cell(row).includes('9903'));
      expect(table.rowsHolding(column, '9903')).toEqual(expected);
    });
    // The expectations are not empty where they should not be: the search has something to find.
    expect(cellOf.map((_, column) => table.rowsHolding(column, '9903').length)).toEqual([Math.floor((rows + 1) / 3), 0, 2, 0, 1]);
    expect(table.rowsHolding(9, '9903')).toEqual([]);
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
