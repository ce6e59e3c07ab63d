import { describe, expect, it } from 'vitest';
import { waitForGrid } from '../../../../lib/page/virtual-scroll/render-wait';

/**
 * A page whose animation frames never come (a busy page without a GPU paints seconds apart) and
 * whose grid's DOM changes when `render` is called: what a grid rendering from its own scheduler
 * (React) looks like to the reader between a scroll and the next frame.
 */
function pageWithoutFrames() {
  const observers: (() => void)[] = [];
  class FakeMutationObserver {
    constructor(private readonly callback: () => void) {}
    observe(): void {
      observers.push(() => this.callback());
    }
    disconnect(): void {
      observers.length = 0;
    }
  }
  const view = { requestAnimationFrame: () => 0, MutationObserver: FakeMutationObserver };
  const grid = {
    ownerDocument: { defaultView: view },
    getRootNode: () => null,
    closest: () => null,
    querySelector: () => null,
  } as unknown as Element;
  const render = (): void => {
    for (const notify of [...observers]) queueMicrotask(notify);
  };
  return { grid, render };
}

describe('waiting for a grid to draw after a scroll', () => {
  it('reads a grid that renders a task after the scroll as soon as its DOM changed, not at the next frame', async () => {
    const { grid, render } = pageWithoutFrames();
    let drawn = false;
    // The grid's scheduler renders two tasks after the scroll: after the reader's first look.
    setTimeout(() => setTimeout(() => ((drawn = true), render())));
    expect(await waitForGrid(grid, () => drawn, { quick: true })).toBe(true);
  });
});
