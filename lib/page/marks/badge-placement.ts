import type { ViewportBox } from './viewport-box';

/**
 * Badge sizes in CSS px, largest first: the full badge, then compact ones for cells whose text
 * leaves no room for it (overlay-styles.ts scales the glyph with the size). 14 px still shows
 * its glyph and is the smallest a pointer reliably hits on a dense grid.
 */
export const BADGE_SIZE = 22;
const SMALLEST_BADGE = 14;
export const BADGE_SIZES: readonly number[] = [BADGE_SIZE, 16, SMALLEST_BADGE];
/** Gap kept from the cell's edge inside it. */
const GAP = 2;
/** Clear space kept between a badge and any text, so it never touches a glyph. */
const MARGIN = 1;
/** How far outside its cell a badge goes first: one full badge, so it still reads as the cell's. */
export const BADGE_REACH = BADGE_SIZE + GAP;
/**
 * How far it may go when nothing that near is free (a form whose narrow code cells sit edge to
 * edge): three badges, about the next cell or the next line. The outline stays on the cell.
 */
export const FAR_BADGE_REACH = 3 * BADGE_SIZE + GAP;

/** Where a badge goes, in the top viewport, on whole pixels (so what is checked is what is drawn). */
export interface BadgeSpot {
  left: number;
  top: number;
  size: number;
  /** False when no spot within reach was clear of text: the badge covers the least it could. */
  clear: boolean;
}

/** What a badge is placed among. All boxes in the top viewport. */
export interface BadgeSurroundings {
  /** The shown part of the marked cell (or row). */
  cell: ViewportBox;
  /** What it must not cover: text lines and form controls of the cell and its neighbours, other badges. */
  obstacles: readonly ViewportBox[];
  /** Where a badge can be seen: the viewport, cut to a scrolling grid's rows area or a frame. */
  bounds: ViewportBox;
  /** The cell's inline end, where a badge goes first: right in left-to-right text, left in right-to-left. */
  end: 'left' | 'right';
  /** How far outside the cell the badge may go (its far edge), BADGE_REACH unless told. */
  reach?: number;
}

function overlaps(a: ViewportBox, b: ViewportBox, margin = 0): boolean {
  return a.left < b.left + b.width + margin && b.left - margin < a.left + a.width && a.top < b.top + b.height + margin && b.top - margin < a.top + a.height;
}

const within = (box: ViewportBox, outer: ViewportBox): boolean =>
  box.left >= outer.left && box.top >= outer.top && box.left + box.width <= outer.left + outer.width && box.top + box.height <= outer.top + outer.height;

function overlapArea(a: ViewportBox, b: ViewportBox): number {
  const width = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const height = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Heights worth trying: against the cell's edges inside it, centred, across each edge, just
 * outside it, and just above or below each obstacle (free space starts where a line of text
 * ends). Rounded away from the obstacle, so the whole-pixel badge stays clear of it.
 */
function topsToTry(cell: ViewportBox, size: number, near: readonly ViewportBox[]): number[] {
  const bottom = cell.top + cell.height;
  const tops = [cell.top + GAP, bottom - size - GAP, cell.top + (cell.height - size) / 2, cell.top - size / 2, bottom - size / 2, cell.top - size - GAP, bottom + GAP].map(Math.round);
  for (const obstacle of near) tops.push(Math.ceil(obstacle.top + obstacle.height + MARGIN), Math.floor(obstacle.top - MARGIN - size));
  return [...new Set(tops)];
}

/**
 * The free stretches of a horizontal band (`top`, `size` high) within [from, to]: the lefts a
 * badge can take there without coming within MARGIN of an obstacle, as whole-pixel intervals.
 */
function freeLefts(top: number, size: number, from: number, to: number, near: readonly ViewportBox[]): [number, number][] {
  const blocked = near
    .filter((o) => o.top - MARGIN < top + size && top < o.top + o.height + MARGIN)
    // A badge at `left` touches the obstacle's margin when left is strictly between these two.
    .map((o) => [Math.floor(o.left - MARGIN - size), Math.ceil(o.left + o.width + MARGIN)] as const)
    .sort((a, b) => a[0] - b[0]);
  const free: [number, number][] = [];
  let next = Math.ceil(from);
  const last = Math.floor(to);
  for (const [before, after] of blocked) {
    if (before >= next) free.push([next, Math.min(before, last)]);
    next = Math.max(next, after);
    if (next > last) break;
  }
  if (next <= last) free.push([next, last]);
  return free.filter(([a, b]) => a <= b);
}

const clamp = (value: number, [low, high]: readonly [number, number]): number => Math.min(Math.max(Math.round(value), low), high);

interface Candidate {
  box: ViewportBox;
  /** 0: inside the cell, 1: across its edge, 2: just outside it. */
  place: number;
  /** Steps down from the full size. */
  shrink: number;
  /** Manhattan distance from the preferred spot, the top corner at the cell's inline end. */
  distance: number;
}

/** Where both areas allow a badge: their intersection, or null. */
function commonArea(a: ViewportBox, b: ViewportBox): ViewportBox | null {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.left + a.width, b.left + b.width);
  const bottom = Math.min(a.top + a.height, b.top + b.height);
  return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : null;
}

/**
 * Every clear spot worth ranking, of each size: for each height tried, the free stretches of
 * that band, and in each the lefts nearest the preferred corner, the cell's edges inside and
 * across them. Clear by construction: no overlap test per candidate.
 */
function clearCandidates(cell: ViewportBox, near: readonly ViewportBox[], area: ViewportBox, end: 'left' | 'right'): Candidate[] {
  const candidates: Candidate[] = [];
  BADGE_SIZES.forEach((size, shrink) => {
    const preferredLeft = end === 'right' ? cell.left + cell.width - size - GAP : cell.left + GAP;
    const preferredTop = cell.top + GAP;
    const lefts = [preferredLeft, cell.left + GAP, cell.left + cell.width - size - GAP, cell.left - size / 2, cell.left + cell.width - size / 2];
    for (const top of topsToTry(cell, size, near)) {
      if (top < area.top || top + size > area.top + area.height) continue;
      for (const stretch of freeLefts(top, size, area.left, area.left + area.width - size, near)) {
        for (const left of new Set(lefts.map((wanted) => clamp(wanted, stretch)))) {
          const box = { left, top, width: size, height: size };
          const place = within(box, cell) ? 0 : overlaps(box, cell) ? 1 : 2;
          candidates.push({ box, place, shrink, distance: Math.abs(left - preferredLeft) + Math.abs(top - preferredTop) });
        }
      }
    }
  });
  return candidates;
}

const spotOf = (box: ViewportBox, clear: boolean): BadgeSpot => ({ left: box.left, top: box.top, size: box.width, clear });

/**
 * Where a badge goes: never on any text, its own cell's or a neighbour's (a badge above a cell
 * used to cover the end of the row above), so the value the filer must check stays readable.
 * Tried in order: inside the cell, then across its edge (in the gap between two cells' text),
 * then just outside it; within each, the full size before compact ones; and nearest the top
 * corner at the text's end (numbers are right-aligned, words left-aligned, and right-to-left
 * text ends on the left). When every spot near the cell covers text (a tiny cell packed with
 * text), the smallest badge goes on the cell where it covers the least.
 */
export function badgeSpot({ cell, obstacles, bounds, end, reach = BADGE_REACH }: BadgeSurroundings): BadgeSpot {
  const near = obstacles.filter((obstacle) => overlaps(obstacle, cell, reach + MARGIN));
  const around = { left: cell.left - reach, top: cell.top - reach, width: cell.width + 2 * reach, height: cell.height + 2 * reach };
  const area = commonArea(around, bounds);
  const candidates = area ? clearCandidates(cell, near, area, end) : [];
  const rank = (a: Candidate, b: Candidate): number => a.place - b.place || a.shrink - b.shrink || a.distance - b.distance;
  const best = candidates.reduce<Candidate | undefined>((chosen, candidate) => (!chosen || rank(candidate, chosen) < 0 ? candidate : chosen), undefined);
  return best ? spotOf(best.box, true) : spotOf(leastCovering(cell, near, bounds, end), false);
}

/** The smallest badge on the cell (or its shown part) where it covers the least text. */
function leastCovering(cell: ViewportBox, near: readonly ViewportBox[], bounds: ViewportBox, end: 'left' | 'right'): ViewportBox {
  const size = SMALLEST_BADGE;
  const preferredLeft = end === 'right' ? cell.left + cell.width - size - GAP : cell.left + GAP;
  const lefts = [preferredLeft, cell.left + GAP, cell.left + cell.width - size - GAP, ...near.flatMap((o) => [o.left + o.width + MARGIN, o.left - MARGIN - size])];
  let best: { box: ViewportBox; covered: number; distance: number } | null = null;
  for (const top of topsToTry(cell, size, near)) {
    for (const left of new Set(lefts.map(Math.round))) {
      const box = { left, top, width: size, height: size };
      if (!overlaps(box, cell) || !within(box, bounds)) continue;
      const covered = near.reduce((sum, obstacle) => sum + overlapArea(box, obstacle), 0);
      const distance = Math.abs(left - preferredLeft) + Math.abs(top - cell.top);
      if (!best || covered < best.covered || (covered === best.covered && distance < best.distance)) best = { box, covered, distance };
    }
  }
  // Nothing of the cell shows where a whole badge fits: its top corner at the inline end.
  const corner = { left: Math.round(end === 'right' ? cell.left + cell.width - size : cell.left), top: Math.round(cell.top), width: size, height: size };
  return best?.box ?? corner;
}
