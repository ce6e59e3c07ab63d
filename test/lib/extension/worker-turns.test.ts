import { describe, expect, it } from 'vitest';
import { SLICE_BUDGET_MS, workInTurns } from '../../../lib/extension/worker-turns';

/** A clock the test moves, whose pauses are counted: no real time involved. */
function fakeClock() {
  let time = 0;
  const pausedAt: number[] = [];
  return {
    clock: {
      now: () => time,
      pause: async () => {
        pausedAt.push(time);
      },
    },
    work: (ms: number) => {
      time += ms;
    },
    pausedAt,
  };
}

describe('long work in the worker, in turns', () => {
  it('gives the event loop a turn once the pieces since the last one used the budget, and not before', async () => {
    const { clock, work, pausedAt } = fakeClock();
    const turn = workInTurns(clock);
    let longestWithoutPause = 0;
    let since = 0;
    for (let piece = 0; piece < 40; piece++) {
      work(7);
      since += 7;
      const before = pausedAt.length;
      await turn();
      if (pausedAt.length > before) {
        longestWithoutPause = Math.max(longestWithoutPause, since);
        since = 0;
      }
    }
    // 280 ms of 7 ms pieces: a pause once the pieces reach the budget, never more than budget + one piece without.
    const piecesPerTurn = Math.ceil(SLICE_BUDGET_MS / 7);
    expect(pausedAt).toHaveLength(Math.floor(40 / piecesPerTurn));
    expect(longestWithoutPause).toBeLessThan(SLICE_BUDGET_MS + 7);
  });

  it('does not pause for work that stays within the budget', async () => {
    const { clock, work, pausedAt } = fakeClock();
    const turn = workInTurns(clock);
    for (let piece = 0; piece < 5; piece++) {
      work(5);
      await turn();
    }
    expect(pausedAt).toEqual([]);
  });
});
