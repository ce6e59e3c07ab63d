import { describe, expect, it } from 'vitest';
import { uniformPitch } from '../../../../lib/page/virtual-scroll/line-pitch';

/** Row n's place in whole pixels, as the reader keys rows: lines `pitch` apart from `first`. */
function places(pitch: number, rows: number, first = 0): number[] {
  return Array.from({ length: rows }, (_, i) => Math.round(first + i * pitch));
}

describe('the pitch of lines placed by the grid', () => {
  it('is the lines\' height when they are whole pixels apart', () => {
    expect(uniformPitch(places(30, 40, 12))).toEqual({ first: 12, pitch: 30 });
  });

  it('is the fractional height of lines whose whole-pixel places alternate (42 and 43 px apart)', () => {
    // A grid that measured its rows under CSS zoom 1.25 places them 42.5 px apart.
    const pitch = uniformPitch(places(42.5, 88))!;
    expect(pitch.pitch).toBeCloseTo(42.5, 1);
    // Row 88 is named row 88 by its place, not row 89 (the least gap, 42 px, drifted a line by then).
    expect(Math.round((places(42.5, 88)[87]! - pitch.first) / pitch.pitch) + 1).toBe(88);
  });

  it('counts a line the grid left out as a gap of two lines', () => {
    const shown = places(42.5, 30).filter((_, i) => i !== 7);
    expect(uniformPitch(shown)!.pitch).toBeCloseTo(42.5, 1);
  });

  it('is none for lines of different heights, or too few lines', () => {
    expect(uniformPitch([0, 30, 75, 105, 160])).toBeNull();
    expect(uniformPitch([0, 30])).toBeNull();
  });
});
