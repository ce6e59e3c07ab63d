import { describe, expect, it } from 'vitest';
import { checkRowsInTurns } from '../../../../lib/extension/messaging/chunk-rows';
import { MAX_CELL_LENGTH, MAX_COLUMNS } from '../../../../lib/extension/messaging/message-limits';
import { CELL_SEPARATOR, MAX_PACKED_ROW_LENGTH, packRow, unpackRow } from '../../../../lib/extension/messaging/packed-rows';

const noTurns = async () => {};

/** Cells a page may hold: every kind of whitespace and control character, the separator itself, surrogates, nothing at all. */
const HOSTILE_ROWS: string[][] = [
  ['SKU-1', '8471.30.0100', 'CN'],
  [''],
  ['', ''],
  ['', 'only the second', ''],
  ['tab\there', 'new\nline', 'cr\r\nlf', 'nul\0byte'],
  [CELL_SEPARATOR],
  ['a', `b${CELL_SEPARATOR}c`, 'd'],
  [`${CELL_SEPARATOR}${CELL_SEPARATOR}`, ''],
  ['\x1F unit separator', '\x1E record separator', '\x1D group separator', '\uFFFF', '\uD800 lone surrogate', '😀 Größe'],
  ['x'.repeat(MAX_CELL_LENGTH), 'y'],
  Array.from({ length: MAX_COLUMNS }, (_, i) => `c${i}`),
  [],
];

describe('rows packed for a chunk', () => {
  it('come back as exactly the same cells, whatever characters the cells hold', () => {
    for (const cells of HOSTILE_ROWS) expect(unpackRow(packRow(cells))).toEqual(cells);
  });

  it('are one string a row when no cell holds the separator, and the cells as they are when one does', () => {
    expect(packRow(['SKU-1', 'tab\there', ''])).toBe(`SKU-1${CELL_SEPARATOR}tab\there${CELL_SEPARATOR}`);
    expect(packRow(['a', `b${CELL_SEPARATOR}c`])).toEqual(['a', `b${CELL_SEPARATOR}c`]);
    expect(packRow([])).toEqual([]);
  });

  it('are checked by the worker as strictly as rows of cells: the same rows pass, packed or not', async () => {
    expect(await checkRowsInTurns(HOSTILE_ROWS.map(packRow), noTurns)).toEqual(HOSTILE_ROWS);
    expect(await checkRowsInTurns(HOSTILE_ROWS, noTurns)).toEqual(HOSTILE_ROWS);
  });

  it('are refused by the worker when they split into too many cells or too long a cell, or are too long to be a row', async () => {
    const tooManyCells = Array.from({ length: MAX_COLUMNS + 1 }, () => 'c').join(CELL_SEPARATOR);
    const tooLongCell = ['x'.repeat(MAX_CELL_LENGTH + 1), 'y'].join(CELL_SEPARATOR);
    const onlySeparators = CELL_SEPARATOR.repeat(MAX_PACKED_ROW_LENGTH);
    const tooLong = 'z'.repeat(MAX_PACKED_ROW_LENGTH + 1);
    for (const bad of [tooManyCells, tooLongCell, onlySeparators, tooLong]) {
      expect(await checkRowsInTurns(['SKU-1', bad], noTurns)).toBeNull();
    }
    // A string of separators is split only so far as to see that it has too many cells.
    expect(unpackRow(onlySeparators)).toHaveLength(MAX_COLUMNS + 1);
    expect(unpackRow(tooLong)).toBe(tooLong);
  });
});
