import { describe, expect, it } from 'vitest';
import { putBackAfterResizeAnswer } from '../../../../lib/page/virtual-scroll/resize-answer';
import type { SavedScrollPositions } from '../../../../lib/page/virtual-scroll/scroll-container';

/**
 * TDesign's table scrolls its box back to the top when the box's width changes (a ResizeObserver,
 * run at the next frame): after reading put back the box's size and the user's offset, the user
 * was left at the grid's top. A box stands in for the grid's here: its offset, and a frame that
 * runs the grid's answer to the resize.
 */
function gridBox(answersResize: boolean) {
  const box = { scrollTop: 4321 };
  const userScroll: SavedScrollPositions = {
    restore: () => {
      box.scrollTop = 4321;
    },
    areBack: () => box.scrollTop === 4321,
  };
  const view = {
    requestAnimationFrame: (callback: (time: number) => void) =>
      setTimeout(() => {
        callback(0);
        // Resize observers run after the frame's animation callbacks.
        if (answersResize) box.scrollTop = 0;
      }, 1),
  } as unknown as Window;
  return { box, userScroll, view };
}

describe('putting the user back after the box is back to its size', () => {
  it('puts the offset back once more where the grid moved it when its box changed size', async () => {
    const { box, userScroll, view } = gridBox(true);
    await putBackAfterResizeAnswer(userScroll, view);
    expect(box.scrollTop).toBe(4321);
  });

  it('leaves a grid that kept the offset as it is', async () => {
    const { box, userScroll, view } = gridBox(false);
    let restored = 0;
    const counted: SavedScrollPositions = { ...userScroll, restore: () => (restored++, userScroll.restore()) };
    await putBackAfterResizeAnswer(counted, view);
    expect(box.scrollTop).toBe(4321);
    expect(restored).toBe(0);
  });
});
