import { nextRender } from './render-wait';
import type { SavedScrollPositions } from './scroll-container';

/**
 * After reading, the box is put back to its own size and the user's scroll offset at once. A grid
 * may answer the change of its box's size by moving that offset: TDesign's table scrolls back to
 * the top when its box's width changes (its ResizeObserver), and resize observers run at the next
 * frame, after the offset was put back. The user was left at the grid's top. The next frames are
 * waited for (the box's width and height may come back in frames apart), and the user's offset put
 * back once more wherever the grid moved it.
 */
export async function putBackAfterResizeAnswer(userScroll: SavedScrollPositions, view: Window): Promise<void> {
  for (let frame = 0; frame < ANSWER_FRAMES; frame++) {
    await nextRender(view);
    if (!userScroll.areBack()) userScroll.restore();
  }
}

/** Frames a grid is given to answer the change of its box's size. */
const ANSWER_FRAMES = 3;
