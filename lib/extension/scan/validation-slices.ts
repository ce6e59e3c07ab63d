import type { ValidationRun } from '../../core/validate';

/**
 * The longest the worker validates before it lets messages, events and storage callbacks through.
 * A step is small (ROWS_PER_STEP) so a slice ends close to the budget on any machine: a fixed
 * number of rows per slice is 10 ms on a fast laptop and 200 ms on a busy old one.
 */
export const SLICE_BUDGET_MS = 40;
export const ROWS_PER_STEP = 250;
/** Progress is told at most this often: each event redraws the popup. */
export const PROGRESS_EVERY_MS = 100;

export interface SliceClock {
  now(): number;
  /** Give the event loop a turn. */
  pause(): Promise<void>;
}

const realClock: SliceClock = {
  now: () => performance.now(),
  pause: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
};

/**
 * Advance a validation to its end in slices of at most about SLICE_BUDGET_MS, pausing between
 * them, and tell `onProgress` how far it got at least every PROGRESS_EVERY_MS of slices.
 */
export async function validateInSlices(
  run: ValidationRun,
  onProgress: (rowsDone: number, rowsTotal: number) => void,
  clock: SliceClock = realClock,
): Promise<void> {
  let toldAt = Number.NEGATIVE_INFINITY;
  for (;;) {
    const sliceStart = clock.now();
    let done = run.advance(ROWS_PER_STEP);
    while (!done && clock.now() - sliceStart < SLICE_BUDGET_MS) done = run.advance(ROWS_PER_STEP);
    if (done) return;
    const now = clock.now();
    if (now - toldAt >= PROGRESS_EVERY_MS) {
      onProgress(run.rowsDone, run.rowCount);
      toldAt = now;
    }
    await clock.pause();
  }
}
