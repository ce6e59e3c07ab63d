import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';
import { storeCounts } from './user-flow';

/**
 * A page with a 150,000-row table stays the user's while the extension lists and reads it: the
 * reader works in short slices and yields between them, so the page's own click handlers and
 * timers run in the middle of the read. Asserted by what the page did during the read (a click
 * handled, timer ticks), never by timings. The read is then cancelled: the popup says nothing
 * was checked, and the page is as the user left it.
 */
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const ROWS = 150_000;

describe(`a page with a ${ROWS.toLocaleString('en')}-row table`, () => {
  it('runs its timers and answers a click while the table is read; Cancel ends the read', { timeout: 600_000 }, async () => {
    const { page } = harness;
    page.setDefaultTimeout(0);
    await page.goto(`${harness.server.origin}large-table.html?rows=${ROWS}`, { waitUntil: 'load', timeout: 0 });
    await page.waitForSelector(`#product-master tbody tr:nth-child(${ROWS})`, { timeout: 0 });
    await page.evaluate(() => {
      const store = globalThis as unknown as { clicks: number; ticks: number };
      store.clicks = 0;
      store.ticks = 0;
      document.querySelector('.toolbar')!.addEventListener('click', () => store.clicks++);
      setInterval(() => store.ticks++, 25);
    });
    await page.evaluate(() => window.scrollTo(0, 4000));
    await page.bringToFront();

    await page.triggerExtensionAction(harness.extension);
    const popup = await (await harness.browser.waitForTarget((t) => t.url().endsWith('/popup.html'), { timeout: 30_000 })).asPage();
    const readSoFar = async () => Number((await popup.evaluate(() => /Reading rows ([\d,]+) of 150,000/.exec(document.body.innerText)?.[1] ?? '-1')).replace(/,/g, ''));
    await popup.waitForFunction(() => /Reading rows [1-9][\d,]* of 150,000/.test(document.body.innerText), { polling: 20, timeout: 0 });
    // Asked of the page mid-read: answered between two slices, not once the read is over.
    const ticksBefore = await page.evaluate(() => (globalThis as unknown as { ticks: number }).ticks);
    const rowsBefore = await readSoFar();
    // Several chunks later, not the next count the popup shows: counts can come two at once (the
    // worker tells of chunks as it stores them), and a window of one would be shorter than a tick.
    await popup.waitForFunction((rows: number) => Number(/Reading rows ([\d,]+) of 150,000/.exec(document.body.innerText)?.[1]?.replace(/,/g, '') ?? 0) > rows, { polling: 20, timeout: 0 }, rowsBefore + 2_000);
    const ticksDuring = await page.evaluate(() => (globalThis as unknown as { ticks: number }).ticks);
    const rowsDuring = await readSoFar();
    // The page's own timer ran while more rows were read, and the read is not over yet.
    expect(ticksDuring).toBeGreaterThan(ticksBefore);
    expect(rowsDuring).toBeGreaterThan(rowsBefore);
    expect(rowsDuring).toBeLessThan(ROWS);
    // A click on the page is handled at once too (a script click: a real one would focus the page and close the popup).
    await page.evaluate(() => (document.querySelector('.toolbar') as HTMLElement).click());
    expect(await page.evaluate(() => (globalThis as unknown as { clicks: number }).clicks)).toBe(1);
    expect(await readSoFar()).toBeLessThan(ROWS);

    // Rows go to the worker while the page reads on: some are stored before the read is over.
    for (let look = 0; (await storeCounts(popup)).scanChunks === 0; look++) {
      if (look > 600) throw new Error('No rows reached the worker while the table was read.');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await readSoFar()).toBeLessThan(ROWS);

    await (await popup.waitForSelector('::-p-aria(Cancel)'))!.click();
    await popup.waitForFunction(() => document.querySelector('[role="alert"]') !== null, { polling: 50, timeout: 0 });
    expect(await popup.evaluate(() => document.body.innerText)).toContain('You cancelled reading the table: nothing was checked.');
    // Nothing half-stored: the rows already handed over went with the cancelled scan.
    expect(await storeCounts(popup)).toMatchObject({ scans: 0, scanChunks: 0 });
    expect(await page.evaluate(() => window.scrollY)).toBe(4000);
    await popup.close().catch(() => {});
  });
});
