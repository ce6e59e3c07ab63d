import { describe, expect, it } from 'vitest';
import { readBlankCellsInSteps } from '../../../../lib/core/catalog/blank-cells';
import { buildCatalog, readNumberColumnInSteps } from '../../../../lib/core/catalog/catalog';
import { columnValues, MAX_NUMBERED_TEXT } from '../../../../lib/core/catalog/column-values';
import { mapColumns } from '../../../../lib/core/mapping/column-mapping';
import { ColumnTableBuilder } from '../../../../lib/core/read/column-table-builder';
import type { RawTable } from '../../../../lib/core/read/raw-table';

const HEADERS = ['Description', 'Quantity', 'COO'];
const long = 'y'.repeat(MAX_NUMBERED_TEXT + 1);
const ROWS = [
  ['Bolts of steel', '12', 'CN'],
  ['', ' ', '  '],
  [long, 'n/a', ''],
  ['   ', '', ' DE '],
];
/** The rows' cells as isBlank must see them: empty or white space. */
const BLANK = ROWS.map((cells) => cells.map((cell) => cell.trim() === ''));

function catalogsOf(rows: string[][]) {
  const asRows: RawTable = { headers: HEADERS, rows, sourceName: 't.csv' };
  const builder = new ColumnTableBuilder();
  for (const cells of rows) builder.add(cells);
  // Kept as rows (the extension), and by column (the command line).
  return [asRows, builder.table(HEADERS, 't.csv')].map((table) => buildCatalog(table, mapColumns(HEADERS)));
}

describe('whether a cell is blank', () => {
  it('is the trimmed text being empty, whether the columns are read as numbers or numbered values or not at all', () => {
    for (const catalog of catalogsOf(ROWS)) {
      const blank = () => [...catalog.rows].map((row) => (['description', 'quantity', 'origin'] as const).map((field) => row.isBlank(field)));
      expect(blank()).toEqual(BLANK);
      readNumberColumnInSteps(catalog, 'quantity')(Infinity);
      columnValues(catalog, 'origin');
      columnValues(catalog, 'description');
      expect(blank()).toEqual(BLANK);
    }
  });

  it('is read for a whole column a part at a time (readBlankCellsInSteps) as row by row, before and after the columns are read', () => {
    const fields = ['description', 'quantity', 'origin'] as const;
    const columnWise = (catalog: ReturnType<typeof catalogsOf>[number]) =>
      fields.map((field) => {
        const blank = new Uint8Array(ROWS.length);
        const steps = readBlankCellsInSteps(catalog, field, blank);
        while (!steps(1));
        return [...blank].map((byte) => byte === 1);
      });
    const expected = fields.map((_, column) => BLANK.map((cells) => cells[column]));
    for (const catalog of catalogsOf(ROWS)) {
      expect(columnWise(catalog)).toEqual(expected);
      readNumberColumnInSteps(catalog, 'quantity')(Infinity);
      columnValues(catalog, 'origin');
      columnValues(catalog, 'description');
      expect(columnWise(catalog)).toEqual(expected);
    }
  });
});
