import { describe, expect, it } from 'vitest';
import { jsonArrayBytes } from '../../../../lib/extension/storage/json-parts';

const decoded = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** A turn that only counts how often it was given. */
function countedTurns() {
  const counted = {
    turns: 0,
    turn: async () => {
      counted.turns++;
    },
  };
  return counted;
}

describe('the JSON of a long list, made in parts', () => {
  const rows = Array.from({ length: 500 }, (_, i) => [`row ${i}`, 'x'.repeat(i % 37), 'Ünïcode ✓ "quoted" 𝄞']);

  it('is the UTF-8 of JSON.stringify, whatever the size of its parts', async () => {
    for (const maxChars of [10, 500, 2_000, 1_000_000]) {
      expect(decoded(await jsonArrayBytes(rows, countedTurns().turn, maxChars))).toBe(JSON.stringify(rows));
    }
  });

  it('is the same for a list of several hundred kilobytes, of any characters', async () => {
    const long = Array.from({ length: 4_000 }, (_, i) => [`row ${i}`, '€ ünï ✓ 𝄞 '.repeat(i % 20), `${i}`]);
    expect(decoded(await jsonArrayBytes(long, countedTurns().turn, 3_000))).toBe(JSON.stringify(long));
  });

  it('gives the worker a turn between parts of at most the characters asked', async () => {
    const counted = countedTurns();
    await jsonArrayBytes(rows, counted.turn, 2_000);
    const parts = counted.turns + 1;
    expect(parts).toBeGreaterThanOrEqual(Math.ceil(JSON.stringify(rows).length / 2_000));
    // Items are not cut: a part ends where the next item would not fit, so at most about twice as many parts.
    expect(parts).toBeLessThanOrEqual(2 * Math.ceil(JSON.stringify(rows).length / 2_000));
  });

  it('an item longer than a part is a part of its own; an empty list is []', async () => {
    const items = ['short', 'y'.repeat(5_000), 'short again'];
    const counted = countedTurns();
    expect(decoded(await jsonArrayBytes(items, counted.turn, 1_000))).toBe(JSON.stringify(items));
    expect(counted.turns).toBe(2);
    expect(decoded(await jsonArrayBytes([], counted.turn))).toBe('[]');
  });

  it('writes null for what JSON cannot say, as an array does', async () => {
    expect(decoded(await jsonArrayBytes([1, undefined, 'a'], countedTurns().turn))).toBe(JSON.stringify([1, undefined, 'a']));
  });
});
