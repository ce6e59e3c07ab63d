import { describe, expect, it } from 'vitest';
import { CellPlacer, placeCells, type SourceRow } from '../../../lib/page/layout/cell-grid';

// Placement needs no DOM: elements are only carried along.
const element = (name: string) => ({ name }) as unknown as Element;
const cell = (name: string, rowSpan = 1, colSpan = 1) => ({ element: element(name), header: false, colSpan, rowSpan, column: null });

describe('placing cells row by row', () => {
  it('keeps a row span open across separate calls, as long tables are placed in slices', () => {
    const rows: SourceRow[] = [
      { element: element('r1'), section: 'body', cells: [cell('a', 2), cell('b'), cell('c')] },
      { element: element('r2'), section: 'body', cells: [cell('d'), cell('e')] },
      { element: element('r3'), section: 'body', cells: [cell('f', 1, 2), cell('g')] },
    ];
    const placer = new CellPlacer();
    const oneByOne = rows.map((row) => placer.place(row));
    const whole = placeCells(rows);
    expect(oneByOne).toEqual(whole.rows);
    expect(placer.columnCount).toBe(whole.columnCount);
    const names = (i: number) => oneByOne[i]!.slots.map((slot) => (slot!.cell.element as unknown as { name: string }).name);
    expect(names(1)).toEqual(['a', 'd', 'e']);
    expect(names(2)).toEqual(['f', 'f', 'g']);
  });
});
