/**
 * worker-bench.ts's figures from what it recorded: the scan's events as the extension page heard
 * them, the heartbeat's gaps and the write transactions seen inside the worker (worker-watch.ts),
 * and the worker thread's trace (worker-trace.ts). Plain functions of plain data.
 */
import type { HeartbeatGap, WorkerWatch, WriteTransaction } from './worker-watch';
import type { TracedGap } from './worker-trace';

export interface ScanTimeline {
  startedAt: number;
  lastChunkAnsweredAt: number;
  doneAt: number;
  events: { phase: string; rowsDone: number; rowsTotal: number; at: number }[];
  error: string | null;
}

/**
 * The scan's phases as the page sees them: receiving the chunks (until the last one is answered),
 * validating (until the worker tells every row validated), then sealing and storing the report
 * (until "done").
 */
export type ScanPhase = 'receiving' | 'validating' | 'sealing and storing';

export function phaseWindows(scan: ScanTimeline): { phase: ScanPhase; from: number; to: number }[] {
  const validated = scan.events.find((event) => event.phase === 'validating' && event.rowsTotal > 0 && event.rowsDone === event.rowsTotal);
  const validatedAt = validated?.at ?? scan.doneAt;
  return [
    { phase: 'receiving', from: scan.startedAt, to: scan.lastChunkAnsweredAt },
    { phase: 'validating', from: scan.lastChunkAnsweredAt, to: validatedAt },
    { phase: 'sealing and storing', from: validatedAt, to: scan.doneAt },
  ];
}

/** The phase a gap ended in (a gap is told when the tick after it runs). */
export function phaseAt(scan: ScanTimeline, at: number): ScanPhase | 'outside the scan' {
  return phaseWindows(scan).find((window) => at >= window.from && at <= window.to)?.phase ?? 'outside the scan';
}

/** The waits between two events (and from the window's start to the first, the last to its end), within [from, to]. */
export function waitsBetween(events: ScanTimeline['events'], from: number, to: number): number[] {
  let previous = from;
  const waits: number[] = [];
  for (const event of events) {
    if (event.at < from || event.at > to) continue;
    waits.push(event.at - previous);
    previous = event.at;
  }
  waits.push(to - previous);
  return waits;
}

export const longestWait = (events: ScanTimeline['events'], from: number, to: number): number => Math.max(...waitsBetween(events, from, to));

/** The value below which `share` (0–1) of the values lie (nearest rank). */
export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? 0;
}

export const gapsIn = (gaps: readonly HeartbeatGap[], from: number, to: number) => gaps.filter((gap) => gap.endedAt >= from && gap.endedAt - gap.gapMs <= to);

export const longestGapIn = (watch: WorkerWatch, from: number, to: number) => Math.max(0, ...gapsIn(watch.gaps, from, to).map((gap) => gap.gapMs));

/**
 * The traced gaps of the scan, each with its phase: a traced gap is the heartbeat's own gap (the
 * same number, marked in the trace), which says when it ended on the page's clock.
 */
export function scanGaps(scan: ScanTimeline, watch: WorkerWatch, traced: readonly TracedGap[]): (TracedGap & { phase: ScanPhase })[] {
  const result: (TracedGap & { phase: ScanPhase })[] = [];
  for (const gap of traced) {
    const heard = watch.gaps.find((seen) => seen.gapMs === gap.gapMs);
    if (!heard || heard.endedAt < scan.startedAt || heard.endedAt - heard.gapMs > scan.doneAt) continue;
    const phase = phaseAt(scan, heard.endedAt);
    if (phase !== 'outside the scan') result.push({ ...gap, phase });
  }
  return result;
}

export interface WriteFigures {
  count: number;
  totalMb: number;
  largestMb: number;
  largestPuts: number;
  largestStores: string[];
  /** The report's transactions: those that put findings pages or the report's head. */
  report: { count: number; largestMb: number; largestPuts: number };
  failed: number;
}

const MB = 1024 * 1024;

/** The readwrite transactions opened during the scan: how many, how large. */
export function writeFigures(writes: readonly WriteTransaction[], scan: ScanTimeline): WriteFigures {
  const during = writes.filter((write) => write.startedAt >= scan.startedAt && write.startedAt <= scan.doneAt);
  const largest = during.reduce<WriteTransaction | null>((top, write) => (!top || write.bytes > top.bytes ? write : top), null);
  const report = during.filter((write) => write.stores.includes('scanFindingPages') || write.stores.includes('scanFindings'));
  const largestReport = report.reduce<WriteTransaction | null>((top, write) => (!top || write.bytes > top.bytes ? write : top), null);
  return {
    count: during.length,
    totalMb: during.reduce((sum, write) => sum + write.bytes, 0) / MB,
    largestMb: (largest?.bytes ?? 0) / MB,
    largestPuts: largest?.puts ?? 0,
    largestStores: largest?.stores ?? [],
    report: { count: report.length, largestMb: (largestReport?.bytes ?? 0) / MB, largestPuts: largestReport?.puts ?? 0 },
    failed: during.filter((write) => write.outcome === 'abort' || write.outcome === 'error').length,
  };
}
