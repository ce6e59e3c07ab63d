/**
 * Lines of one height: grids that place their rows themselves (headless div grids, SlickGrid,
 * lit-virtualizer) put row n at (n − 1) × pitch, so a row's place names it once the pitch is known.
 */

/** The common height of lines at these offsets, when every gap between them is a whole number of lines. */
export function uniformPitch(offsets: readonly number[]): { first: number; pitch: number } | null {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const gaps = sorted.slice(1).map((offset, i) => offset - sorted[i]!);
  const least = Math.min(...gaps);
  if (sorted.length < 3 || !(least >= 4)) return null;
  // Offsets are whole pixels, lines may not be: rows 42.5 px apart (a grid that measured them
  // under CSS zoom, or at a fractional font size) sit 42 and 43 px apart. The pitch is the span
  // over the lines it covers; the least gap alone drifted a line every ~85 rows.
  const lines = gaps.reduce((sum, gap) => sum + Math.round(gap / least), 0);
  const pitch = (sorted[sorted.length - 1]! - sorted[0]!) / lines;
  const whole = gaps.every((gap) => Math.abs(gap / pitch - Math.round(gap / pitch)) * pitch <= 1);
  return whole ? { first: sorted[0]!, pitch } : null;
}
