// The page's main-thread tasks during a check, from a Chromium trace: the longest task of any
// kind, and the longest one in which the content script ran. Browsers do not attribute tasks to
// extension scripts in the page's own APIs (Long Tasks and Long Animation Frames leave
// isolated-world scripts out); a trace does: its FunctionCall events name the script's URL.
import type { Page } from 'puppeteer';

/** A trace event, with the arguments the page benchmarks read (long-task-anatomy.ts reads the stacks). */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) duration. */
  tdur?: number;
  args?: {
    name?: string;
    elementCount?: number;
    data?: { url?: string; stackTrace?: TraceFrame[] };
    beginData?: { stackTrace?: TraceFrame[] };
  };
}

interface TraceFrame {
  functionName: string;
  lineNumber: number;
}

export interface MainThreadTasks {
  /** The longest task on the page's main thread, whatever ran in it (the page's own rendering included). */
  longestAnyMs: number;
  /** The longest task in which the content script ran (what it called synchronously included: layout, the grid's scroll handlers). */
  longestContentScriptMs: number;
  /** Tasks in which the content script ran that took over 50 ms (what browsers count as long tasks). */
  longContentScriptTasks: number;
  /**
   * The same by the main thread's CPU time in the task (the trace's thread duration): on a
   * machine shared by many, a 20 ms slice can last 400 ms on the clock while the thread waits
   * for a core, which says nothing about the extension's code.
   */
  longestContentScriptCpuMs: number;
  longContentScriptCpuTasks: number;
  /**
   * The main thread's CPU time in all its tasks of the trace (the page's, the content script's and
   * the garbage collector's work in them): less swayed by a loaded machine than the click's time on
   * the clock, so two builds can be compared on it when the machine is busy.
   */
  mainThreadCpuMs: number;
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

export async function startTaskTrace(page: Page): Promise<void> {
  await page.tracing.start({ categories: CATEGORIES });
}

export const isContentScript = (url: string | undefined): boolean => url !== undefined && url.startsWith('chrome-extension://') && url.includes('/content-scripts/');

export async function stopTaskTrace(page: Page): Promise<MainThreadTasks> {
  const buffer = await page.tracing.stop();
  const events: TraceEvent[] = buffer ? (JSON.parse(new TextDecoder().decode(buffer)) as { traceEvents: TraceEvent[] }).traceEvents : [];
  // The page's main thread: the renderer main thread on which the content script was called.
  const calls = events.filter((event) => event.ph === 'X' && event.name === 'FunctionCall' && isContentScript(event.args?.data?.url));
  const thread = calls[0] ? { pid: calls[0].pid, tid: calls[0].tid } : null;
  if (!thread) return { longestAnyMs: 0, longestContentScriptMs: 0, longContentScriptTasks: 0, longestContentScriptCpuMs: 0, longContentScriptCpuTasks: 0, mainThreadCpuMs: 0 };
  const onThread = (event: TraceEvent) => event.pid === thread.pid && event.tid === thread.tid;
  const tasks = events.filter((event) => event.ph === 'X' && event.name === 'RunTask' && onThread(event)).sort((a, b) => a.ts - b.ts);
  const scriptCalls = calls.filter(onThread).sort((a, b) => a.ts - b.ts);
  let longestAny = 0;
  let longestContent = 0;
  let longContent = 0;
  let longestContentCpu = 0;
  let longContentCpu = 0;
  let next = 0;
  let mainThreadCpu = 0;
  for (const task of tasks) {
    mainThreadCpu += task.tdur ?? 0;
    const end = task.ts + (task.dur ?? 0);
    longestAny = Math.max(longestAny, task.dur ?? 0);
    while (next < scriptCalls.length && scriptCalls[next]!.ts < task.ts) next++;
    if (next < scriptCalls.length && scriptCalls[next]!.ts < end) {
      longestContent = Math.max(longestContent, task.dur ?? 0);
      if ((task.dur ?? 0) > 50_000) longContent++;
      longestContentCpu = Math.max(longestContentCpu, task.tdur ?? 0);
      if ((task.tdur ?? 0) > 50_000) longContentCpu++;
    }
  }
  return {
    longestAnyMs: longestAny / 1000,
    longestContentScriptMs: longestContent / 1000,
    longContentScriptTasks: longContent,
    longestContentScriptCpuMs: longestContentCpu / 1000,
    longContentScriptCpuTasks: longContentCpu,
    mainThreadCpuMs: mainThreadCpu / 1000,
  };
}
