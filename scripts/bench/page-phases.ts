// `npm run bench:phases -- <case name>`: where a toolbar click's time goes, phase by phase, as
// the user sees it: the popup's status line sampled every 50 ms from the click to the verdict,
// each change printed with its time since the click. Tells reading, handing rows over,
// validating and drawing marks apart without a profiler's overhead, with the page's JS heap
// (MB; "?" when the page was too busy to answer at once). Prints; asserts nothing.
import buildFixtureBundles from '../../test/e2e/fixture-bundles';
import { EXTENSION_DIR, servePages } from '../../test/e2e/harness';
import { launchWithExtension } from '../../test/support/browser/chromium-with-extension';
import { openCase, selectCases } from './page-cases';

/** The popup's words without digits: a new kind of status is printed at once, changed counts at most every second. */
const shapeOf = (status: string): string => status.replace(/[\d,.]+/g, '#');

async function main(): Promise<void> {
  const cases = selectCases(process.argv.slice(2));
  await buildFixtureBundles();
  const server = await servePages();
  try {
    for (const bench of cases) {
      const session = await launchWithExtension(process.env.CUSTOMS_PREFLIGHT_BENCH_BASELINE ?? EXTENSION_DIR);
      try {
        const { page } = await openCase(session, server.origin, bench);
        console.log(`\n${bench.name}`);
        const started = Date.now();
        await page.triggerExtensionAction(session.extension);
        const target = await session.browser.waitForTarget((t) => t.url().endsWith('/popup.html'), { timeout: 10_000 });
        const popup = await target.asPage();
        let lastShape = '';
        let printedAt = 0;
        let lastStatus = '';
        for (;;) {
          const status = await popup.evaluate(() => document.body.innerText.replace(/\s+/g, ' ').trim().slice(0, 160)).catch(() => '');
          const ms = Date.now() - started;
          // A new kind of status at once; the counts within one at most every second.
          if (shapeOf(status) !== lastShape || (status !== lastStatus && ms - printedAt >= 1000)) {
            printedAt = ms;
            // The page's JS heap (content script included: same isolate), when the page answers in time.
            const heap = await Promise.race([
              page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0),
              new Promise<number>((resolve) => setTimeout(() => resolve(0), 300)),
            ]).catch(() => 0);
            console.log(`${String(ms).padStart(7)} ms  ${heap ? `${Math.round(heap / 2 ** 20)} MB`.padStart(7) : '      ?'}  ${status}`);
            lastShape = shapeOf(status);
          }
          lastStatus = status;
          if (/rows checked/.test(status) || (await popup.$('[role="alert"]').catch(() => null))) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      } finally {
        await session.browser.close();
      }
    }
  } finally {
    await server.close();
  }
}

await main();
