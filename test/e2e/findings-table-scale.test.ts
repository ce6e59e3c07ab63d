import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/browser/chromium-with-extension';
import { nextFrames, type PageServer, servePages } from './harness';
import { BUNDLE_DIR } from './vendor-route';

/**
 * The results page's issue list with 100,000 findings, in real Chromium: only the lines in view
 * are in the document, the table still knows every line, and scrolling to the end shows the last
 * finding. Render and scroll times are printed, not asserted (the machine is shared).
 */
let browser: Browser;
let server: PageServer;

beforeAll(async () => {
  // The component as the extension builds it (Preact JSX), with the pages' stylesheet.
  await build({
    entryPoints: { 'findings-table': fileURLToPath(new URL('../pages/findings-table.entry.tsx', import.meta.url)) },
    outdir: BUNDLE_DIR,
    bundle: true,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'warning',
  });
  server = await servePages();
  browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, defaultViewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the issue list with 100,000 findings', () => {
  it('renders only the lines in view, counts them all, and scrolls to the last', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}findings-table.html`);
    await page.waitForSelector('body[data-render-ms]', { timeout: 60_000 });
    const renderMs = Number(await page.$eval('body', (body) => body.dataset.renderMs));

    const groups = 5;
    // Notes (20,000) are folded: the table's lines are the groups and the 80,000 other findings.
    const lines = await page.$eval('table.findings', (table) => Number(table.getAttribute('aria-rowcount')));
    expect(lines).toBe(80_000 + groups + 1);
    const rendered = await page.$$eval('tr.finding-line', (rows) => rows.length);
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(100);

    const scrolled = await page.evaluate(async () => {
      const box = document.querySelector<HTMLElement>('div.table-scroll.virtual')!;
      const started = performance.now();
      box.scrollTo({ top: box.scrollHeight });
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return performance.now() - started;
    });
    await nextFrames(page, 2);
    const last = await page.$$eval('tr.finding-line', (rows) => rows.map((row) => `${row.getAttribute('data-rule')}:${row.getAttribute('data-row')}`).pop());
    // The last open group is row-duplicate (warnings), whose last finding is on row 20,000.
    expect(last).toBe('row-duplicate:20000');
    expect(await page.$$eval('tr.finding-line', (rows) => rows.length)).toBeLessThan(100);

    const opened = await page.evaluate(async () => {
      const started = performance.now();
      Array.from(document.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent === 'Open all groups')!.click();
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return performance.now() - started;
    });
    expect(await page.$eval('table.findings', (table) => Number(table.getAttribute('aria-rowcount')))).toBe(100_000 + groups + 1);
    // Every group closed: the five group lines carry all 100,000 findings between them.
    await page.evaluate(() => Array.from(document.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent === 'Close all groups')!.click());
    await page.waitForFunction(() => document.querySelectorAll('tr.finding-line').length === 0, { polling: 50 });
    const counts = await page.$$eval('tr.group-line', (rows) => rows.map((row) => Number(row.getAttribute('data-count'))));
    expect(counts).toEqual([20_000, 20_000, 20_000, 20_000, 20_000]);
    console.log(
      `Issue list, 100,000 findings: first render ${renderMs} ms, ${rendered} lines in the document; scroll to the end ${Math.round(scrolled)} ms; open all groups ${Math.round(opened)} ms`,
    );
    await page.close();
  });
});
