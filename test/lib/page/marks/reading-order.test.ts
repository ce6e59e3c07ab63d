import { describe, expect, it } from 'vitest';
import { verifyReadingOrder } from '../../../../lib/page/marks/reading-order';

function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

/** Marks on rows 1, 1, 2, 3, …: two marks on the first row, rows 20 px apart. */
const rowOf = (index: number): number => Math.max(index, 1);

describe('checking the marked cells’ reading order in the background', () => {
  it('holds for rows top to bottom, though the page scrolls between slices (every box moves alike)', async () => {
    let scrolled = 0;
    // The page's own tasks run between slices: here, each scrolls the page down by 500 px.
    const scrolling = setInterval(() => (scrolled += 500), 0);
    const boxOf = (index: number) => {
      busy(0.2);
      return { left: 0, top: rowOf(index) * 20 - scrolled, width: 80, height: 20 };
    };
    const holds = await verifyReadingOrder(200, rowOf, boxOf, new AbortController().signal);
    clearInterval(scrolling);
    // 200 × 0.2 ms is several slices of 8 ms: the page did scroll meanwhile.
    expect(scrolled).toBeGreaterThan(0);
    expect(holds).toBe(true);
  });

  it('fails for a row drawn above the row before it, or a cell with no box', async () => {
    const signal = new AbortController().signal;
    const swapped = (index: number) => ({ left: 0, top: (rowOf(index) === 50 ? 48 : rowOf(index)) * 20, width: 80, height: 20 });
    expect(await verifyReadingOrder(100, rowOf, swapped, signal)).toBe(false);
    const missing = (index: number) => (index === 70 ? null : { left: 0, top: rowOf(index) * 20, width: 80, height: 20 });
    expect(await verifyReadingOrder(100, rowOf, missing, signal)).toBe(false);
  });

  it('stops when aborted (the layout changed again, or the overlay was cleared)', async () => {
    const controller = new AbortController();
    const boxOf = (index: number) => {
      busy(0.2);
      if (index === 60) controller.abort();
      return { left: 0, top: rowOf(index) * 20, width: 80, height: 20 };
    };
    expect(await verifyReadingOrder(200, rowOf, boxOf, controller.signal)).toBeNull();
  });
});
