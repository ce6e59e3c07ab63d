import { describe, expect, it } from 'vitest';
import { RowsAtHand } from '../../../../lib/extension/scan/rows-at-hand';

const lines = (from: number, count: number): string[][] => Array.from({ length: count }, (_, i) => [`P-${from + i + 1}`, '8471.30.0100']);
const SCAN = 'scan-a';

describe('rows at hand', () => {
  it('gives back a scan\'s rows in order from its chunks, a resent chunk counted once, and forgets them once taken', () => {
    const atHand = new RowsAtHand();
    atHand.keep(SCAN, 0, lines(0, 3));
    atHand.keep(SCAN, 3, lines(3, 2));
    atHand.keep(SCAN, 0, lines(0, 3));
    expect(atHand.take(SCAN, 5)).toEqual(lines(0, 5));
    expect(atHand.take(SCAN, 5)).toBeNull();
  });

  it('gives nothing when a row is missing or the count differs: the rows are then read from storage', () => {
    const atHand = new RowsAtHand();
    atHand.keep(SCAN, 0, lines(0, 3));
    atHand.keep(SCAN, 5, lines(5, 2));
    expect(atHand.take(SCAN, 7)).toBeNull();
    atHand.keep(SCAN, 0, lines(0, 3));
    expect(atHand.take(SCAN, 4)).toBeNull();
    atHand.keep(SCAN, 0, lines(0, 3));
    expect(atHand.take(SCAN, 2)).toBeNull();
  });

  it('keeps the last two scans only, so scans that never finish do not pile up in the worker', () => {
    const atHand = new RowsAtHand();
    for (const scan of ['first', 'second', 'third']) atHand.keep(scan, 0, lines(0, 1));
    expect(atHand.take('first', 1)).toBeNull();
    expect(atHand.take('second', 1)).toEqual(lines(0, 1));
    expect(atHand.take('third', 1)).toEqual(lines(0, 1));
  });

  it('takes an empty table as its one empty chunk, and forgets a scan that ended early', () => {
    const atHand = new RowsAtHand();
    atHand.keep(SCAN, 0, []);
    expect(atHand.take(SCAN, 0)).toEqual([]);
    atHand.keep(SCAN, 0, lines(0, 1));
    atHand.forget(SCAN);
    expect(atHand.take(SCAN, 1)).toBeNull();
  });
});
