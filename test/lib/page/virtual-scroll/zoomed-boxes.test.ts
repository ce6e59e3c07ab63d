import { describe, expect, it } from 'vitest';
import { drawsWholeHeight } from '../../../../lib/page/virtual-scroll/enlarged-view';
import { contentTopAt, rendersOnlyInView, scrollScale, toBoxPixels, visibleAreaTop } from '../../../../lib/page/virtual-scroll/scroll-container';

/**
 * Boxes under CSS zoom (portals zoom the whole page) or a scale transform: the box scrolls, and
 * states its sizes, in its own pixels, while the screen shows them scaled. Reading mixed the two:
 * AG Grid at 125 % was read 81 rows of 2,000, a headless grid at 125 % 41.
 */

interface Box {
  /** The box's top on screen. */
  top: number;
  /** Its height in its own pixels. */
  height: number;
  scrollTop: number;
  scrollHeight: number;
  /** Its effective CSS zoom (what the browser gives as currentCSSZoom); undefined where the browser has none. */
  zoom?: number;
  /** A scale transform on top of the zoom (seen only on screen). */
  transform?: number;
  /** Its top border, in its own pixels. */
  border?: number;
}

function scrollBox({ top, height, scrollTop, scrollHeight, zoom, transform = 1, border = 0 }: Box): Element {
  const onScreen = (zoom ?? 1) * transform;
  const doc = { scrollingElement: null, defaultView: { getComputedStyle: () => ({ direction: 'ltr', overflowY: 'auto' }) } };
  const width = 800;
  return {
    ownerDocument: doc,
    currentCSSZoom: zoom,
    offsetWidth: width,
    offsetHeight: height + 2 * border,
    clientTop: border,
    clientLeft: 0,
    clientHeight: height,
    clientWidth: width,
    scrollTop,
    scrollHeight,
    scrollLeft: 0,
    scrollWidth: width,
    getBoundingClientRect: () => ({ top, left: 0, width: width * onScreen, height: (height + 2 * border) * onScreen, bottom: top + (height + 2 * border) * onScreen, right: width * onScreen }),
  } as unknown as Element;
}

/** A row whose top is at `top` on screen, `height` tall on screen. */
function row(top: number, height = 30, parent?: Element): Element {
  return { getBoundingClientRect: () => ({ top, bottom: top + height, height }), parentElement: parent ?? null, ownerDocument: parent?.ownerDocument } as unknown as Element;
}

describe('a box under CSS zoom or a scale transform', () => {
  it('scales its own pixels to the screen by its zoom, by what the screen shows when a transform scales it too, and not at all when it is the page', () => {
    expect(scrollScale(scrollBox({ top: 0, height: 400, scrollTop: 0, scrollHeight: 9000, zoom: 1.25 }))).toBe(1.25);
    expect(scrollScale(scrollBox({ top: 0, height: 400, scrollTop: 0, scrollHeight: 9000, zoom: 1, transform: 0.8 }))).toBeCloseTo(0.8, 6);
    // A browser without currentCSSZoom: what the screen shows.
    expect(scrollScale(scrollBox({ top: 0, height: 400, scrollTop: 0, scrollHeight: 9000, transform: 1.5 }))).toBeCloseTo(1.5, 6);
    const page = scrollBox({ top: 0, height: 400, scrollTop: 0, scrollHeight: 9000, zoom: 1.25 });
    (page.ownerDocument as { scrollingElement: Element | null }).scrollingElement = page;
    expect(scrollScale(page)).toBe(1);
  });

  it('places a row in its content in its own pixels, wherever it is scrolled', () => {
    // Row 101 of 30-pixel rows starts 3,000 px into the content; zoomed 125 %, 100 px below the box's top on screen when scrolled to 2,920.
    const box = scrollBox({ top: 200, height: 400, scrollTop: 2920, scrollHeight: 60000, zoom: 1.25, border: 2 });
    expect(visibleAreaTop(box)).toBe(202.5);
    expect(contentTopAt(box, 202.5 + 80 * 1.25)).toBeCloseTo(3000, 6);
    const further = scrollBox({ top: 200, height: 400, scrollTop: 2600, scrollHeight: 60000, zoom: 1.25, border: 2 });
    expect(contentTopAt(further, 202.5 + 400 * 1.25)).toBeCloseTo(3000, 6);
    expect(toBoxPixels(box, 125)).toBe(100);
  });

  it('draws its whole height when its rows reach past the middle of the room it gained, measured in its own pixels', () => {
    // Heightened from 400 to 3,000 px of its own, zoomed 80 %: its rows end 1,500 px down on screen (1,875 of its own).
    const box = scrollBox({ top: 0, height: 3000, scrollTop: 0, scrollHeight: 60000, zoom: 0.8 });
    expect(drawsWholeHeight([row(0), row(1500 - 30)], box, 400)).toBe(true);
    // Rows to 1,200 px on screen are 1,500 of its own: short of the middle (1,700).
    expect(drawsWholeHeight([row(0), row(1200 - 30)], box, 400)).toBe(false);
  });

  it('renders only in view when its content is far taller than its rows, both in its own pixels', () => {
    // 40 rows of 34 px of its own drawn (1,360 px), in a box 560 px tall of its own: more than two
    // screens of content not drawn beyond the rows (2,480 px) is a virtual grid.
    const drawn = (box: Element, zoom: number) => [row(0, 34 * zoom, box), row(39 * 34 * zoom, 34 * zoom, box)];
    const zoomedIn = scrollBox({ top: 0, height: 560, scrollTop: 0, scrollHeight: 2600, zoom: 1.25 });
    expect(rendersOnlyInView(drawn(zoomedIn, 1.25))).toBe(true);
    const zoomedOut = scrollBox({ top: 0, height: 560, scrollTop: 0, scrollHeight: 2400, zoom: 0.8 });
    expect(rendersOnlyInView(drawn(zoomedOut, 0.8))).toBe(false);
  });
});
