// `npm run bench:pages`: how long a toolbar click takes to a verdict on large fixture pages, in
// real Chromium with the built extension, each figure also as a ratio to the page's own render
// time (the time the page took to draw its table, measured the same way in the same browser),
// so figures from a busy machine can still be compared. Prints; asserts nothing (timings are
// never test assertions). Targets come from the issue "Read the whole catalog on any page".
import type { Page } from 'puppeteer';
import buildFixtureBundles from '../../test/e2e/fixture-bundles';
import { EXTENSION_DIR, servePages } from '../../test/e2e/harness';
import { launchWithExtension } from '../../test/support/browser/chromium-with-extension';

interface BenchCase {
  name: string;
  file: string;
  /** The page has drawn its table: rows are in the DOM. */
  rendered: string;
  targetMs: number;
}

const CASES: BenchCase[] = [
  { name: 'virtualized grid (AG Grid), 2,000 rows', file: 'grid-ag-grid.html?rows=2000', rendered: '[role="row"][row-index="5"]', targetMs: 2_000 },
  { name: 'virtualized grid (AG Grid), 10,000 rows', file: 'grid-ag-grid.html?rows=10000', rendered: '[role="row"][row-index="5"]', targetMs: 5_000 },
  { name: 'headless div grid (TanStack), 2,000 rows', file: 'grid-headless.html', rendered: '#lines .tr:nth-child(5)', targetMs: 2_000 },
  { name: 'HTML table, 50,000 rows', file: 'large-table.html?rows=50000', rendered: '#product-master tbody tr:nth-child(50000)', targetMs: 5_000 },
];

/**
 * Watches the page's main thread from inside the page while the check runs: the longest task of
 * any kind. It includes the page's own work (a grid re-rendering after each scroll, the marks
 * drawn at the end): browsers do not name the content script behind a task (Long Animation
 * Frames leave isolated-world scripts out), so this is an upper bound on the reader's slices.
 */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const store = globalThis as unknown as { benchLongest: number };
    store.benchLongest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) store.benchLongest = Math.max(store.benchLongest, entry.duration);
    }).observe({ type: 'longtask' });
  });
}

async function runCase(origin: string, session: Awaited<ReturnType<typeof launchWithExtension>>, bench: BenchCase) {
  const page = (await session.browser.pages())[0] ?? (await session.browser.newPage());
  await page.goto(`${origin}${bench.file}`, { waitUntil: 'domcontentloaded', timeout: 0 });
  await page.waitForSelector(bench.rendered, { timeout: 0 });
  // The page's own render time: from navigation start to its table drawn.
  const renderMs = await page.evaluate(() => performance.now());
  await page.bringToFront();
  await watchLongTasks(page);
  const started = Date.now();
  await page.triggerExtensionAction(session.extension);
  const target = await session.browser.waitForTarget((t) => t.url().endsWith('/popup.html'), { timeout: 10_000 });
  const popup = await target.asPage();
  await popup.waitForFunction(() => /rows checked/.test(document.body.innerText) || document.querySelector('[role="alert"]') !== null, {
    timeout: 0,
    polling: 50,
  });
  const verdictMs = Date.now() - started;
  const verdict = (await popup.evaluate(() => document.querySelector('.rows-checked')?.textContent ?? document.body.innerText)).trim();
  const longestTaskMs = await page.evaluate(() => (globalThis as unknown as { benchLongest: number }).benchLongest);
  await popup.close().catch(() => {});
  return { renderMs, verdictMs, verdict, longestTaskMs };
}

async function main(): Promise<void> {
  await buildFixtureBundles();
  const server = await servePages();
  const session = await launchWithExtension(EXTENSION_DIR);
  try {
    console.log('case | page render ms | click→verdict ms | ratio to render | target ms | longest page task ms (any script) | verdict');
    for (const bench of CASES) {
      const { renderMs, verdictMs, verdict, longestTaskMs } = await runCase(server.origin, session, bench);
      const ratio = verdictMs / Math.max(renderMs, 1);
      const met = verdictMs <= bench.targetMs ? 'met' : 'MISSED';
      console.log(
        `${bench.name} | ${Math.round(renderMs)} | ${verdictMs} | ${ratio.toFixed(2)}× | ${bench.targetMs} (${met}) | ${Math.round(longestTaskMs)} | ${verdict}`,
      );
    }
  } finally {
    await session.browser.close();
    await server.close();
  }
}

await main();
