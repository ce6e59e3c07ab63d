/**
 * `npm run bench:worker`: a 100,000-row catalog checked by the built extension's service worker in
 * real Chromium, as a file check sends it (chunks of rows from an extension page, the one scan
 * pipeline: store each chunk, read them back, validate in slices, seal and store the report).
 * Prints rows per second, the longest stretch the worker could not run anything else, and the
 * longest wait between two scan events, each beside a baseline measured in the same run: the same
 * rows validated in this Node process with the same options (ratio). Asserts nothing.
 *
 * The worker's longest block is measured from inside it: a 5 ms interval timer records the
 * largest gap between its ticks (a task of N ms delays the next tick by about N ms), so every
 * kind of work counts (message parsing, encryption callbacks, IndexedDB events, validation). Its
 * baseline is the same heartbeat in the same worker while idle before the scan: on a loaded
 * machine the thread also waits for a core, and those waits show up as gaps too.
 *
 * BENCH_WORKER_ROWS (default 100000) sets the size; BENCH_WORKER_PROFILE=file.cpuprofile also
 * writes the worker's CPU profile (open it in Chrome's DevTools, Performance panel);
 * BENCH_WORKER_TASKS=file.json writes the worker thread's tasks from the trace (start, wall and
 * CPU time, on the profile's clock), so scripts/bench/profile-tasks.mjs can say what each long
 * task ran.
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page, WebWorker } from 'puppeteer';
import { DEFAULT_JURISDICTION } from '../../lib/core/model/jurisdiction';
import { readCatalogText } from '../../lib/core/read/read-catalog';
import { builtInScheduleFor, withBuiltInReference } from '../../lib/core/reference/built-in-us-tariff';
import { validateTable } from '../../lib/core/validate';
import { EXTENSION_DIR } from '../../test/e2e/harness';
import { launchWithExtension } from '../../test/support/browser/chromium-with-extension';
import { generateCatalogCsv } from './generate-catalog';
import { median } from './process-timing';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ROWS = Number(process.env.BENCH_WORKER_ROWS ?? 100_000);
const PROFILE_FILE = process.env.BENCH_WORKER_PROFILE;
const TASKS_FILE = process.env.BENCH_WORKER_TASKS;
/** Targets of the issue "Fast at any size". */
const LONGEST_BLOCK_TARGET_MS = 50;
const PROGRESS_TARGET_MS = 250;
const ROWS_PER_CHUNK = 1_000;

interface WorkerWatch {
  /** Largest gap between heartbeat ticks, with when it ended (Date.now()). */
  gaps: { gapMs: number; endedAt: number }[];
}

/** Start the heartbeat inside the service worker (see the header). */
async function watchWorker(worker: WebWorker): Promise<void> {
  await worker.evaluate(() => {
    const watch = { gaps: [] as { gapMs: number; endedAt: number }[], last: performance.now() };
    (globalThis as unknown as { benchWatch: typeof watch }).benchWatch = watch;
    setInterval(() => {
      const now = performance.now();
      const gap = now - watch.last;
      watch.last = now;
      if (gap > 20) watch.gaps.push({ gapMs: gap, endedAt: Date.now() });
    }, 5);
  });
}

/**
 * The worker thread's tasks as Chrome's own tracing records them ('toplevel' RunTask events):
 * wall time, and thread time (CPU the task used, so time spent waiting for a core on a loaded
 * machine is left out). The longest of each during the scan.
 */
async function traceWorkerTasks(browser: Browser, during: () => Promise<ScanTimeline>): Promise<{ scan: ScanTimeline; longestTaskMs: number; longestTaskCpuMs: number }> {
  const cdp = await browser.target().createCDPSession();
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel'] }, transferMode: 'ReturnAsStream' });
  const scan = await during();
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
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const workerThreads = new Set(
    events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && /ServiceWorker/i.test(String(event.args?.name))).map((event) => `${event.pid}:${event.tid}`),
  );
  let longestTaskMs = 0;
  let longestTaskCpuMs = 0;
  const tasks: { ts: number; dur: number; tdur: number; name: string; postedFrom?: string }[] = [];
  for (const event of events) {
    if (event.ph !== 'X' || !workerThreads.has(`${event.pid}:${event.tid}`)) continue;
    longestTaskMs = Math.max(longestTaskMs, (event.dur ?? 0) / 1000);
    longestTaskCpuMs = Math.max(longestTaskCpuMs, (event.tdur ?? 0) / 1000);
    const postedFrom = event.args?.src_func ?? event.args?.data?.src_func;
    tasks.push({ ts: event.ts ?? 0, dur: event.dur ?? 0, tdur: event.tdur ?? 0, name: event.name, ...(postedFrom ? { postedFrom: String(postedFrom) } : {}) });
  }
  if (TASKS_FILE) writeFileSync(TASKS_FILE, JSON.stringify(tasks));
  if (workerThreads.size === 0) console.log('(tracing named no service worker thread: task figures left at 0)');
  return { scan, longestTaskMs, longestTaskCpuMs };
}

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  /** Microseconds, on the clock of the CPU profile's timestamps. */
  ts?: number;
  dur?: number;
  tdur?: number;
  /** A task's args say where it was posted from (src_func), when Chrome records it. */
  args?: { name?: unknown; src_func?: unknown; data?: { src_func?: unknown } };
}

async function readWatch(worker: WebWorker): Promise<WorkerWatch> {
  return worker.evaluate(() => (globalThis as unknown as { benchWatch: WorkerWatch }).benchWatch);
}

interface ScanTimeline {
  startedAt: number;
  lastChunkAnsweredAt: number;
  doneAt: number;
  events: { phase: string; rowsDone: number; at: number }[];
  error: string | null;
}

/**
 * From an extension page (as the file check of the options page does): send the rows in chunks,
 * each after the worker took the one before, and note every scan event until "done".
 */
async function runScan(page: Page, headers: string[], rows: string[][]): Promise<ScanTimeline> {
  // The rows go over in parts: one CDP message of 10+ MB is slow to build.
  await page.evaluate(() => ((globalThis as unknown as { benchRows: string[][] }).benchRows = []));
  for (let start = 0; start < rows.length; start += 10_000) {
    await page.evaluate((part: string[][]) => (globalThis as unknown as { benchRows: string[][] }).benchRows.push(...part), rows.slice(start, start + 10_000));
  }
  return page.evaluate(
    async (headers: string[], perChunk: number) => {
      const rows = (globalThis as unknown as { benchRows: string[][] }).benchRows;
      const scanId = crypto.randomUUID();
      const events: ScanTimeline['events'] = [];
      let error: string | null = null;
      const done = new Promise<number>((resolve) => {
        chrome.runtime.onMessage.addListener((message: { type?: string; scanId?: string; phase?: string; rowsDone?: number; error?: string }) => {
          if (message.type !== 'scan-event' || message.scanId !== scanId) return;
          events.push({ phase: message.phase!, rowsDone: message.rowsDone ?? 0, at: Date.now() });
          if (message.phase === 'failed') error = message.error ?? 'failed';
          if (message.phase === 'done' || message.phase === 'failed') resolve(Date.now());
        });
      });
      const startedAt = Date.now();
      for (let startRow = 0; startRow < rows.length; startRow += perChunk) {
        const chunk = rows.slice(startRow, startRow + perChunk);
        const reply = (await chrome.runtime.sendMessage({
          type: 'file-chunk',
          scanId,
          fileName: 'bench-catalog.csv',
          headers,
          startRow,
          rows: chunk,
          totalRows: rows.length,
          last: startRow + chunk.length >= rows.length,
        })) as { ok: boolean; error?: string };
        if (!reply.ok) return { startedAt, lastChunkAnsweredAt: Date.now(), doneAt: Date.now(), events, error: reply.error ?? 'refused' };
      }
      const lastChunkAnsweredAt = Date.now();
      const doneAt = await done;
      return { startedAt, lastChunkAnsweredAt, doneAt, events, error };
    },
    headers,
    ROWS_PER_CHUNK,
  );
}

/** The longest wait between two events (or from the phase's start to the first), within [from, to]. */
function longestWait(events: ScanTimeline['events'], from: number, to: number): number {
  let previous = from;
  let longest = 0;
  for (const event of events) {
    if (event.at < from || event.at > to) continue;
    longest = Math.max(longest, event.at - previous);
    previous = event.at;
  }
  return Math.max(longest, to - previous);
}

const longestIn = (watch: WorkerWatch, from: number, to: number) =>
  Math.max(0, ...watch.gaps.filter((gap) => gap.endedAt >= from && gap.endedAt - gap.gapMs <= to).map((gap) => gap.gapMs));

async function main(): Promise<void> {
  const schedule = (await builtInScheduleFor(DEFAULT_JURISDICTION))!;
  const table = readCatalogText(generateCatalogCsv(ROWS, schedule), 'bench-catalog.csv');
  console.log(`Service worker: a ${ROWS.toLocaleString('en-US')}-row catalog checked as a file (chunks of ${ROWS_PER_CHUNK}), built extension in ${EXTENSION_DIR}`);

  // Baseline: the same rows, the same options (built-in schedule, today), validated in this process.
  const options = await withBuiltInReference({});
  const nodeTimes: number[] = [];
  let findings = 0;
  for (let run = 0; run < 4; run++) {
    const start = performance.now();
    findings = validateTable(table, options).findings.length;
    if (run > 0) nodeTimes.push(performance.now() - start);
  }
  const nodeMs = median(nodeTimes);

  const session = await launchWithExtension(EXTENSION_DIR);
  try {
    const target = await session.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().includes(session.extension.id));
    const worker = (await target.worker())!;
    const page = (await session.browser.pages())[0] ?? (await session.browser.newPage());
    await page.goto(`chrome-extension://${session.extension.id}/options.html`, { waitUntil: 'load' });
    await watchWorker(worker);
    // Some idle time watched before the scan, for the baseline of the longest block.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    if (PROFILE_FILE) {
      await worker.client.send('Profiler.enable');
      await worker.client.send('Profiler.setSamplingInterval', { interval: 200 });
      await worker.client.send('Profiler.start');
    }
    const { scan, longestTaskMs, longestTaskCpuMs } = await traceWorkerTasks(session.browser, () => runScan(page, table.headers, table.rows));
    if (PROFILE_FILE) {
      const { profile } = await worker.client.send('Profiler.stop');
      writeFileSync(PROFILE_FILE, JSON.stringify(profile));
      console.log(`worker CPU profile written to ${PROFILE_FILE}`);
    }
    const watch = await readWatch(worker);
    if (scan.error) throw new Error(`The scan failed: ${scan.error}`);

    const totalMs = scan.doneAt - scan.startedAt;
    const receiveMs = scan.lastChunkAnsweredAt - scan.startedAt;
    const finishMs = scan.doneAt - scan.lastChunkAnsweredAt;
    const longestBlock = longestIn(watch, scan.startedAt, scan.doneAt);
    const longestReceiving = longestIn(watch, scan.startedAt, scan.lastChunkAnsweredAt);
    const longestFinishing = longestIn(watch, scan.lastChunkAnsweredAt, scan.doneAt);
    // Baseline: the same heartbeat while the worker had nothing to do (the rows were being handed
    // to the page): on a loaded machine a thread waits for a core, and that is not the worker's doing.
    const idleLongest = Math.max(0, ...watch.gaps.filter((gap) => gap.endedAt < scan.startedAt).map((gap) => gap.gapMs));
    const progressWait = longestWait(scan.events, scan.startedAt, scan.doneAt);
    const progressWaitFinishing = longestWait(scan.events, scan.lastChunkAnsweredAt, scan.doneAt);
    const rowsPerSecond = ROWS / (totalMs / 1000);
    const nodeRowsPerSecond = ROWS / (nodeMs / 1000);
    const met = (value: number, target: number) => (value <= target ? `target ≤ ${target} ms met` : `target ≤ ${target} ms NOT met`);

    console.log(`baseline: the same rows validated in Node, in process: ${nodeMs.toFixed(0)} ms (median of 3), ${Math.round(nodeRowsPerSecond).toLocaleString('en-US')} rows/s, ${findings} findings`);
    console.log(`worker, click to stored report: ${totalMs} ms, ${Math.round(rowsPerSecond).toLocaleString('en-US')} rows/s (${(totalMs / nodeMs).toFixed(2)}× the Node validation)`);
    console.log(`  receiving ${ROWS / ROWS_PER_CHUNK} chunks: ${receiveMs} ms (${(receiveMs / nodeMs).toFixed(2)}×); finishing (read back, validate, seal, store): ${finishMs} ms (${(finishMs / nodeMs).toFixed(2)}×)`);
    console.log(
      `longest worker block: ${longestBlock.toFixed(0)} ms (receiving ${longestReceiving.toFixed(0)} ms, finishing ${longestFinishing.toFixed(0)} ms); ` +
        `idle worker, same heartbeat, same run: ${idleLongest.toFixed(0)} ms   ${met(longestBlock, LONGEST_BLOCK_TARGET_MS)}`,
    );
    console.log(
      `longest worker task (Chrome tracing, whole scan): ${longestTaskMs.toFixed(0)} ms wall, ${longestTaskCpuMs.toFixed(0)} ms of CPU (waits for a core left out)   ${met(longestTaskCpuMs, LONGEST_BLOCK_TARGET_MS)}`,
    );
    console.log(`longest wait between scan events: ${progressWait} ms (finishing ${progressWaitFinishing} ms), ${scan.events.length} events   ${met(progressWait, PROGRESS_TARGET_MS)}`);
    const waits = scan.events.map((event, i) => ({ wait: event.at - (i === 0 ? scan.startedAt : scan.events[i - 1]!.at), event }));
    const longestWaits = waits.sort((a, b) => b.wait - a.wait).slice(0, 5);
    console.log(`longest waits between scan events (ms, then the event that ended it, ms after the first chunk): ${longestWaits.map(({ wait, event }) => `${wait} → ${event.phase} ${event.rowsDone} at ${event.at - scan.startedAt}`).join(', ')}`);
    const slowest = [...watch.gaps].sort((a, b) => b.gapMs - a.gapMs).slice(0, 8);
    console.log(`slowest worker blocks (ms after the first chunk): ${slowest.map((gap) => `${gap.gapMs.toFixed(0)} ms at ${gap.endedAt - gap.gapMs - scan.startedAt}`).join(', ')}`);

    const results = {
      date: new Date().toISOString(),
      rows: ROWS,
      nodeValidateMs: nodeMs,
      workerTotalMs: totalMs,
      workerReceiveMs: receiveMs,
      workerFinishMs: finishMs,
      rowsPerSecond,
      ratioToNodeValidate: totalMs / nodeMs,
      longestWorkerBlockMs: longestBlock,
      longestWorkerBlockReceivingMs: longestReceiving,
      longestWorkerBlockFinishingMs: longestFinishing,
      longestIdleWorkerGapMs: idleLongest,
      longestWorkerTaskMs: longestTaskMs,
      longestWorkerTaskCpuMs: longestTaskCpuMs,
      longestEventWaitMs: progressWait,
      findings,
    };
    const resultsFile = join(ROOT, 'bench-results.json');
    let previous: Record<string, unknown> = {};
    try {
      previous = JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown>;
    } catch {
      // First run: nothing to keep.
    }
    writeFileSync(resultsFile, `${JSON.stringify({ ...previous, worker: results }, null, 2)}\n`);
    console.log(`wrote ${resultsFile}`);
  } finally {
    await session.browser.close();
  }
}

await main();
