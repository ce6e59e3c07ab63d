import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, openExtensionPage } from '../support/browser/firefox-with-extension';
import { type CatalogPage, pageLabels } from './fixture-pages';
import { type PageServer, servePages } from './harness';

/**
 * The Firefox build (.output/firefox-mv3, `wxt build -b firefox`) in Debian's Firefox ESR, driven
 * by Puppeteer over WebDriver BiDi: it installs, and checks a fixture portal page. WebDriver
 * cannot press a toolbar button, so the page is reached the other way a user can: Options →
 * automatic scanning for the portal's site, then the page is opened and checked as it loads.
 */
const EXTENSION_DIR = fileURLToPath(new URL('../../.output/firefox-mv3/', import.meta.url));

let browser: Browser;
let extensionOrigin = '';
let server: PageServer;

beforeAll(async () => {
  server = await servePages();
  ({ browser, extensionOrigin } = await launchFirefoxWithExtension(EXTENSION_DIR));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Wait until a check made in the page holds, asking from here every 100 ms.
 * Puppeteer's waitForFunction polls with a function it builds in the page, which Firefox ESR 140
 * refuses on extension pages and on pages the extension marks ("call to Function() blocked by
 * CSP") as soon as the first look is not already true.
 */
async function untilTrue(check: () => Promise<boolean>, withinMs = 30_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`waited ${withinMs / 1000} s for the page to show it`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The errors and warnings the results page counts for its scan, by its groups (closed, so each shows its count). */
async function problemsCounted(results: Page): Promise<number> {
  await (await results.$('::-p-text(Close all groups)'))!.click();
  await untilTrue(() => results.evaluate(() => document.querySelectorAll('tr.finding-line').length === 0));
  return results.$$eval('tr.group-line', (rows) =>
    rows.filter((row) => row.getAttribute('data-severity') !== 'info').reduce((sum, row) => sum + Number(row.getAttribute('data-count')), 0),
  );
}

/** Options → automatic scanning for the fixture server's site, once for every test below. */
let autoScanSet = false;
async function scanFixtureSiteAutomatically(): Promise<void> {
  if (autoScanSet) return;
  const site = new URL(server.origin).origin;
  const options = await browser.newPage();
  await openExtensionPage(options, `${extensionOrigin}options.html`);
  await (await options.$('input[name="autoScanSite"]'))!.type(site);
  await (await options.$('::-p-text(Scan this site automatically)'))!.click();
  await untilTrue(() => options.evaluate((s: string) => document.body.innerText.includes(`Pages of ${s} are now checked as they load.`), site));
  await options.close();
  autoScanSet = true;
}

/**
 * Open a fixture page of the site scanned automatically, wait for its marks, and check on the
 * results page that the newest scan is that page's with its labelled rows and every labelled
 * problem: each is an error or a warning of the scan, and nothing else is (the groups count them).
 */
async function expectScannedOnLoad(page: CatalogPage, file: string): Promise<void> {
  await scanFixtureSiteAutomatically();
  const tab = await browser.newPage();
  await tab.goto(`${server.origin}${file}`);
  await untilTrue(() => tab.evaluate(() => document.querySelector('[data-customs-preflight-overlay]') !== null), 60_000);
  const results = await browser.newPage();
  await openExtensionPage(results, `${extensionOrigin}results.html?scan=latest`);
  await results.waitForSelector('main[data-ready="true"] .scan-title');
  expect(await results.$eval('.scan-title', (h) => h.textContent)).toBe(await tab.title());
  const labels = pageLabels(page);
  expect(await results.$eval('.scan-meta', (p) => p.textContent)).toContain(`${labels.rows} rows`);
  expect(await problemsCounted(results)).toBe(labels.labels.length);
  await results.close();
  await tab.close();
}

describe('the extension in Firefox', () => {
  it('checks a customs portal page: marks on the page, the scan with every labelled problem on the results page', async () => {
    await expectScannedOnLoad('customs-portal', 'customs-portal.html');
  });

  it('reads the lines a web component keeps in closed shadow roots (Firefox\'s element.openOrClosedShadowRoot)', async () => {
    await expectScannedOnLoad('grid-closed-shadow', 'grid-closed-shadow.html?shape=aria');
  });
});
