import { type RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

/** Rows drawn above and below the visible ones, so a fast scroll does not show blank space first. */
const OVERSCAN = 12;

export interface VisibleRows {
  /** Index of the first row to render, and one past the last. */
  start: number;
  end: number;
  /** Heights of the empty space standing for the rows not rendered, above and below. */
  before: number;
  after: number;
}

/**
 * Which of `count` rows of fixed `rowHeight` pixels a scrolling container shows: only those are
 * rendered, so 100,000 findings cost what 30 do. Follows the container's scroll and size.
 */
export function useVirtualRows(container: RefObject<HTMLElement | null>, count: number, rowHeight: number): VisibleRows {
  const [view, setView] = useState({ top: 0, height: 800 });
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const measure = () => setView({ top: element.scrollTop, height: element.clientHeight || 800 });
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    const resized = new ResizeObserver(measure);
    resized.observe(element);
    return () => {
      element.removeEventListener('scroll', measure);
      resized.disconnect();
    };
  }, [container]);
  // Fewer rows than a moment ago (a group closed, a filter set) while scrolled far down: the
  // browser clamps the scroll position, but its scroll event may come a frame later.
  const top = Math.min(view.top, Math.max(0, count * rowHeight - view.height));
  const start = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
  const end = Math.min(count, Math.ceil((top + view.height) / rowHeight) + OVERSCAN);
  return { start, end, before: start * rowHeight, after: Math.max(0, (count - end) * rowHeight) };
}
