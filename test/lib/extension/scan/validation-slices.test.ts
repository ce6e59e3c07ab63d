import { describe, expect, it } from 'vitest';
import type { ValidationRun } from '../../../../lib/core/validate';
import { PROGRESS_EVERY_MS, ROWS_PER_STEP, SLICE_BUDGET_MS, validateInSlices } from '../../../../lib/extension/scan/validation-slices';

/**
 * A validation whose every row costs `msPerRow` on a fake clock, and a clock whose pauses are
 * recorded: the slicing is checked exactly, with no real time involved.
 */
function fakeRun(rowCount: number, msPerRow: number) {
  let time = 0;
  let rowsDone = 0;
  const busySpans: number[] = [];
  let busySince = 0;
  const run: ValidationRun = {
    rowCount,
    get rowsDone() {
      return rowsDone;
    },
    advance(rows) {
      const step = Math.min(rows, rowCount - rowsDone);
      rowsDone += step;
      time += step * msPerRow;
      return rowsDone >= rowCount;
    },
    report: () => {
      throw new Error('not used');
    },
  };
  const clock = {
    now: () => time,
    pause: async () => {
      busySpans.push(time - busySince);
      time += 1; // the event loop's turn
      busySince = time;
    },
  };
  return { run, clock, busySpans, finish: () => busySpans.push(time - busySince) };
}

describe('validation in slices', () => {
  it('never computes longer than the budget plus one step between pauses, whatever the machine speed', async () => {
    for (const msPerRow of [0.001, 0.02, 0.1]) {
      const { run, clock, busySpans, finish } = fakeRun(100_000, msPerRow);
      await validateInSlices(run, () => {}, clock);
      finish();
      expect(run.rowsDone).toBe(100_000);
      expect(Math.max(...busySpans)).toBeLessThanOrEqual(SLICE_BUDGET_MS + ROWS_PER_STEP * msPerRow);
    }
  });

  it('tells progress at least every PROGRESS_EVERY_MS of work, and not on every slice', async () => {
    const { run, clock } = fakeRun(100_000, 0.02);
    const told: { rowsDone: number; at: number }[] = [];
    await validateInSlices(run, (rowsDone, rowsTotal) => {
      expect(rowsTotal).toBe(100_000);
      told.push({ rowsDone, at: clock.now() });
    }, clock);
    expect(told.length).toBeGreaterThan(5);
    for (let i = 1; i < told.length; i++) {
      const gap = told[i]!.at - told[i - 1]!.at;
      expect(gap).toBeGreaterThanOrEqual(PROGRESS_EVERY_MS);
      expect(gap).toBeLessThan(PROGRESS_EVERY_MS + SLICE_BUDGET_MS + ROWS_PER_STEP * 0.02 + 2);
      expect(told[i]!.rowsDone).toBeGreaterThan(told[i - 1]!.rowsDone);
    }
  });

  it('finishes a small table in one slice without pausing or telling progress', async () => {
    const { run, clock, busySpans } = fakeRun(300, 0.01);
    let told = 0;
    await validateInSlices(run, () => told++, clock);
    expect(busySpans).toEqual([]);
    expect(told).toBe(0);
  });
});
