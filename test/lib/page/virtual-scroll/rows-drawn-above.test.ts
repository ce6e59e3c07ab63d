import { describe, expect, it } from 'vitest';
import { RowsDrawnAbove } from '../../../../lib/page/virtual-scroll/rows-drawn-above';

/** A box whose visible area starts 100 px down the window. */
const box = { ownerDocument: { scrollingElement: null }, clientTop: 0, getBoundingClientRect: () => ({ top: 100 }) } as unknown as Element;

/** Rows of 20 px, the first `above` px above the box's view. */
function rows(above: number, count = 10): Element[] {
  return Array.from({ length: count }, (_, i) => ({ getBoundingClientRect: () => ({ top: 100 - above + i * 20, height: 20 }) }) as unknown as Element);
}

describe('how far above its view a grid draws rows', () => {
  it('is used once two steps measured it, from the second row drawn (the first may be drawn only in part)', () => {
    const drawn = new RowsDrawnAbove();
    drawn.note(rows(105), box);
    expect(drawn.extent()).toBe(0);
    drawn.note(rows(110), box);
    expect(drawn.extent()).toBe(85);
  });

  it('is the least measured: a grid may draw less above at one step than at another', () => {
    const drawn = new RowsDrawnAbove();
    drawn.note(rows(300), box);
    drawn.note(rows(40), box);
    drawn.note(rows(300), box);
    expect(drawn.extent()).toBe(20);
  });

  it('is nothing for a grid that draws no rows above its view', () => {
    const drawn = new RowsDrawnAbove();
    drawn.note(rows(0), box);
    drawn.note(rows(0), box);
    expect(drawn.extent()).toBe(0);
  });

  it('is not used again once a step went past rows the grid did not draw', () => {
    const drawn = new RowsDrawnAbove();
    drawn.note(rows(500), box);
    drawn.note(rows(500), box);
    expect(drawn.extent()).toBe(480);
    drawn.distrust();
    drawn.note(rows(500), box);
    expect(drawn.extent()).toBe(0);
  });
});
