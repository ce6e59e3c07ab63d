import { describe, expect, it } from 'vitest';
import { drawsWholeWidth } from '../../../../lib/page/virtual-scroll/enlarged-view';
import { scrolledFromLeftEdge, scrollLeftAt, sidewaysPositions } from '../../../../lib/page/virtual-scroll/scroll-container';

/**
 * Scrolling boxes laid out right to left (Arabic and Hebrew portals): their scrollLeft is 0 at
 * the right edge, where the columns start, and negative to the left of it. Reading must sweep
 * them to the left and judge their far end at the left edge (an AG Grid in RTL mode read 0 of
 * 2,000 rows: its columns on the left were never drawn, and never scrolled to).
 */

type Direction = 'ltr' | 'rtl';

/** A box at `left` on screen, `width` wide, holding `scrollWidth` of content, scrolled to `scrollLeft`. */
function scrollBox(direction: Direction, { left, width, scrollWidth, scrollLeft }: { left: number; width: number; scrollWidth: number; scrollLeft: number }): Element {
  const doc = { scrollingElement: null, defaultView: { getComputedStyle: () => ({ direction }) } };
  return { ownerDocument: doc, getBoundingClientRect: () => ({ left, right: left + width }), clientLeft: 0, clientWidth: width, scrollWidth, scrollLeft } as unknown as Element;
}

/** Header cells drawn side by side from `from` to `to` on screen, 100 px each. */
function headerCells(from: number, to: number): Element[] {
  const cells: Element[] = [];
  for (let left = from; left < to; left += 100) cells.push({ getBoundingClientRect: () => ({ left, right: left + 100 }) } as unknown as Element);
  return cells;
}

describe('a box laid out right to left', () => {
  it('is swept to the left from its right edge, through negative scroll positions, to its left edge', () => {
    const positions = sidewaysPositions(scrollBox('rtl', { left: 0, width: 500, scrollWidth: 1700, scrollLeft: 0 }));
    expect(positions[0]).toBe(0);
    expect(positions.at(-1)).toBe(-1200);
    for (let i = 1; i < positions.length; i++) {
      expect(positions[i]).toBeLessThan(positions[i - 1]!);
      // Steps overlap: no column is ever skipped between two positions.
      expect(positions[i - 1]! - positions[i]!).toBeLessThan(500);
    }
    expect(sidewaysPositions(scrollBox('ltr', { left: 0, width: 500, scrollWidth: 1700, scrollLeft: 0 }))).toEqual(positions.map((left) => Math.abs(left)));
  });

  it('counts how far it is scrolled from its content\'s left edge', () => {
    expect(scrolledFromLeftEdge(scrollBox('rtl', { left: 0, width: 500, scrollWidth: 1700, scrollLeft: 0 }))).toBe(1200);
    expect(scrolledFromLeftEdge(scrollBox('rtl', { left: 0, width: 500, scrollWidth: 1700, scrollLeft: -1200 }))).toBe(0);
    expect(scrolledFromLeftEdge(scrollBox('ltr', { left: 0, width: 500, scrollWidth: 1700, scrollLeft: 300 }))).toBe(300);
    // And back: the scrollLeft that shows the content from a given distance from its left edge.
    expect(scrollLeftAt(scrollBox('rtl', { left: 0, width: 500, scrollWidth: 1700, scrollLeft: 0 }), 0)).toBe(-1200);
    expect(scrollLeftAt(scrollBox('rtl', { left: 0, width: 500, scrollWidth: 1700, scrollLeft: 0 }), 1200)).toBe(0);
    expect(scrollLeftAt(scrollBox('ltr', { left: 0, width: 500, scrollWidth: 1700, scrollLeft: 0 }), 300)).toBe(300);
  });

  it('draws its whole width when its header reaches its content\'s left edge, wherever its right end is', () => {
    // Widened to its content (1,200 px at 100 on screen): every column drawn, then the left ones missing.
    const widened = scrollBox('rtl', { left: 100, width: 1200, scrollWidth: 1200, scrollLeft: 0 });
    expect(drawsWholeWidth(headerCells(100, 1300), widened)).toBe(true);
    expect(drawsWholeWidth(headerCells(400, 1300), widened)).toBe(false);
    // At its own width, scrolled to its right edge: its content starts 700 px left of the box.
    const own = scrollBox('rtl', { left: 100, width: 500, scrollWidth: 1200, scrollLeft: 0 });
    expect(drawsWholeWidth(headerCells(-600, 600), own)).toBe(true);
    expect(drawsWholeWidth(headerCells(-100, 600), own)).toBe(false);
  });

  it('leaves a box laid out left to right judged at its right edge', () => {
    const widened = scrollBox('ltr', { left: 100, width: 1200, scrollWidth: 1200, scrollLeft: 0 });
    expect(drawsWholeWidth(headerCells(100, 1300), widened)).toBe(true);
    expect(drawsWholeWidth(headerCells(100, 1000), widened)).toBe(false);
  });
});
