// `npm run bench:timeline -- <case name>`: a toolbar click's time line as the service worker sees
// it, from the click to the marks: when the popup's page started and loaded and asked for the scan, the
// content script was put in, each request to the page and its answer (list-tables, page-facts,
// send-table, the marks), the first and last row chunks (with the store's answer to each), and
// the worker's scan events (reading, validating, done, marked). Where page-phases.ts samples the
// popup's words every 50 ms, this hooks the worker's own messaging (through CDP, in the running
// build, which is not changed), so each step is timed to the millisecond. Prints; asserts nothing.
// With CUSTOMS_PREFLIGHT_BENCH_BASELINE set, each case runs with that build, then with this one.
// CUSTOMS_PREFLIGHT_ALL_CHUNKS=1 prints every chunk, not the first and last few. The page's
// performance marks are printed among the steps: a `performance.mark('…')` put in the content
// script while looking into a click shows there (content scripts share the page's timeline).
import type { WebWorker } from 'puppeteer';
import buildFixtureBundles from '../../test/e2e/fixture-bundles';
import { EXTENSION_DIR, servePages } from '../../test/e2e/harness';
import { launchWithExtension } from '../../test/support/browser/chromium-with-extension';
import { clickToVerdict, openCase, selectCases } from './page-cases';

/** One step seen by the worker: its wall-clock time and what it was. */
type Step = [number, string];

/**
 * Runs in the service worker: wraps the extension APIs the worker's code calls at call time
 * (WXT's `browser`: Chrome's `browser` where it has one, else `chrome`), and listens to the
 * messages it receives.
 */
function hookWorker(): void {
  const g = globalThis as unknown as { browser?: typeof chrome };
  const api = g.browser?.runtime?.id ? g.browser : chrome;
  const steps: Step[] = [];
  (globalThis as unknown as { __clickSteps: Step[] }).__clickSteps = steps;
  const log = (what: string) => steps.push([Date.now(), what]);
  const describe = (message: unknown): string => {
    const m = message as { type?: string; startRow?: number; rows?: unknown[]; last?: boolean; phase?: string; marks?: unknown[] };
    if (m.type === 'table-chunk') return `chunk ${m.startRow}+${m.rows?.length}${m.last ? ' (last)' : ''}`;
    if (m.type === 'scan-event') return `event ${m.phase}`;
    if (m.type === 'show-marks' || m.type === 'take-marks') return `${m.type} (${m.marks?.length})`;
    return String(m.type);
  };
  const tabs = api.tabs as unknown as { sendMessage: (...args: unknown[]) => Promise<unknown> };
  const toTab = tabs.sendMessage.bind(api.tabs);
  tabs.sendMessage = (tabId: unknown, message: unknown, ...rest: unknown[]) => {
    log(`→ page ${describe(message)}`);
    return toTab(tabId, message, ...rest).then((reply: unknown) => {
      log(`← page ${describe(message)}`);
      return reply;
    });
  };
  const scripting = api.scripting as unknown as { executeScript: (...args: unknown[]) => Promise<unknown> };
  const execute = scripting.executeScript.bind(api.scripting);
  scripting.executeScript = (...args: unknown[]) => {
    log('inject content script');
    return execute(...args).then((result: unknown) => {
      log('content script in');
      return result;
    });
  };
  const runtime = api.runtime as unknown as { sendMessage: (...args: unknown[]) => Promise<unknown> };
  const broadcast = runtime.sendMessage.bind(api.runtime);
  let lastEvent = '';
  runtime.sendMessage = (message: unknown, ...rest: unknown[]) => {
    const what = describe(message);
    // Progress events repeat; their first of a kind is the step.
    if (what !== lastEvent) log(`worker says ${what}`);
    lastEvent = what;
    return broadcast(message, ...rest);
  };
  api.runtime.onMessage.addListener((message: unknown) => {
    const what = describe(message);
    if (what !== 'reading-progress') log(`worker got ${what}`);
    return false;
  });
}

/** The steps, each with its time since the click; runs of chunks are cut to their first and last two. */
function printSteps(steps: Step[], clickedAt: number): void {
  const lines: Step[] = [...steps];
  lines.sort((a, b) => a[0] - b[0]);
  const chunkLines = lines.filter(([, what]) => what.includes('chunk'));
  const shownChunks = new Set(process.env.CUSTOMS_PREFLIGHT_ALL_CHUNKS ? chunkLines : [...chunkLines.slice(0, 4), ...chunkLines.slice(-4)]);
  let skipped = 0;
  for (const line of lines) {
    if (line[1].includes('chunk') && !shownChunks.has(line)) {
      skipped++;
      continue;
    }
    if (skipped > 0) console.log(`          … ${skipped} chunk steps`);
    skipped = 0;
    console.log(`${String(line[0] - clickedAt).padStart(7)} ms  ${line[1]}`);
  }
}

async function main(): Promise<void> {
  const cases = selectCases(process.argv.slice(2));
  const baseline = process.env.CUSTOMS_PREFLIGHT_BENCH_BASELINE;
  const builds: [string, string][] = baseline ? [['baseline', baseline], ['this build', EXTENSION_DIR]] : [['', EXTENSION_DIR]];
  await buildFixtureBundles();
  const server = await servePages();
  try {
    for (const bench of cases) {
      for (const [label, extensionDir] of builds) {
        const session = await launchWithExtension(extensionDir);
        try {
          const workerTarget = await session.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
          const worker = (await workerTarget.worker()) as WebWorker;
          // tsx names functions with a helper (`__name`) the worker does not have.
          await worker.evaluate('globalThis.__name ??= (f) => f');
          // The worker's extension APIs come a moment after its target does.
          while (!(await worker.evaluate(() => typeof chrome !== 'undefined' && typeof chrome.tabs?.sendMessage === 'function'))) await new Promise((resolve) => setTimeout(resolve, 100));
          await worker.evaluate(hookWorker);
          const { page } = await openCase(session, server.origin, bench);
          const popupSteps: Step[] = [];
          const popupSeen = session.browser
            .waitForTarget((t) => t.url().endsWith('/popup.html'), { timeout: 10_000 })
            .then(async (target) => {
              const popup = await target.asPage();
              await popup.waitForFunction(() => document.readyState === 'complete', { polling: 20 });
              // The popup's own clock: its navigation's steps in wall-clock time.
              const [origin, timing] = await popup.evaluate(() => [performance.timeOrigin, JSON.stringify(performance.getEntriesByType('navigation')[0])] as const);
              const navigation = JSON.parse(timing) as Record<string, number>;
              for (const name of ['responseEnd', 'domInteractive', 'domContentLoadedEventEnd'] as const) {
                popupSteps.push([Math.round(origin + navigation[name]!), `popup ${name}`]);
              }
              popupSteps.push([Math.round(origin), 'popup navigation starts']);
            })
            .catch(() => {});
          const clickedAt = Date.now();
          const { verdictMs, verdict } = await clickToVerdict(session, page);
          await popupSeen;
          // The marks follow the verdict: wait for them (or give up after a while).
          const deadline = Date.now() + 20_000;
          while (Date.now() < deadline && !(await worker.evaluate(() => (globalThis as unknown as { __clickSteps: Step[] }).__clickSteps.some(([, w]) => w.includes('event marked'))))) {
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
          const steps = await worker.evaluate(() => (globalThis as unknown as { __clickSteps: Step[] }).__clickSteps);
          console.log(`\n${bench.name}${label ? ` (${label})` : ''}: verdict shown at ${verdictMs} ms: ${verdict.slice(0, 80)}`);
          const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [Math.round(performance.timeOrigin + m.startTime), `page mark ${m.name}`] as Step));
          printSteps([...steps, ...popupSteps, ...marks], clickedAt);
        } finally {
          await session.browser.close();
        }
      }
    }
  } finally {
    await server.close();
  }
}

await main();
