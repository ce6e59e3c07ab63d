import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer';

/**
 * Start Debian's Firefox ESR (`apt-get install firefox-esr`) driven by Puppeteer over WebDriver
 * BiDi, with the Firefox build of the extension installed as a temporary add-on. Firefox names an
 * extension's pages moz-extension://<uuid>/ with a uuid it draws at install; the preference below
 * fixes it, so the tests can open the extension's own pages.
 */
export const FIREFOX = process.env.FIREFOX_EXECUTABLE_PATH ?? '/usr/bin/firefox-esr';
/** The add-on id of the Firefox build (browser_specific_settings.gecko.id in wxt.config.ts). */
export const GECKO_ID = 'customs-preflight@customs-preflight.dev';

export interface FirefoxSession {
  browser: Browser;
  /** moz-extension://<uuid>/ */
  extensionOrigin: string;
}

export async function launchFirefoxWithExtension(extensionDir: string): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox is not installed at ${FIREFOX}: install Debian's "firefox-esr" package or set FIREFOX_EXECUTABLE_PATH.`);
  if (!existsSync(`${extensionDir}/manifest.json`)) throw new Error(`No Firefox build in ${extensionDir}: run "npx wxt build -b firefox" first.`);
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    // WebDriver BiDi refuses to open moz-extension:// pages ("not allowed in this context")
    // unless system access is allowed; the tests open the extension's Options and results there.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // permissions.request() is granted without the doorhanger a user would click: the test
      // stands in for that click (Options → "Scan this site automatically").
      'extensions.webextOptionalPermissionPrompts': false,
      // No requests of the browser's own (updates, telemetry, remote settings) from the tests.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  try {
    const id = await browser.installExtension(extensionDir);
    if (id !== GECKO_ID) throw new Error(`Firefox installed the extension as ${id}, expected ${GECKO_ID}.`);
    return { browser, extensionOrigin: `moz-extension://${uuid}/` };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Open one of the extension's pages in a tab. Firefox loads moz-extension:// pages in the
 * extension process, and WebDriver BiDi reports no end to that navigation (Puppeteer's goto waits
 * until its timeout, though the page is there): wait for the page itself instead.
 */
export async function openExtensionPage(page: import('puppeteer').Page, url: string): Promise<void> {
  void page.goto(url, { timeout: 60_000 }).catch(() => {});
  // Polled by hand rather than with waitForFunction: while the tab moves from about:blank into the
  // extension process, Firefox can answer an evaluation with a protocol error ("right-hand side of
  // 'in' should be an object, got null") from the realm being torn down, and waitForFunction gives
  // up on the first one. Such an error here only means "not there yet".
  const deadline = Date.now() + 30_000;
  let lastError: unknown;
  for (;;) {
    try {
      if (await loadedWithin(page, 5_000)) return;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Firefox did not open ${url} within 30 s${why}.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Whether the tab shows a loaded extension page; an evaluation sent into a realm that goes away may never be answered, so each gets `ms`. */
async function loadedWithin(page: import('puppeteer').Page, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const unanswered = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`an evaluation went unanswered for ${ms} ms`)), ms);
  });
  const loaded = page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete');
  loaded.catch(() => {}); // a late failure after the timer won is not an unhandled rejection
  try {
    return await Promise.race([loaded, unanswered]);
  } finally {
    clearTimeout(timer);
  }
}
