import { describe, expect, it } from 'vitest';
import { BADGE_SIZE, badgeSpot } from '../../../../lib/page/marks/badge-placement';

const box = (left: number, top: number, width: number, height: number) => ({ left, top, width, height });
const covers = (spot: { left: number; top: number }, text: ReturnType<typeof box>) =>
  spot.left < text.left + text.width && text.left < spot.left + BADGE_SIZE && spot.top < text.top + text.height && text.top < spot.top + BADGE_SIZE;

describe('where a badge goes on its cell', () => {
  it.each([
    ['left-aligned words in a wide cell: top right', 30, box(6, 6, 90, 17), { left: 176, top: 2 }],
    ['right-aligned number: top left', 30, box(140, 6, 54, 17), { left: 2, top: 2 }],
    ['an empty cell: top right', 30, null, { left: 176, top: 2 }],
    ['text in the top half of a tall cell: bottom right', 58, box(6, 4, 188, 20), { left: 176, top: 34 }],
  ])('%s', (_case, height, text, expected) => {
    const spot = badgeSpot({ width: 200, height }, text, 0);
    expect(spot).toEqual(expected);
    if (text) expect(covers(spot, text)).toBe(false);
  });

  it('goes just above the cell, outside it, when the text fills the cell', () => {
    const text = box(4, 5, 192, 20);
    const spot = badgeSpot({ width: 200, height: 30 }, text, 0);
    expect(spot.top + BADGE_SIZE).toBeLessThanOrEqual(0);
    expect(covers(spot, text)).toBe(false);
  });

  it('puts a second badge of the same cell beside the first', () => {
    const first = badgeSpot({ width: 200, height: 30 }, null, 0);
    const second = badgeSpot({ width: 200, height: 30 }, null, 1);
    expect(second.top).toBe(first.top);
    expect(first.left - second.left).toBeGreaterThanOrEqual(BADGE_SIZE);
  });
});
