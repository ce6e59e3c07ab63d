import { describe, expect, it } from 'vitest';
import type { GridSnapshot } from '../../../lib/page/layout/grid-snapshot';
import { ColumnsByHeader, namesOneColumn } from '../../../lib/page/virtual-scroll/columns-by-header';

/** A look at a grid whose header shows these words at places 0, 1, 2… (header elements are not looked at). */
function look(...words: string[]): GridSnapshot {
  return { headers: new Map(words.map((text, place) => [place, { text, element: null as unknown as Element }])), rows: [], headerRowIndex: 0, unindexedHeaderRows: 0, rowsDrawn: 0, ownRows: 0 };
}

/** What a collector does with each look: the key of each place, and the headers it then knows. */
function read(columns: ColumnsByHeader, known: Map<number, string>, snapshot: GridSnapshot): number[] {
  const keyOf = columns.columnsOf(snapshot, known);
  const keys = [...snapshot.headers.keys()].map(keyOf);
  for (const [place, header] of snapshot.headers) {
    const before = known.get(keyOf(place));
    // As GridCollector does: a column named by its group alone takes the longer words once drawn.
    if (before === undefined || (header.text.length > before.length && namesOneColumn(before, header.text))) known.set(keyOf(place), header.text);
  }
  return keys;
}

describe('ColumnsByHeader', () => {
  it('keeps the places as keys while every look shows the same words at the same places', () => {
    const columns = new ColumnsByHeader();
    const known = new Map<number, string>();
    expect(read(columns, known, look('Line', 'Part', 'HTS'))).toEqual([0, 1, 2]);
    // A grid stating aria-colindex may show a column at a place not seen before: still its place.
    expect(read(columns, known, look('Line', 'Part', 'HTS', 'Origin'))).toEqual([0, 1, 2, 3]);
  });

  it('knows columns by their words once a grid drawing only the columns in view numbers them from 0 again', () => {
    const columns = new ColumnsByHeader();
    const known = new Map<number, string>();
    expect(read(columns, known, look('Line', 'Part', 'Description', 'HTS'))).toEqual([0, 1, 2, 3]);
    // Scrolled sideways: frozen Line and Part stay, Description went out of view, two came in.
    expect(read(columns, known, look('Line', 'Part', 'HTS', 'Origin', 'Quantity'))).toEqual([0, 1, 3, 4, 5]);
    expect(read(columns, known, look('Line', 'Part', 'Quantity', 'Amount', 'Amount'))).toEqual([0, 1, 5, 6, 7]);
    // Back to the left: the same keys as before.
    expect(read(columns, known, look('Line', 'Part', 'Description', 'HTS'))).toEqual([0, 1, 2, 3]);
    expect([...known.values()]).toEqual(['Line', 'Part', 'Description', 'HTS', 'Origin', 'Quantity', 'Amount', 'Amount']);
  });

  it('keeps the places as keys when a column named by its group alone is then drawn with its own header below', () => {
    const columns = new ColumnsByHeader();
    const known = new Map<number, string>();
    // AG Grid with column groups: "Gross" is out of view, so its place shows the group's words alone.
    expect(read(columns, known, look('Goods Description', 'Weights Net', 'Weights'))).toEqual([0, 1, 2]);
    // Scrolled sideways: it is drawn, under its group. The same column, not a grid that shifts its columns.
    expect(read(columns, known, look('Goods Description', 'Weights Net', 'Weights Gross'))).toEqual([0, 1, 2]);
    expect(read(columns, known, look('Goods Description', 'Weights Net', 'Weights'))).toEqual([0, 1, 2]);
    expect([...known.values()]).toEqual(['Goods Description', 'Weights Net', 'Weights Gross']);
    // Other words at a place still tell a grid that shifts its columns.
    expect(read(columns, known, look('Weights Net', 'Weights Gross', 'Currency'))).toEqual([1, 2, 3]);
  });
});

describe('namesOneColumn', () => {
  it('takes a group’s words and the same with the column’s own below for one column, and nothing else', () => {
    expect(namesOneColumn('Weights', 'Weights Gross Weight (kg)')).toBe(true);
    expect(namesOneColumn('Weights Gross Weight (kg)', 'Weights')).toBe(true);
    expect(namesOneColumn('HTS', 'HTS')).toBe(true);
    expect(namesOneColumn('Weight', 'Weights Gross')).toBe(false);
    expect(namesOneColumn('Description', 'HTS Code')).toBe(false);
  });
});
