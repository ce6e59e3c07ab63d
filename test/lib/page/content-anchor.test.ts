import { describe, expect, it } from 'vitest';
import { anchorByContent, type RowCells } from '../../../lib/page/virtual-scroll/content-anchor';

/** Rows read so far, by number: part numbers in column 1, and lines 40–44 all the same line. */
const read = new Map<number, RowCells>();
for (let number = 1; number <= 100; number++) {
  const part = number >= 40 && number <= 44 ? 'LT-REPEAT' : `LT-${String(number).padStart(5, '0')}`;
  read.set(number, new Map([[0, part], [1, '8471.30.0100']]));
}
const rowsRead = (number: number) => read.get(number);
const shown = (...parts: string[]): RowCells[] => parts.map((part) => new Map([[0, part], [1, '8471.30.0100']]));

describe('anchorByContent: rows written afresh, recognised by their cells', () => {
  it('finds the run the shown rows repeat, even where geometry has drifted by rows', () => {
    expect(anchorByContent(shown('LT-00060', 'LT-00061', 'LT-00062'), rowsRead, 100, 57.4)).toBe(60);
  });

  it('counts on past the last row read: shown rows below it are new', () => {
    expect(anchorByContent(shown('LT-00099', 'LT-00100', 'LT-00101', 'LT-00102'), rowsRead, 100, 99)).toBe(99);
  });

  it('of lines that repeat cell for cell, takes the run nearest where geometry puts it (none dropped, none counted twice)', () => {
    expect(anchorByContent(shown('LT-REPEAT', 'LT-REPEAT'), rowsRead, 100, 41.2)).toBe(41);
    expect(anchorByContent(shown('LT-REPEAT', 'LT-REPEAT', 'LT-00045'), rowsRead, 100, 40)).toBe(43);
  });

  it('compares only the columns both have (columns drawn only in view)', () => {
    expect(anchorByContent([new Map([[1, '8471.30.0100'], [0, 'LT-00020']])], rowsRead, 100, 20)).toBe(20);
    expect(anchorByContent([new Map([[5, 'USD']])], rowsRead, 100, 20)).toBeNull();
  });

  it('is null when the shown rows repeat no rows read', () => {
    expect(anchorByContent(shown('LT-99999'), rowsRead, 100, 50)).toBeNull();
  });
});
