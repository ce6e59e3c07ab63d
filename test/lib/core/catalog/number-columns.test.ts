import { describe, expect, it } from 'vitest';
import { buildCatalog, readNumberColumnInSteps } from '../../../../lib/core/catalog/catalog';
import { weightInKilograms } from '../../../../lib/core/catalog/row-weight';
import { mapColumns } from '../../../../lib/core/mapping/column-mapping';
import { ColumnTableBuilder } from '../../../../lib/core/read/column-table-builder';
import { plainNumber, plainNumberIn } from '../../../../lib/core/values/number';

const HEADERS = ['Quantity', 'Net Weight'];
/** Amounts of every form: plain, with a unit or currency, spaced, grouped, empty, too long for the fast path, unreadable. */
const QUANTITIES = ['12', '3.5', ' 7 ', '12 kg', 'USD 4.50', '', '1,234.5', '1234567890123456.5', '0012', 'n/a', '.5', '5.', '-3', '4.25 lb'];

/** Every quantity on a row of its own, with a distinct one beside it so the columns are packed (mostly distinct: column-table-builder.ts). */
const ROWS = QUANTITIES.flatMap((quantity, i) => [[quantity, quantity], [String(1000 + i), `${2000 + i} lb`]]);

function catalogs() {
  const builder = new ColumnTableBuilder();
  for (const cells of ROWS) builder.add(cells);
  return [{ headers: HEADERS, rows: ROWS, sourceName: 't.csv' }, builder.table(HEADERS, 't.csv')].map((table) => buildCatalog(table, mapColumns(HEADERS)));
}

describe('amount columns', () => {
  it('read the same numbers and weights from a table kept by column (cells read in place) as from rows', () => {
    const [asRows, byColumn] = catalogs();
    expect(byColumn!.cells.plainNumber).toBeDefined();
    for (const field of ['quantity', 'netWeight'] as const) {
      readNumberColumnInSteps(asRows!, field)(Infinity);
      readNumberColumnInSteps(byColumn!, field)(Infinity);
      expect([...byColumn!.numberColumns[field]!]).toEqual([...asRows!.numberColumns[field]!]);
    }
    expect([...byColumn!.rows].map((row) => weightInKilograms(row, 'netWeight'))).toEqual([...asRows!.rows].map((row) => weightInKilograms(row, 'netWeight')));
    expect(asRows!.numberColumns.quantity![0]).toBe(12);
  });

  it('reads a plain number inside a longer text as plainNumber reads it cut out', () => {
    const text = QUANTITIES.join('|');
    let start = 0;
    for (const quantity of QUANTITIES) {
      expect(Object.is(plainNumberIn(text, start, start + quantity.length, '.'), plainNumber(quantity, '.'))).toBe(true);
      expect(Object.is(plainNumberIn(text, start, start + quantity.length, ','), plainNumber(quantity, ','))).toBe(true);
      start += quantity.length + 1;
    }
  });
});
