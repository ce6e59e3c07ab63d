/** The first retry after a failed send; each further failure doubles the wait. */
const FIRST_RETRY_MS = 30_000;
/** A workspace down for a day is tried at least hourly, so it gets its scans soon after it is back. */
const LONGEST_WAIT_MS = 60 * 60_000;

/** When to try a send again after its `failures`-th failure (1, 2, …): 30 s, 1 min, 2 min, … at most an hour. */
export function nextAttemptAt(failures: number, now: number): number {
  return now + Math.min(LONGEST_WAIT_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
}
