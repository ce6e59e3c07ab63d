import { toBoxPixels, visibleAreaTop } from './scroll-container';

/**
 * How far above its view a grid draws rows. Virtualisers draw rows past both edges of the view
 * (lit-virtualizer some 1,000 px each way, others their "overscan"). Reading puts the last row
 * read at the top of the view, so the rows drawn above it were all read at the step before: on
 * Spectrum's table (lit-virtualizer) a step drew 140 rows of which 87 were new, 23 steps for
 * 2,000 rows, each drawing and laying out 140 rows of web components. Going further down by what
 * the grid draws above its view puts the last row read near the top of what it draws instead.
 *
 * Only for grids whose rows state their number (aria-rowindex, an adapter): a step that goes
 * past rows the grid did not draw then leaves a gap the reader sees and goes back up for (see
 * nextTop in scroll-reader.ts), and after that this is no longer trusted. Rows followed by their
 * element or place need a step to show rows of the step before, or they could not be numbered.
 */
export class RowsDrawnAbove {
  /** The least extent measured (a grid may draw less above at one step than at another); null before any. */
  private least: number | null = null;
  private measured = 0;
  private trusted = true;

  /**
   * Measure after a step down: how far above the view the second highest row drawn starts (the
   * highest may be a row only partly in the grid's range, drawn at one step and not at the next).
   */
  note(rows: readonly Element[], scrollerY: Element): void {
    if (!this.trusted) return;
    const viewTop = visibleAreaTop(scrollerY);
    const tops: number[] = [];
    for (const row of rows) {
      const box = row.getBoundingClientRect();
      if (box.height > 0) tops.push(box.top - viewTop);
    }
    tops.sort((a, b) => a - b);
    const extent = tops.length >= 2 ? toBoxPixels(scrollerY, Math.max(0, -tops[1]!)) : 0;
    this.least = Math.min(this.least ?? extent, extent);
    this.measured++;
  }

  /**
   * How much further down than the last row read the next step may go: what the grid drew above
   * its view at every step measured, once two agree it does (0 before, and once distrusted).
   */
  extent(): number {
    return this.trusted && this.measured >= MEASURES_BEFORE_USE ? (this.least ?? 0) : 0;
  }

  /** A step went past rows the grid did not draw: from now on steps stop at the last row read. */
  distrust(): void {
    this.trusted = false;
  }
}

/** Steps measured before the extent is used: one step's rows may be left over from before it. */
const MEASURES_BEFORE_USE = 2;
