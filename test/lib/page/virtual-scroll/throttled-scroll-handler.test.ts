import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { announceScroll, waitForGrid } from '../../../../lib/page/virtual-scroll/render-wait';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * A grid that throttles its scroll handler on the leading edge only (RxJS's `throttle`, as Ignite
 * UI's igc-grid does: one scroll handled, those of the next 10–60 ms dropped, none handled after)
 * misses a scroll that comes right after the last it handled. Reading steps as soon as the grid
 * has drawn the last part: the grid went on showing the rows of the step before, and reading of
 * 2,000 lines ended at line 31. A user's scrolling sends another event each frame; waiting after
 * a scroll announces it again after each render that brought nothing. linkedom has no frames: one
 * is a 16 ms timer here.
 */
let dom: LinkedomPage;
const nodeEvent = globalThis.Event;

beforeEach(() => {
  dom = linkedomPage();
  (dom.window as unknown as { requestAnimationFrame: (callback: (time: number) => void) => number }).requestAnimationFrame = (callback) =>
    setTimeout(() => callback(performance.now()), 16) as unknown as number;
  // announceScroll makes a page's Event: linkedom's elements dispatch only their own.
  globalThis.Event = (dom.window as unknown as { Event: typeof Event }).Event;
});
afterEach(() => {
  globalThis.Event = nodeEvent;
  dom.close();
});

/** How long the grid drops scroll events after one it handled. */
const THROTTLE_MS = 40;

/**
 * A grid whose lines are drawn for its scrollbar box's position (`data-top`: linkedom scrolls
 * nothing) by a scroll handler throttled as RxJS's `throttle` is by default, or not at all.
 */
function grid({ throttled }: { throttled: boolean }) {
  const document = dom.document;
  document.body.innerHTML = '<div class="grid"><div class="lines">rows from 0</div><div class="scrollbar" data-top="0"></div></div>';
  const element = document.querySelector('.grid')!;
  const lines = document.querySelector('.lines')!;
  const scrollbar = document.querySelector('.scrollbar')!;
  let handledAt = -Infinity;
  let events = 0;
  scrollbar.addEventListener('scroll', () => {
    events++;
    if (throttled && performance.now() - handledAt < THROTTLE_MS) return;
    handledAt = performance.now();
    lines.textContent = `rows from ${scrollbar.getAttribute('data-top')}`;
  });
  const scrollTo = (top: number) => {
    scrollbar.setAttribute('data-top', String(top));
    announceScroll(scrollbar);
  };
  return { element, lines, scrollbar, scrollTo, events: () => events };
}

describe('waiting for a grid after a scroll', () => {
  it('announces the scroll again until a grid that dropped it draws it', async () => {
    const { element, lines, scrollbar, scrollTo } = grid({ throttled: true });
    scrollTo(510);
    expect(lines.textContent).toBe('rows from 510');
    // The next step, at once: inside the throttle's window.
    scrollTo(1020);
    expect(lines.textContent).toBe('rows from 510');
    expect(await waitForGrid(element, () => lines.textContent === 'rows from 1020', { quick: true, scrolled: scrollbar })).toBe(true);
  });

  it('without the box that scrolled, waits for a draw that never comes (the grid drops the one scroll it heard)', async () => {
    const { element, lines, scrollTo } = grid({ throttled: true });
    scrollTo(510);
    scrollTo(1020);
    expect(await waitForGrid(element, () => lines.textContent === 'rows from 1020', { quick: true, quietMs: 100 })).toBe(false);
  });

  it('announces nothing more to a grid that drew the scroll at once', async () => {
    const { element, lines, scrollbar, scrollTo, events } = grid({ throttled: false });
    scrollTo(510);
    expect(await waitForGrid(element, () => lines.textContent === 'rows from 510', { quick: true, scrolled: scrollbar })).toBe(true);
    expect(events()).toBe(1);
  });
});
