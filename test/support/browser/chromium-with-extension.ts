import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Extension } from 'puppeteer';

/**
 * Start Debian's Chromium with the built extension loaded, as the demo and the browser tests
 * need it. Puppeteer never downloads a browser here: it drives /usr/bin/chromium (or
 * PUPPETEER_EXECUTABLE_PATH). Background networking is off so the browser itself makes no
 * requests beyond the pages it is asked to open.
 */
export const CHROMIUM = process.env.PUPPETEER_EXECUTABLE_PATH ?? '/usr/bin/chromium';

/** How every test browser starts: no sandbox (root), no GPU, no requests of its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox', // CI and these machines run as root
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
];

export interface ChromiumSession {
  browser: Browser;
  extension: Extension;
}

export async function launchWithExtension(extensionDir: string, options: { headless?: boolean } = {}): Promise<ChromiumSession> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: install Debian's "chromium" package or set PUPPETEER_EXECUTABLE_PATH.`);
  }
  if (!existsSync(`${extensionDir}/manifest.json`)) {
    throw new Error(`No built extension in ${extensionDir}: run "npm run build" first.`);
  }
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    pipe: true,
    enableExtensions: [extensionDir],
    defaultViewport: options.headless === false ? null : { width: 1280, height: 800 },
    args: CHROMIUM_ARGS,
  });
  return { browser, extension: await waitForExtension(browser) };
}

/** The extension list can be empty for a moment after launch. */
async function waitForExtension(browser: Browser): Promise<Extension> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const found = [...(await browser.extensions()).values()].find((extension) => extension.name === 'Customs Preflight');
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await browser.close();
  throw new Error('Chromium started but did not load the Customs Preflight extension within 10 s.');
}
