/**
 * The service worker answers the popup, the content script's chunks and storage callbacks on one
 * thread: long work there (validating, reading rows back, sealing a report) is done in pieces,
 * and the event loop gets a turn whenever SLICE_BUDGET_MS of them have run, so nothing waits
 * for the worker much longer than that (the bound is 50 ms). 30 ms, not 40: a slice ends
 * after the piece that passes the budget, and with the garbage collector's share tasks of a 40 ms
 * budget took 45–57 ms of CPU in a worker profile of `npm run bench:worker` on a loaded machine.
 */
export const SLICE_BUDGET_MS = 30;

export interface SliceClock {
  now(): number;
  /** Give the event loop a turn. */
  pause(): Promise<void>;
}

/**
 * A macrotask, not a resolved promise: awaiting a promise (even WebCrypto's) only runs
 * microtasks, and waiting messages and timers would still wait. A timer of 1 ms, not 0: Chrome
 * queues a 0 ms timer at once, ahead of timers that fell due during the slice (they join the
 * queue only when the thread next looks at its timers), so those waited a second slice. In
 * bench:worker the worker's own work in a heartbeat gap was 49–64 ms (two slices back to back)
 * with 0 ms, 33–36 ms with 1 ms; a pause scheduled as a background task (scheduler.postTask) let
 * timers through too, but on the loaded machine the scan's progress then waited up to 480 ms.
 */
export const realClock: SliceClock = {
  now: () => performance.now(),
  pause: () => new Promise<void>((resolve) => setTimeout(resolve, 1)),
};

/**
 * Call the returned function after each piece of a long job: it pauses once the pieces since the
 * last pause have used the budget, and otherwise returns at once. Never inside an IndexedDB
 * transaction: a pause lets it commit.
 */
export function workInTurns(clock: SliceClock = realClock, budgetMs = SLICE_BUDGET_MS): () => Promise<void> {
  let turnStart = clock.now();
  return async () => {
    if (clock.now() - turnStart < budgetMs) return;
    await clock.pause();
    turnStart = clock.now();
  };
}
