/**
 * The service worker's thread as Chrome's own tracing records it during worker-bench.ts's scan:
 * its tasks ('toplevel' RunTask events: wall time, and thread time, the CPU the task used, so a
 * wait for a core on a loaded machine is left out), and the heartbeat's marks of gaps over the
 * 50 ms bound (worker-watch.ts), on the same clock. For each marked gap: how much of it the
 * worker itself ran (the CPU of the tasks in it) and what kind of task that was, so a gap made by
 * the worker's own work is told apart from one where the thread only waited for a core.
 */
import { writeFileSync } from 'node:fs';
import type { Browser } from 'puppeteer';

export interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  /** Microseconds, on the clock of the CPU profile's timestamps. */
  ts?: number;
  dur?: number;
  tdur?: number;
  /** A task's args say where it was posted from (src_func), when Chrome records it; a mark's, its detail. */
  args?: { name?: unknown; src_func?: unknown; data?: { src_func?: unknown; detail?: unknown } };
}

export interface WorkerTask {
  ts: number;
  dur: number;
  tdur: number;
  name: string;
  postedFrom?: string;
}

/** A heartbeat gap over the bound, placed on the trace's clock, with the worker's own share of it. */
export interface TracedGap {
  gapMs: number;
  /** Trace microseconds of the tick that ended it. */
  endTs: number;
  /** CPU the worker's tasks used inside the gap. */
  workerCpuMs: number;
  /** The kinds of task that used it, largest first, with how many tasks of each ran in the gap. */
  taskKinds: { kind: string; cpuMs: number; tasks: number }[];
}

export interface WorkerTrace {
  tasks: WorkerTask[];
  longestTaskMs: number;
  longestTaskCpuMs: number;
  gaps: TracedGap[];
}

/**
 * What posted a task, in the words of this worker's work: its validation and sealing slices run
 * in timer tasks (the pause between slices is a timer), IndexedDB answers in storage callbacks,
 * chunks and replies in messages, the garbage collector in its own tasks.
 */
export function taskKind(task: WorkerTask): string {
  const from = task.postedFrom ?? '';
  if (from === 'DOMTimer') return 'timer (a slice: validating, sealing, counting)';
  if (from === 'Notify') return 'storage callback (IndexedDB)';
  if (/v8::internal|cppgc|OnObjectGC|GarbageCollection/.test(from)) return 'garbage collection';
  if (/Dispatch|Message|mojo/i.test(from) || /mojo/i.test(task.name)) return 'message';
  return from || task.name;
}

/** Run `during` with the worker thread traced; its tasks and the heartbeat's marked gaps. */
export async function traceWorker<T>(browser: Browser, during: () => Promise<T>, tasksFile?: string): Promise<{ result: T; trace: WorkerTrace }> {
  const cdp = await browser.target().createCDPSession();
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'blink.user_timing'] }, transferMode: 'ReturnAsStream' });
  const result = await during();
  const complete = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (event: { stream?: string }) => resolve(event.stream!)));
  await cdp.send('Tracing.end');
  const stream = await complete;
  let text = '';
  for (;;) {
    const part = await cdp.send('IO.read', { handle: stream });
    text += part.base64Encoded ? Buffer.from(part.data, 'base64').toString('utf8') : part.data;
    if (part.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const trace = workerTraceOf(Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []));
  if (tasksFile) writeFileSync(tasksFile, JSON.stringify(trace.tasks));
  if (trace.tasks.length === 0) console.log('(tracing named no service worker thread: task figures left at 0)');
  return { result, trace };
}

export function workerTraceOf(events: readonly TraceEvent[]): WorkerTrace {
  const workerThreads = new Set(
    events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && /ServiceWorker/i.test(String(event.args?.name))).map((event) => `${event.pid}:${event.tid}`),
  );
  const onWorker = (event: TraceEvent) => workerThreads.has(`${event.pid}:${event.tid}`);
  const tasks: WorkerTask[] = [];
  for (const event of events) {
    if (event.ph !== 'X' || !onWorker(event)) continue;
    const postedFrom = event.args?.src_func ?? event.args?.data?.src_func;
    tasks.push({ ts: event.ts ?? 0, dur: event.dur ?? 0, tdur: event.tdur ?? 0, name: event.name, ...(postedFrom ? { postedFrom: String(postedFrom) } : {}) });
  }
  // Only the outermost tasks: a mojo message or a watcher runs inside a RunTask, and counting
  // both would count its CPU twice.
  const outermost = tasks.filter((task) => task.name.startsWith('ThreadControllerImpl::RunTask'));
  const gaps = events
    .filter((event) => event.name === 'bench-gap' && onWorker(event))
    .map((event) => tracedGap(Number(event.args?.data?.detail), event.ts ?? 0, outermost));
  return {
    tasks,
    longestTaskMs: Math.max(0, ...tasks.map((task) => task.dur / 1000)),
    longestTaskCpuMs: Math.max(0, ...tasks.map((task) => task.tdur / 1000)),
    gaps,
  };
}

/** The worker's tasks in a gap that ended at `endTs`: their CPU, clipped to the gap, by kind. */
function tracedGap(gapMs: number, endTs: number, tasks: readonly WorkerTask[]): TracedGap {
  const startTs = endTs - gapMs * 1000;
  const byKind = new Map<string, { cpuMs: number; tasks: number }>();
  for (const task of tasks) {
    const overlap = Math.min(task.ts + task.dur, endTs) - Math.max(task.ts, startTs);
    if (overlap <= 0 || task.dur <= 0) continue;
    // A task cut by the gap's edge counts the CPU of the part inside, at the task's own rate.
    const cpuMs = (task.tdur * (overlap / task.dur)) / 1000;
    const kind = byKind.get(taskKind(task)) ?? { cpuMs: 0, tasks: 0 };
    byKind.set(taskKind(task), { cpuMs: kind.cpuMs + cpuMs, tasks: kind.tasks + 1 });
  }
  const taskKinds = [...byKind].map(([kind, used]) => ({ kind, ...used })).filter((kind) => kind.cpuMs >= 0.5).sort((a, b) => b.cpuMs - a.cpuMs);
  return { gapMs, endTs, workerCpuMs: taskKinds.reduce((sum, kind) => sum + kind.cpuMs, 0), taskKinds };
}
