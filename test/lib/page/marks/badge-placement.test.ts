import { describe, expect, it } from 'vitest';
import { BADGE_SIZE, badgeSpot, type BadgeSpot, type BadgeSurroundings } from '../../../../lib/page/marks/badge-placement';
import type { ViewportBox } from '../../../../lib/page/marks/viewport-box';

const box = (left: number, top: number, width: number, height: number): ViewportBox => ({ left, top, width, height });
const SCREEN = box(0, 0, 1280, 800);
const covers = (spot: BadgeSpot, text: ViewportBox) =>
  spot.left < text.left + text.width && text.left < spot.left + spot.size && spot.top < text.top + text.height && text.top < spot.top + spot.size;
const inside = (spot: BadgeSpot, cell: ViewportBox) =>
  spot.left >= cell.left && spot.top >= cell.top && spot.left + spot.size <= cell.left + cell.width && spot.top + spot.size <= cell.top + cell.height;

function place(cell: ViewportBox, obstacles: ViewportBox[], more: Partial<BadgeSurroundings> = {}): BadgeSpot {
  const spot = badgeSpot({ cell, obstacles, bounds: SCREEN, end: 'right', ...more });
  for (const text of obstacles) expect(covers(spot, text), `badge ${JSON.stringify(spot)} covers ${JSON.stringify(text)}`).toBe(false);
  return spot;
}

/**
 * A dense grid's rows (28 px, text 16 px tall with 6 px above and below) and columns: a code
 * column whose text fills it, a two-letter origin beside it, a right-aligned value.
 */
const ROW = 28;
const rowTop = (row: number) => 100 + row * ROW;
const codeCell = (row: number) => box(200, rowTop(row), 100, ROW);
const codeText = (row: number) => box(208, rowTop(row) + 6, 84, 16);
const originText = (row: number) => box(309, rowTop(row) + 6, 18, 16);
const quantityText = (row: number) => box(160, rowTop(row) + 6, 32, 16);

describe('where a badge goes', () => {
  it('goes full size in the top corner at the end of left-aligned words', () => {
    const cell = box(100, 100, 200, 30);
    const spot = place(cell, [box(106, 106, 90, 17)]);
    expect(spot).toEqual({ left: 276, top: 102, size: BADGE_SIZE, clear: true });
  });

  it('goes full size before a right-aligned number, nearest the top-right corner', () => {
    const cell = box(100, 100, 200, 30);
    const spot = place(cell, [box(240, 106, 54, 17)]);
    expect(spot).toEqual({ left: 217, top: 102, size: BADGE_SIZE, clear: true });
  });

  it('goes in the top-left corner of right-to-left words, their end', () => {
    const cell = box(100, 100, 200, 30);
    const spot = place(cell, [box(204, 106, 90, 17)], { end: 'left' });
    expect(spot).toEqual({ left: 102, top: 102, size: BADGE_SIZE, clear: true });
  });

  it('uses the room a wrapped description’s short last line leaves', () => {
    const cell = box(100, 100, 200, 62);
    const lines = [box(106, 104, 188, 17), box(106, 121, 188, 17), box(106, 138, 60, 17)];
    const spot = place(cell, lines);
    expect(inside(spot, cell)).toBe(true);
    expect(spot.size).toBe(BADGE_SIZE);
    expect(spot.top).toBeGreaterThanOrEqual(138 - BADGE_SIZE);
  });

  it('never covers the row above when the code fills its cell (it once went above the corner, over the row above’s text)', () => {
    const obstacles = [0, 1, 2].flatMap((row) => [quantityText(row), codeText(row), originText(row)]);
    const spot = place(codeCell(1), obstacles);
    // Across the right edge, in the gap between the code and the origin, compact.
    expect(spot.size).toBeLessThan(BADGE_SIZE);
    expect(spot.left).toBeGreaterThanOrEqual(292);
    expect(spot.left + spot.size).toBeLessThanOrEqual(309);
  });

  it('keeps several badges of one cell apart', () => {
    const cell = box(100, 100, 200, 30);
    const text = box(106, 106, 60, 17);
    const first = place(cell, [text]);
    const second = place(cell, [text, box(first.left, first.top, first.size, first.size)]);
    expect(covers(second, box(first.left, first.top, first.size, first.size))).toBe(false);
    expect(second.top).toBe(first.top);
    expect(inside(second, cell)).toBe(true);
  });

  it('stays where it can be seen: inside the bounds of a grid cut by the screen’s edge', () => {
    const cell = box(1200, 100, 120, 30);
    const spot = place(cell, [box(1206, 106, 40, 17)], { bounds: box(0, 0, 1280, 800) });
    expect(spot.left + spot.size).toBeLessThanOrEqual(1280);
    expect(inside(spot, cell)).toBe(true);
  });

  it('with no clear spot near the cell, takes the smallest size on the cell where it covers least', () => {
    // A tiny cell in a grid of cells packed edge to edge with text.
    const obstacles: ViewportBox[] = [];
    for (let row = -3; row <= 3; row++) for (let column = -3; column <= 3; column++) obstacles.push(box(100 + column * 20, 100 + row * 14, 20, 14));
    const cell = box(100, 100, 20, 14);
    const spot = badgeSpot({ cell, obstacles, bounds: SCREEN, end: 'right' });
    expect(spot.size).toBe(14);
    expect(covers(spot, cell)).toBe(true);
  });

  it('places on whole pixels, clear of text that ends mid-pixel', () => {
    const cell = box(100.4, 100.3, 120.5, 28.2);
    const spot = place(cell, [box(106.6, 106.1, 100.7, 16.3)]);
    expect(Number.isInteger(spot.left) && Number.isInteger(spot.top)).toBe(true);
  });
});
