import { describe, expect, it } from 'vitest';
import { ScrollAnnouncer } from '../../../../lib/page/virtual-scroll/render-wait';

/**
 * A grid that takes its direction from the move since its last scroll event, as Syncfusion's Grid
 * does (down when the offset grew, else up), and draws for the last event it heard (its handler is
 * debounced). Reading announces each scroll at once (announceScroll); the browser's own event then
 * comes with no move, and such a grid takes it for a move up: it drew nothing new below, and every
 * second step of reading showed no new row.
 */
function delayedGrid() {
  const grid = { events: 0, previous: 0, direction: 'none' as 'up' | 'down' | 'none' };
  const box = {
    ownerDocument: { scrollingElement: null },
    scrollTop: 0,
    dispatchEvent: () => {
      grid.events++;
      grid.direction = grid.previous < box.scrollTop ? 'down' : 'up';
      grid.previous = box.scrollTop;
      return true;
    },
  };
  /** The browser's scroll event, in the next frame. */
  const browserEvent = () => box.dispatchEvent();
  return { grid, box, element: box as unknown as Element, browserEvent };
}

describe('announcing a reading\'s scrolls', () => {
  it('announces each scroll until a step is missed, then leaves the browser\'s event alone to tell the grid', () => {
    const { grid, box, element, browserEvent } = delayedGrid();
    const announcer = new ScrollAnnouncer();

    box.scrollTop = 1085;
    announcer.announce(element);
    expect(grid.events).toBe(1);
    browserEvent();
    // The browser's event, with no move since the announced one: taken for a move up.
    expect(grid.direction).toBe('up');

    // The step brought nothing new: it is taken again by a pixel more, unannounced.
    expect(announcer.missedStep()).toBe(true);
    box.scrollTop += 1;
    browserEvent();
    expect(grid.direction).toBe('down');

    // Announced no more for the rest of the reading: each step is one event, a move down.
    box.scrollTop = 2205;
    announcer.announce(element);
    expect(grid.events).toBe(3);
    browserEvent();
    expect(grid.direction).toBe('down');
    expect(announcer.missedStep()).toBe(false);
  });

  it('tells a scroll again while waiting only once a grid has missed a step twice (a handler that drops a scroll too soon after the last)', () => {
    const announcer = new ScrollAnnouncer();
    // From the start, never: a debounced handler told every frame would never run.
    expect(announcer.repeating).toBe(false);
    expect(announcer.missedStep()).toBe(true);
    expect(announcer.repeating).toBe(false);
    // Missed again, taken unannounced: from here on, told again while reading waits.
    expect(announcer.missedAgain()).toBe(true);
    expect(announcer.repeating).toBe(true);
    expect(announcer.missedAgain()).toBe(false);
  });
});
