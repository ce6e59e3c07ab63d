// `npm run bench:pages [-- name filters]`: how long a toolbar click takes to a verdict on large
// fixture pages, in real Chromium with the built extension. Each figure is also given as a ratio
// to the page's own render time (the time the page took to draw its table, measured the same way
// in the same browser), so figures from a busy machine can still be compared; rows/s; and the
// page's longest main-thread tasks from a trace (see main-thread-tasks.ts), by the clock and by
// the main thread's CPU time (a loaded machine stretches tasks on the clock). Prints; asserts
// nothing (timings are never test assertions). Targets come from the issue "Read the whole
// catalog on any page".
// On a shared machine the load changes from one minute to the next: to compare a change with
// the build before it, build that one into a folder and set CUSTOMS_PREFLIGHT_BENCH_BASELINE to
// it; each case is then run with both builds, one right after the other, each in a fresh browser.
import buildFixtureBundles from '../../test/e2e/fixture-bundles';
import { EXTENSION_DIR, servePages } from '../../test/e2e/harness';
import { launchWithExtension } from '../../test/support/browser/chromium-with-extension';
import { startTaskTrace, stopTaskTrace } from './main-thread-tasks';
import { clickToVerdict, openCase, selectCases } from './page-cases';

/** The builds to compare, by label: the one just built, and the baseline folder when one is given. */
function builds(): [string, string][] {
  const baseline = process.env.CUSTOMS_PREFLIGHT_BENCH_BASELINE;
  return baseline ? [['baseline', baseline], ['this build', EXTENSION_DIR]] : [['', EXTENSION_DIR]];
}

async function main(): Promise<void> {
  const cases = selectCases(process.argv.slice(2));
  await buildFixtureBundles();
  const server = await servePages();
  try {
    console.log(
      'case | page render ms | click→verdict ms | ratio to render | rows/s | target ms | longest task with the content script ms (tasks > 50 ms) | the same in main-thread CPU ms (tasks > 50 ms) | longest page task ms (any script) | page main-thread CPU ms, click to verdict | verdict',
    );
    for (const bench of cases) {
      for (const [label, extensionDir] of builds()) {
        const session = await launchWithExtension(extensionDir);
        try {
          const { page, renderMs } = await openCase(session, server.origin, bench);
          await startTaskTrace(page);
          const { verdictMs, verdict } = await clickToVerdict(session, page);
          const tasks = await stopTaskTrace(page);
          const ratio = verdictMs / Math.max(renderMs, 1);
          const rowsPerSecond = Math.round((bench.rows * 1000) / verdictMs);
          const met = verdictMs <= bench.targetMs ? 'met' : 'MISSED';
          console.log(
            [
              label ? `${bench.name} (${label})` : bench.name,
              Math.round(renderMs),
              verdictMs,
              `${ratio.toFixed(2)}×`,
              rowsPerSecond.toLocaleString('en-US'),
              `${bench.targetMs} (${met})`,
              `${Math.round(tasks.longestContentScriptMs)} (${tasks.longContentScriptTasks})`,
              `${Math.round(tasks.longestContentScriptCpuMs)} (${tasks.longContentScriptCpuTasks})`,
              Math.round(tasks.longestAnyMs),
              Math.round(tasks.mainThreadCpuMs),
              verdict,
            ].join(' | '),
          );
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
