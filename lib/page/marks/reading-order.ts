import type { ViewportBox } from './viewport-box';
import { TimeSlicer } from '../time-slices';

/**
 * Whether cells come top to bottom in row order, as in a table in normal flow: each row starts
 * no higher than the row before it (cells within one row may differ a little, by alignment).
 */
export class ReadingOrderCheck {
  holds = true;
  private row = 0;
  private rowTop = -Infinity;
  private previousRowTop = -Infinity;

  add(row: number, box: ViewportBox | null): void {
    if (!box) {
      this.holds = false;
      return;
    }
    if (row !== this.row) {
      this.previousRowTop = this.rowTop;
      this.row = row;
      this.rowTop = box.top;
    } else {
      this.rowTop = Math.min(this.rowTop, box.top);
    }
    if (this.rowTop < this.previousRowTop) this.holds = false;
  }
}

/** A slice of the check in the background: short, so the page answers its user meanwhile. */
const CHECK_SLICE_MS = 8;

/**
 * Check that the cells of `count` marks come in reading order, a slice at a time between the
 * page's own tasks (see time-slices.ts). The page may scroll between slices, which moves every
 * box alike: each slice starts again from the last mark the slice before read, so a scroll is
 * never taken for a change of order. Resolves to null when stopped (`signal`).
 */
export async function verifyReadingOrder(
  count: number,
  rowOf: (index: number) => number,
  boxOf: (index: number) => ViewportBox | null,
  signal: AbortSignal,
): Promise<boolean | null> {
  const slicer = new TimeSlicer(signal, CHECK_SLICE_MS);
  let order = new ReadingOrderCheck();
  let yields = 0;
  try {
    for (let index = 0; index < count; index++) {
      await slicer.pause();
      if (slicer.yields !== yields) {
        yields = slicer.yields;
        order = new ReadingOrderCheck();
        if (index > 0) order.add(rowOf(index - 1), boxOf(index - 1));
      }
      order.add(rowOf(index), boxOf(index));
      if (!order.holds) return false;
    }
  } catch (error) {
    if (signal.aborted) return null;
    throw error;
  }
  return true;
}
