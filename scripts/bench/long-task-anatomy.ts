// `npm run bench:long-tasks -- <case name>`: what the long tasks of a toolbar click
// are made of. Records a Chromium trace of the page from the click to the verdict (the built
// extension in .output/chrome-mv3, or CUSTOMS_PREFLIGHT_BENCH_BASELINE's folder) and prints, for
// each of the longest tasks in which the content script ran, the time of the trace events inside
// it by name: style recalculation (UpdateLayoutTree), layout (Layout, with the function that
// forced it when the trace names one), script (FunctionCall, EventDispatch …). A forced layout
// after the grid re-rendered, the grid's own scroll handler and our own reading then tell apart.
// Settings: CUSTOMS_PREFLIGHT_TASKS (tasks shown, 8), CUSTOMS_PREFLIGHT_EVENTS (names per task, 10),
// CUSTOMS_PREFLIGHT_TRACE_CATEGORIES (more trace categories), CUSTOMS_PREFLIGHT_TRACE_FILE (where to
// write the whole trace). Prints; asserts nothing.
import { writeFile } from 'node:fs/promises';
import buildFixtureBundles from '../../test/e2e/fixture-bundles';
import { EXTENSION_DIR, servePages } from '../../test/e2e/harness';
import { launchWithExtension } from '../../test/support/browser/chromium-with-extension';
import { isContentScript, type TraceEvent } from './main-thread-tasks';
import { clickToVerdict, openCase, selectCases } from './page-cases';

/** More trace categories (comma-separated) can be asked for, e.g. blink,disabled-by-default-blink.debug to see inside a style recalculation. */
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  ...(process.env.CUSTOMS_PREFLIGHT_TRACE_CATEGORIES?.split(',') ?? []),
];
const SHOWN_TASKS = Number(process.env.CUSTOMS_PREFLIGHT_TASKS ?? 8);

/** Inside one task: time by event name, own time only (children's time taken off their parent's). */
function anatomy(inside: TraceEvent[]): Map<string, number> {
  const byName = new Map<string, number>();
  const open: TraceEvent[] = [];
  for (const event of inside) {
    while (open.length > 0 && open[open.length - 1]!.ts + (open[open.length - 1]!.dur ?? 0) <= event.ts) open.pop();
    const parent = open[open.length - 1];
    const key = nameOf(event);
    byName.set(key, (byName.get(key) ?? 0) + (event.dur ?? 0));
    if (parent) byName.set(nameOf(parent), (byName.get(nameOf(parent)) ?? 0) - (event.dur ?? 0));
    open.push(event);
  }
  return byName;
}

/** An event's name, with the script function that forced it for a layout or style recalculation. */
function nameOf(event: TraceEvent): string {
  const stack = event.args?.beginData?.stackTrace ?? event.args?.data?.stackTrace;
  const url = event.args?.data?.url;
  const where = stack?.[0] ? ` ← ${stack[0].functionName || '(anonymous)'}:${stack[0].lineNumber}` : '';
  const script = event.name === 'FunctionCall' && url ? ` (${isContentScript(url) ? 'content script' : url.split('/').pop()})` : '';
  const elements = event.args?.elementCount ? ` (${event.args.elementCount} elements)` : '';
  return `${event.name}${script}${where}${elements}`;
}

async function main(): Promise<void> {
  const [bench] = selectCases(process.argv.slice(2));
  await buildFixtureBundles();
  const server = await servePages();
  const session = await launchWithExtension(process.env.CUSTOMS_PREFLIGHT_BENCH_BASELINE ?? EXTENSION_DIR);
  try {
    const { page } = await openCase(session, server.origin, bench!);
    await page.tracing.start({ categories: CATEGORIES });
    const { verdictMs, verdict } = await clickToVerdict(session, page);
    const buffer = await page.tracing.stop();
    // The whole trace, to open in Chromium's DevTools (Performance panel) or read with a script.
    if (process.env.CUSTOMS_PREFLIGHT_TRACE_FILE) await writeFile(process.env.CUSTOMS_PREFLIGHT_TRACE_FILE, buffer!);
    const events = (JSON.parse(new TextDecoder().decode(buffer!)) as { traceEvents: TraceEvent[] }).traceEvents.filter((e) => e.ph === 'X');
    const call = events.find((e) => e.name === 'FunctionCall' && isContentScript(e.args?.data?.url));
    if (!call) throw new Error('The trace holds no call of the content script.');
    const onThread = events.filter((e) => e.pid === call.pid && e.tid === call.tid).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const tasks = onThread.filter((e) => e.name === 'RunTask');
    // The events inside a task, found by binary search in the sorted events: a search of every
    // event for each task took minutes on a 20-second read's trace.
    const insideOf = (task: TraceEvent): TraceEvent[] => {
      let [low, high] = [0, onThread.length];
      while (low < high) {
        const middle = (low + high) >> 1;
        if (onThread[middle]!.ts < task.ts) low = middle + 1;
        else high = middle;
      }
      const inside: TraceEvent[] = [];
      for (let i = low; i < onThread.length && onThread[i]!.ts < task.ts + (task.dur ?? 0); i++) if (onThread[i] !== task) inside.push(onThread[i]!);
      return inside;
    };
    const withContent = tasks.filter((task) => insideOf(task).some((e) => e.name === 'FunctionCall' && isContentScript(e.args?.data?.url)));
    console.log(`${bench!.name}: ${verdict}, ${verdictMs} ms; ${withContent.length} tasks with the content script, ${withContent.filter((t) => (t.dur ?? 0) > 50_000).length} over 50 ms`);
    for (const task of [...withContent].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, SHOWN_TASKS)) {
      const inside = insideOf(task);
      console.log(`\ntask of ${((task.dur ?? 0) / 1000).toFixed(0)} ms at ${((task.ts - tasks[0]!.ts) / 1000).toFixed(0)} ms`);
      for (const [name, us] of [...anatomy(inside)].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.CUSTOMS_PREFLIGHT_EVENTS ?? 10))) if (us > 1000) console.log(`${(us / 1000).toFixed(0).padStart(7)} ms  ${name}`);
    }
  } finally {
    await session.browser.close();
    await server.close();
  }
}

await main();
