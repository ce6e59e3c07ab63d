import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../../lib/core/catalog/catalog';
import { columnValues, columnValuesAt, MAX_NUMBERED_TEXT, numberColumnInSteps, PART_KEY, UNNUMBERED } from '../../../../lib/core/catalog/column-values';
import { mapColumns } from '../../../../lib/core/mapping/column-mapping';
import { ColumnTableBuilder } from '../../../../lib/core/read/column-table-builder';
import type { RawTable } from '../../../../lib/core/read/raw-table';

function catalogOf(headers: string[], rows: string[][]) {
  const table: RawTable = { headers, rows, sourceName: 't.csv' };
  return buildCatalog(table, mapColumns(headers));
}

describe('a column read as numbered distinct values', () => {
  const long = 'x'.repeat(MAX_NUMBERED_TEXT + 1);
  const catalog = catalogOf(['Part No', 'COO'], [['a-1', ' CN '], ['A-1', 'CN'], ['b-2', ''], ['c-3', 'DE'], ['d-4', long]]);

  it('gives every row the number of its trimmed text; the same text, the same number', () => {
    const { ids, texts } = columnValues(catalog, 'origin');
    expect([...ids].map((id) => (id === UNNUMBERED ? 'long' : texts[id]))).toEqual(['CN', 'CN', '', 'DE', 'long']);
    expect(ids[0]).toBe(ids[1]);
    expect(texts[0]).toBe('');
  });

  it('numbers part numbers in any case as one, and long ones too, for grouping', () => {
    const { ids, texts } = columnValues(catalog, 'sku', PART_KEY);
    expect(ids[0]).toBe(ids[1]);
    expect(texts[ids[0]!]).toBe('A-1');
    const withLong = catalogOf(['Part No'], [[long], [long.toUpperCase()]]);
    const grouped = columnValues(withLong, 'sku', PART_KEY);
    expect(grouped.ids[0]).not.toBe(UNNUMBERED);
    expect(grouped.ids[0]).toBe(grouped.ids[1]);
  });

  it('reads a column once per catalog and numbering', () => {
    expect(columnValues(catalog, 'origin')).toBe(columnValues(catalog, 'origin'));
    expect(columnValues(catalog, 'sku', PART_KEY)).not.toBe(columnValues(catalog, 'sku'));
  });

  it('treats an unmapped field as empty everywhere', () => {
    const { ids, texts } = columnValues(catalog, 'hts');
    expect([...ids]).toEqual([0, 0, 0, 0, 0]);
    expect(texts).toEqual(['']);
    expect(columnValuesAt(catalog, -1).ids).toHaveLength(5);
  });

  it('does not number a column whose values nearly never repeat, unless asked to', () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => [`P-${i}`, `Widget number ${i}`]);
    const unique = catalogOf(['Part No', 'Description'], rows);
    expect(columnValues(unique, 'description').ids.every((id) => id === UNNUMBERED)).toBe(true);
    const parts = columnValues(unique, 'sku', PART_KEY);
    expect(parts.texts).toHaveLength(3_001);
    expect(parts.texts[parts.ids[2_999]!]).toBe('P-2999');
  });

  it('counts cells too long to number as never repeating: a column of long and unique descriptions is not numbered', () => {
    // One description in five too long to number, the rest distinct: numbering would be a look-up per cell for nothing.
    const rows = Array.from({ length: 3_000 }, (_, i) => [`P-${i}`, i % 5 === 0 ? `${'Long description '.repeat(4)}${i}` : `Widget ${i}`]);
    const descriptions = columnValues(catalogOf(['Part No', 'Description'], rows), 'description');
    expect(descriptions.ids.every((id) => id === UNNUMBERED)).toBe(true);
  });

  it('gives a cell equal to the one above it the same number, long cells included', () => {
    const rows = [['a', 'CN'], ['b', 'CN'], ['c', long], ['d', long], ['e', ' CN'], ['f', 'CN']];
    const { ids, texts } = columnValues(catalogOf(['Part No', 'COO'], rows), 'origin');
    expect([...ids].map((id) => (id === UNNUMBERED ? 'long' : texts[id]))).toEqual(['CN', 'CN', 'long', 'long', 'CN', 'CN']);
  });
});

describe('a column numbered a part at a time', () => {
  // 3,000 rows: past the 2,000-row sample where a nearly unique column is given up.
  const rows = Array.from({ length: 3_000 }, (_, i) => [`P-${i}`, ['CN', 'DE', ' MX '][i % 3]!]);

  it('numbers like the whole column at once, and is kept once finished', () => {
    for (const [field, options] of [['origin', {}], ['sku', {}], ['sku', PART_KEY]] as const) {
      const whole = columnValues(catalogOf(['Part No', 'COO'], rows), field, options);
      const catalog = catalogOf(['Part No', 'COO'], rows);
      const column = catalog.mapping.columnOf[field];
      const step = numberColumnInSteps(catalog, column, options);
      let calls = 1;
      while (!step(7)) calls++;
      expect(calls).toBeGreaterThan(1);
      const stepped = columnValuesAt(catalog, column, options);
      expect({ ids: [...stepped.ids], texts: stepped.texts }).toEqual({ ids: [...whole.ids], texts: whole.texts });
      expect(columnValuesAt(catalog, column, options)).toBe(stepped);
    }
  });
});

describe('a column its reader kept as numbers into its distinct texts', () => {
  const long = 'y'.repeat(MAX_NUMBERED_TEXT + 1);
  // Origins repeat (the reader shares them); part numbers repeat in any case and spacing.
  const rows = Array.from({ length: 9000 }, (_, i) => [[' ab-1', 'AB-1', 'ab-1 ', long, `${long} `][i % 5]!, ['CN', ' CN', 'DE ', '', long][(i * 7) % 5]!]);
  const headers = ['Part No', 'COO'];
  const byColumn = new ColumnTableBuilder();
  for (const row of rows) byColumn.add(row);
  const columnTable = byColumn.table(headers, 't.csv');
  const fromColumns = buildCatalog(columnTable, mapColumns(headers));
  const fromRows = catalogOf(headers, rows);

  it('is numbered from those texts as it would be from its cells', () => {
    expect(columnTable.numberedColumn(1)).not.toBeNull();
    for (const [field, options] of [['origin', undefined], ['sku', undefined], ['sku', PART_KEY]] as const) {
      const read = columnValues(fromColumns, field, options);
      const expected = columnValues(fromRows, field, options);
      expect([...read.ids]).toEqual([...expected.ids]);
      expect(read.texts).toEqual(expected.texts);
    }
  });
});

