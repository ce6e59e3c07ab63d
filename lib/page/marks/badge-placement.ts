import type { ViewportBox } from './viewport-box';

/** Badge size and the gap it keeps from the cell's edge, in CSS px (overlay-styles.ts draws it this size). */
export const BADGE_SIZE = 22;
const GAP = 2;

/** Where a badge goes, relative to the top-left corner of its cell's box. */
export interface BadgeSpot {
  left: number;
  top: number;
}

function overlaps(a: ViewportBox, b: ViewportBox): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/**
 * A badge must not cover what the filer needs to read: the cell's text. It goes in the first
 * corner of the cell where it fits clear of the text (top right, bottom right, top left, bottom
 * left: numbers are right-aligned, words left-aligned), and, when the text fills the cell, just
 * above the cell's top-right corner, outside it. `text` is the box of the cell's content relative
 * to the cell (null when the cell is empty); `stack` moves the second and later badges of one cell
 * aside so all of them show.
 */
export function badgeSpot(cell: { width: number; height: number }, text: ViewportBox | null, stack: number): BadgeSpot {
  const shift = stack * (BADGE_SIZE + GAP);
  const right = cell.width - BADGE_SIZE - GAP - shift;
  const left = GAP + shift;
  const bottom = cell.height - BADGE_SIZE - GAP;
  const inside: BadgeSpot[] = [
    { left: right, top: GAP },
    { left: right, top: bottom },
    { left, top: GAP },
    { left, top: bottom },
  ];
  const fits = (spot: BadgeSpot): boolean =>
    spot.left >= 0 && spot.top >= 0 && spot.left + BADGE_SIZE <= cell.width && spot.top + BADGE_SIZE <= cell.height;
  const clear = (spot: BadgeSpot): boolean => !text || !overlaps({ ...spot, width: BADGE_SIZE, height: BADGE_SIZE }, { left: text.left - 1, top: text.top - 1, width: text.width + 2, height: text.height + 2 });
  return inside.find((spot) => fits(spot) && clear(spot)) ?? { left: Math.max(cell.width - BADGE_SIZE - shift, -shift), top: -BADGE_SIZE - 1 };
}
