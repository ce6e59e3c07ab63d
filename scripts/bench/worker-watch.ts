/**
 * What worker-bench.ts installs inside the service worker before a scan, and reads back after:
 *
 * - a heartbeat: a 5 ms interval timer that records every gap between its ticks over 20 ms (a
 *   task of N ms delays the next tick by about N ms, so every kind of work counts). A gap over
 *   the 50 ms bound is also a performance mark ('bench-gap'), so Chrome's trace places it on the
 *   thread's own clock and the tasks that ran in it can be named (worker-trace.ts).
 * - a count of the write transactions: IndexedDB's own prototypes are wrapped (the idb library
 *   calls them), so every readwrite transaction the extension opens is seen with its puts, the
 *   bytes of the values put (binary payloads by byteLength, strings by length), and when it
 *   committed. Observing only: every call goes on to the browser's own method unchanged.
 */
import type { WebWorker } from 'puppeteer';

export interface HeartbeatGap {
  gapMs: number;
  /** Date.now() when the tick that ended the gap ran. */
  endedAt: number;
}

export interface WriteTransaction {
  stores: string[];
  /** Date.now() at the transaction's creation, and at its commit or abort (0 while running). */
  startedAt: number;
  endedAt: number;
  puts: number;
  bytes: number;
  outcome: 'complete' | 'abort' | 'error' | 'running';
}

export interface WorkerWatch {
  gaps: HeartbeatGap[];
  writes: WriteTransaction[];
}

/** The gap from which the heartbeat marks a gap in the trace: the bound on a block. */
export const MARKED_GAP_MS = 50;

export async function installWorkerWatch(worker: WebWorker): Promise<void> {
  // tsx keeps function names by wrapping named functions in __name(), which the worker has not got.
  await worker.evaluate('globalThis.__name ??= (fn) => fn');
  await worker.evaluate((markedGapMs: number) => {
    const watch = { gaps: [] as HeartbeatGap[], writes: [] as WriteTransaction[], last: performance.now() };
    (globalThis as unknown as { benchWatch: typeof watch }).benchWatch = watch;
    setInterval(() => {
      const now = performance.now();
      const gap = now - watch.last;
      watch.last = now;
      if (gap > 20) watch.gaps.push({ gapMs: gap, endedAt: Date.now() });
      if (gap > markedGapMs) performance.mark('bench-gap', { detail: gap });
    }, 5);

    /** Bytes of a value as stored: binary by its length, text by its characters, objects by their parts. */
    const sizeOf = (value: unknown, depth = 0): number => {
      if (value instanceof ArrayBuffer) return value.byteLength;
      if (ArrayBuffer.isView(value)) return value.byteLength;
      if (typeof value === 'string') return value.length;
      if (typeof value !== 'object' || value === null || depth > 6) return 8;
      let bytes = 0;
      for (const part of Object.values(value)) bytes += sizeOf(part, depth + 1);
      return bytes;
    };
    const ofTransaction = new WeakMap<IDBTransaction, WriteTransaction>();
    const openTransaction = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      const transaction = openTransaction.apply(this, args);
      if (args[1] === 'readwrite') {
        const names = args[0];
        const record: WriteTransaction = { stores: typeof names === 'string' ? [names] : [...names], startedAt: Date.now(), endedAt: 0, puts: 0, bytes: 0, outcome: 'running' };
        watch.writes.push(record);
        ofTransaction.set(transaction, record);
        for (const outcome of ['complete', 'abort', 'error'] as const) {
          transaction.addEventListener(outcome, () => {
            if (record.outcome !== 'running') return;
            record.outcome = outcome;
            record.endedAt = Date.now();
          });
        }
      }
      return transaction;
    } as IDBDatabase['transaction'];
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      const record = ofTransaction.get(this.transaction);
      if (record) {
        record.puts++;
        record.bytes += sizeOf(value);
      }
      return put.call(this, value, key);
    };
  }, MARKED_GAP_MS);
}

export async function readWorkerWatch(worker: WebWorker): Promise<WorkerWatch> {
  return worker.evaluate(() => {
    const { gaps, writes } = (globalThis as unknown as { benchWatch: WorkerWatch }).benchWatch;
    return { gaps, writes };
  });
}
