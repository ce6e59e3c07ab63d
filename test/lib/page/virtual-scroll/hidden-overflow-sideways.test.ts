import { describe, expect, it } from 'vitest';
import { scrollContainer } from '../../../../lib/page/virtual-scroll/scroll-container';

/**
 * DevExtreme's simulated scrolling: the rows view's box hides its overflow both ways, draws its own
 * scrollbars, and is moved by its scrollTop and scrollLeft; with only the columns in view drawn,
 * its last columns come only when it is scrolled sideways. Before, a hidden overflow counted only
 * downwards (sideways, every cell clipping its text is such a box): the box was no sideways
 * scroller, and the last two columns of the catalog were never read.
 */

interface Box {
  overflowX: string;
  overflowY: string;
  scrollHeight: number;
  clientHeight: number;
  scrollWidth: number;
  clientWidth: number;
}

/** A page of html > box > row, the box as given; nothing else scrolls. */
function page(box: Box) {
  const styles = new Map<object, { overflowX: string; overflowY: string }>();
  const doc = { defaultView: { getComputedStyle: (element: object) => styles.get(element) }, documentElement: null as object | null, body: null as object | null, scrollingElement: null as object | null };
  const node = (parentElement: object | null, sizes: object) => ({ ownerDocument: doc, parentElement, parentNode: parentElement, ...sizes });
  const html = node(null, { scrollHeight: 800, clientHeight: 800, scrollWidth: 1280, clientWidth: 1280 });
  const boxElement = node(html, box);
  const row = node(boxElement, { scrollHeight: 34, clientHeight: 34, scrollWidth: 1740, clientWidth: 1740 });
  styles.set(html, { overflowX: 'visible', overflowY: 'visible' }).set(boxElement, box).set(row, { overflowX: 'visible', overflowY: 'visible' });
  Object.assign(doc, { documentElement: html, scrollingElement: html });
  return { box: boxElement as unknown as Element, row: row as unknown as Element };
}

const ROWS_VIEW = { scrollHeight: 68_000, clientHeight: 523, scrollWidth: 1740, clientWidth: 1198 };

describe('a box that hides its overflow', () => {
  it('scrolls a grid both ways when it draws its own scrollbars for several screens of lines', () => {
    const { box, row } = page({ overflowX: 'hidden', overflowY: 'hidden', ...ROWS_VIEW });
    expect(scrollContainer(row, 'y')).toBe(box);
    expect(scrollContainer(row, 'x')).toBe(box);
  });

  it('does not scroll sideways when it only clips: a line or two of clipped text', () => {
    const { row } = page({ overflowX: 'hidden', overflowY: 'hidden', scrollHeight: 40, clientHeight: 34, scrollWidth: 600, clientWidth: 200 });
    expect(scrollContainer(row, 'x')).toBeNull();
  });

  it('does not scroll sideways when it scrolls its lines natively and hides only its sideways overflow', () => {
    const { box, row } = page({ overflowX: 'hidden', overflowY: 'auto', ...ROWS_VIEW });
    expect(scrollContainer(row, 'y')).toBe(box);
    expect(scrollContainer(row, 'x')).toBeNull();
  });
});
