import { describe, expect, it } from 'vitest';
import { lookWhileDrawing } from '../../../../lib/page/virtual-scroll/render-wait';

/**
 * A grid that draws over several frames, as a list of what each frame adds (0: a frame in which it
 * draws nothing). Each frame is one `requestAnimationFrame` of a window faked with timers.
 */
function gridDrawingOver(frames: readonly number[]) {
  const grid = { frame: 0, drawn: 0, framesLookedAt: 0 };
  const view = {
    requestAnimationFrame: (callback: FrameRequestCallback) => {
      setTimeout(() => {
        grid.drawn += frames[grid.frame] ?? 0;
        grid.frame++;
        callback(0);
      }, 0);
      return 0;
    },
  } as unknown as Window;
  let seen = 0;
  /** How much is new since the last look. */
  const look = (): number => {
    grid.framesLookedAt = grid.frame;
    const learned = grid.drawn - seen;
    seen = grid.drawn;
    return learned;
  };
  return { grid, view, look };
}

describe('looking at a grid while it is still drawing', () => {
  it('goes on looking while the grid keeps drawing, through a frame that draws nothing, until it is whole', async () => {
    // Blueprint's Table: a batch every second frame.
    const { grid, view, look } = gridDrawingOver([20, 0, 20, 0, 20, 0, 20]);
    await lookWhileDrawing(view, look, () => grid.drawn >= 80);
    expect(grid.drawn).toBe(80);
  });

  it('stops once two frames in a row bring nothing, whole or not', async () => {
    // Columns drawn only in view: rows are never whole at this place.
    const { grid, view, look } = gridDrawingOver([12, 0, 0, 5]);
    await lookWhileDrawing(view, look, () => false);
    expect(grid.framesLookedAt).toBe(3);
    expect(grid.drawn).toBe(12);
  });

  it('waits for no frame when what was looked at is whole already', async () => {
    const { grid, view, look } = gridDrawingOver([10]);
    await lookWhileDrawing(view, look, () => true);
    expect(grid.frame).toBe(0);
  });
});
