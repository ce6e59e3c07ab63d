// `npx tsx scripts/bench/gc-in-trace.ts <trace.json>`: the garbage collector's share of a click, from
// a trace written by long-task-anatomy.ts (CUSTOMS_PREFLIGHT_TRACE_FILE). On a page with a large DOM
// every major GC of the page's JS heap also marks the whole DOM heap (one heap for both), so a major
// GC can hold the page's main thread for seconds in incremental steps. Prints, for the page's main
// thread (the thread with the most incremental marking): each major GC with the JS heap before and
// after it, the incremental marking per second of the trace, and the GC time by event name.
// Issue 10 (htmlread): on the 50,000-row table both major GCs of a click came whatever the reader
// did, so read with fewer wrappers or not. Prints; asserts nothing.
import { readFileSync } from 'node:fs';
import type { TraceEvent } from './main-thread-tasks';

type GcEvent = TraceEvent & { args?: TraceEvent['args'] & { type?: string; usedHeapSizeBefore?: number; usedHeapSizeAfter?: number } };

const file = process.argv[2];
if (!file) throw new Error('Usage: npx tsx scripts/bench/gc-in-trace.ts <trace.json>');
const { traceEvents } = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: GcEvent[] };

const marking = traceEvents.filter((event) => event.name === 'V8.GC_MC_INCREMENTAL');
const markingByThread = new Map<number, number>();
for (const event of marking) markingByThread.set(event.tid, (markingByThread.get(event.tid) ?? 0) + (event.dur ?? 0));
const mainThread = [...markingByThread].sort((a, b) => b[1] - a[1])[0]?.[0];
// Trace timestamps are in microseconds; the reduce keeps clear of the stack limit a spread of a million events hits.
const start = traceEvents.reduce((first, event) => (event.ts > 0 ? Math.min(first, event.ts) : first), Infinity);
const secondsIn = (ts: number) => ((ts - start) / 1e6).toFixed(1);
const mb = (bytes: number | undefined) => (bytes === undefined ? '?' : (bytes / 1e6).toFixed(1));

for (const event of traceEvents) {
  if (event.tid !== mainThread || event.name !== 'MajorGC') continue;
  console.log(`major GC at ${secondsIn(event.ts)} s: ${Math.round((event.dur ?? 0) / 1000)} ms at its end, JS heap ${mb(event.args?.usedHeapSizeBefore)} → ${mb(event.args?.usedHeapSizeAfter)} MB (${event.args?.type ?? ''})`);
}

const perSecond = new Map<number, number>();
for (const event of marking) {
  if (event.tid !== mainThread) continue;
  const second = Math.floor((event.ts - start) / 1e6);
  perSecond.set(second, (perSecond.get(second) ?? 0) + (event.dur ?? 0) / 1000);
}
console.log(`incremental marking, ms per second of trace: ${[...perSecond].map(([second, ms]) => `${second}s ${Math.round(ms)}`).join(', ')}`);

const byName = new Map<string, [number, number]>();
for (const event of traceEvents) {
  if (event.tid !== mainThread || event.dur === undefined || !/GC|Marking|Sweep|Scaveng/i.test(event.name)) continue;
  const [ms, count] = byName.get(event.name) ?? [0, 0];
  byName.set(event.name, [ms + event.dur / 1000, count + 1]);
}
console.log('GC on the main thread by event name (events nest: the times overlap):');
for (const [name, [ms, count]] of [...byName].sort((a, b) => b[1][0] - a[1][0]).slice(0, 10)) console.log(`  ${name.padEnd(44)} ${Math.round(ms)} ms (${count})`);
