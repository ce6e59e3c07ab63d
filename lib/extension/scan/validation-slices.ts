import type { ValidationRun } from '../../core/validate';
import { realClock, SLICE_BUDGET_MS, type SliceClock } from '../worker-turns';

export { SLICE_BUDGET_MS, type SliceClock };

/**
 * The worker validates at most SLICE_BUDGET_MS before it lets messages, events and storage
 * callbacks through. A step is small (ROWS_PER_STEP) so a slice ends close to the budget on any
 * machine: a fixed number of rows per slice is 10 ms on a fast laptop and 200 ms on a busy old
 * one, and the first rows of a catalog are the dearest (each new code is judged once, against the
 * schedule): 250 rows of them took 280 ms in a loaded worker.
 */
export const ROWS_PER_STEP = 50;
/** Progress is told at most this often: each event redraws the popup. */
export const PROGRESS_EVERY_MS = 100;

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
