import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, CDPSession, Extension, Page, WebWorker } from 'puppeteer';
import { launchWithExtension } from '../support/browser/chromium-with-extension';
import { folderRoute, serveLocally } from '../support/browser/local-server';
import type { ContentRequest, PackedTableChunk, PageTableSummary, SendTableReply } from '../../lib/extension/messaging/messages';
import { unpackRow } from '../../lib/extension/messaging/packed-rows';
import { PAGES_DIR } from './fixture-pages';
import { postbackPagesRoute } from './postback-pages-route';
import { serverPagesRoute } from './server-pages-route';
import { vendorRoutes } from './vendor-route';

/**
 * Drives the built extension (.output/chrome-mv3) in Debian's Chromium, the way a user does:
 * open a page, click the toolbar button (which grants activeTab), and let the service worker
 * inject the content script and talk to it. See /work/shared/notes/browser-testing.md.
 */

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));

export interface PageServer {
  /** http://127.0.0.1:PORT/ */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serve test/pages on 127.0.0.1 at a free port. Only files inside the folder are served, and the
 * grid libraries' files under /vendor/ and fixture bundles under /built/ (see vendor-route.ts), and
 * the pages of a portal its server pages under /server-pages/ (server-pages-route.ts) and of one
 * that pages by posting its form back under /postback/ (postback-pages-route.ts).
 */
export async function servePages(root = PAGES_DIR): Promise<PageServer> {
  const server = await serveLocally([folderRoute(root), ...vendorRoutes(), serverPagesRoute(), postbackPagesRoute()]);
  return { origin: `${server.origin}/`, close: server.close };
}

export interface Harness {
  browser: Browser;
  extension: Extension;
  /** The extension's service worker, where the tests act as the extension. */
  worker: WebWorker;
  server: PageServer;
  /** The one tab the tests use. */
  page: Page;
  close(): Promise<void>;
}

/**
 * Wait until the service worker has its extension APIs. The worker's target can be attached before
 * Chrome has bound them to its context: a first evaluate then found `chrome.permissions`
 * undefined (a CI run of a loaded machine, the first test of a file).
 */
async function extensionApisBound(worker: WebWorker): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    if (await worker.evaluate(() => typeof chrome !== 'undefined' && chrome.permissions !== undefined && chrome.runtime?.id !== undefined).catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('The extension\'s service worker never got its extension APIs (5 s).');
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(`${EXTENSION_DIR}content-scripts/content.js`)) {
    throw new Error(`No built content script in ${EXTENSION_DIR}: run "npx wxt build" first.`);
  }
  const server = await servePages();
  const { browser, extension } = await launchWithExtension(EXTENSION_DIR);
  try {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().includes(extension.id));
    const worker = (await target.worker())!;
    await extensionApisBound(worker);
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    return {
      browser,
      extension,
      worker,
      server,
      page,
      close: async () => {
        await browser.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser.close();
    await server.close();
    throw error;
  }
}

/**
 * Open a fixture page in the test tab and click the extension's button on it, as a user does
 * before a check: that grants the activeTab permission the injection needs. The button opens
 * the popup, which checks the page straight away (inject, list, send; the worker validates and
 * draws the findings). That run is let finish and the popup closed, so every test starts from
 * the page with the content script injected and nothing drawn.
 */
export async function openFixture(harness: Harness, file: string): Promise<Page> {
  const { page } = harness;
  await page.goto(`${harness.server.origin}${file}`, { waitUntil: 'load' });
  await page.bringToFront();
  await page.triggerExtensionAction(harness.extension);
  await settlePopupCheck(harness);
  return page;
}

/** How long the popup's own check may take (validation of 5,000 rows included). */
const POPUP_CHECK_MS = 20_000;

async function settlePopupCheck(harness: Harness): Promise<void> {
  const target = await harness.browser
    .waitForTarget((t) => t.url() === `chrome-extension://${harness.extension.id}/popup.html`, { timeout: 5_000 })
    .catch(() => null);
  if (!target) return;
  const popup = await target.asPage();
  const deadline = Date.now() + POPUP_CHECK_MS;
  while (Date.now() < deadline) {
    if ((await overlayHostCount(harness.page)) > 0) break;
    // The popup says so when its check cannot finish (a role="alert" message); then nothing will be drawn.
    if (await popup.evaluate(() => document.querySelector('[role="alert"]') !== null).catch(() => true)) break;
    await new Promise((done) => setTimeout(done, 50));
  }
  await popup.close().catch(() => {});
  if ((await overlayHostCount(harness.page)) > 0) await sendToContent(harness, { type: 'clear-marks' });
}

/** The tab id of the test page, found by its address (visible to the extension through the activeTab grant). */
async function tabIdOf(harness: Harness): Promise<number> {
  const url = harness.page.url();
  const id = await harness.worker.evaluate(async (pageUrl: string) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === pageUrl)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab with ${url} is visible to the extension: was the action clicked on it?`);
  return id;
}

/** What the service worker does when the user starts a check: inject the content script into the tab. */
export async function injectContentScript(harness: Harness): Promise<void> {
  const tabId = await tabIdOf(harness);
  await harness.worker.evaluate(async (id: number) => {
    await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] });
  }, tabId);
}

/** Send a request to the content script from the service worker and return its reply. */
export async function sendToContent<Reply = unknown>(harness: Harness, request: ContentRequest | Record<string, unknown>): Promise<Reply> {
  const tabId = await tabIdOf(harness);
  return (await harness.worker.evaluate(
    async (id: number, message: unknown) => chrome.tabs.sendMessage(id, message),
    tabId,
    request as unknown as Record<string, unknown>,
  )) as Reply;
}

/**
 * Keep every table chunk the service worker receives, for the test to read (chunksOf). The
 * listener answers at once, beside the extension's own (which stores the scan and, after the last
 * chunk, has the findings drawn); the first answer is the one the content script gets, so a
 * storage problem in the worker cannot stop a reading test. Installed once per worker. From then
 * on the page sends its chunks without waiting for the worker to store them, so deliveries overlap
 * and the last chunk can be stored before the one before it: the worker must take that too.
 */
export async function receiveChunks(harness: Harness): Promise<void> {
  await harness.worker.evaluate(() => {
    const store = globalThis as unknown as { e2eChunks?: unknown[] };
    if (store.e2eChunks) return;
    store.e2eChunks = [];
    chrome.runtime.onMessage.addListener((message: { type?: string }, _sender, sendResponse) => {
      if (message?.type !== 'table-chunk') return false;
      store.e2eChunks!.push(message);
      sendResponse({ ok: true });
      return false;
    });
  });
}

export async function chunksOf(harness: Harness, scanId: string): Promise<PackedTableChunk[]> {
  const all = (await harness.worker.evaluate(() => (globalThis as unknown as { e2eChunks?: unknown[] }).e2eChunks ?? [])) as PackedTableChunk[];
  // By start row, as the worker stores them: a few chunks are on their way at once (table-chunks.ts), so they may arrive in another order.
  return all.filter((chunk) => chunk.scanId === scanId).sort((a, b) => a.startRow - b.startRow);
}

/** The host element of the overlay, if the page has one (from the page's own view). */
export async function overlayHostCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('[data-customs-preflight-overlay]').length);
}

const sessions = new WeakMap<Page, CDPSession>();

/**
 * The overlay's host element, in the document or in an open shadow root (inside a modal dialog of
 * a web component, the host sits in that dialog). Runs in the page: pass it to `page.evaluate`, or
 * call it inside a function that does.
 */
export function findOverlayHost(): HTMLElement | null {
  const search = (root: Document | ShadowRoot): HTMLElement | null => {
    const host = root.querySelector<HTMLElement>('[data-customs-preflight-overlay]');
    if (host) return host;
    for (const element of root.querySelectorAll('*')) {
      const found = element.shadowRoot ? search(element.shadowRoot) : null;
      if (found) return found;
    }
    return null;
  };
  return search(document);
}

/**
 * Run a function on the overlay's closed shadow root. Page scripts cannot reach a closed root;
 * the DevTools protocol can (as the Elements panel shows it), so the tests inspect the
 * production build as it is, without any test hook in the extension. Returns null when the page
 * has no overlay.
 */
export async function inOverlay<Result, Args extends unknown[] = []>(
  page: Page,
  probe: (root: ShadowRoot, ...args: Args) => Result,
  ...args: Args
): Promise<Awaited<Result> | null> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.createCDPSession();
    sessions.set(page, session);
  }
  const { result: host } = await session.send('Runtime.evaluate', { expression: `(${findOverlayHost.toString()})()` });
  if (!host.objectId) return null;
  const { node } = await session.send('DOM.describeNode', { objectId: host.objectId, depth: 1, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) throw new Error('The overlay host has no shadow root.');
  const { object } = await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  const { result, exceptionDetails } = await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: `function (...args) { return (${probe.toString()})(this, ...args); }`,
    arguments: args.map((value) => ({ value })),
    returnByValue: true,
    awaitPromise: true,
  });
  if (exceptionDetails) throw new Error(`Overlay probe failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as Awaited<Result>;
}

/** Let the overlay's requestAnimationFrame updates run. */
export async function nextFrames(page: Page, frames = 2): Promise<void> {
  // No named functions inside: evaluated code is sent as text, without a bundler's helpers.
  await page.evaluate(async (count: number) => {
    for (let i = 0; i < count; i++) await new Promise((done) => requestAnimationFrame(done));
  }, frames);
}

export interface TableRead {
  tables: PageTableSummary[];
  tableId: string;
  reply: SendTableReply;
  chunks: PackedTableChunk[];
  headers: string[];
  rows: string[][];
}

/**
 * What the extension does for a check: list the page's tables, have the most catalog-like one
 * (or `tableId`) sent, and collect the chunks the worker receives. The worker then validates and
 * draws the findings on the page as usual.
 */
export async function listAndSend(harness: Harness, tableId?: string): Promise<TableRead> {
  await receiveChunks(harness);
  const tables = await sendToContent<PageTableSummary[]>(harness, { type: 'list-tables' });
  const chosen = tableId ?? tables[0]?.tableId;
  if (!chosen) throw new Error('The page has no tables.');
  const scanId = randomUUID();
  const reply = await sendToContent<SendTableReply>(harness, { type: 'send-table', scanId, tableId: chosen });
  const chunks = await chunksOf(harness, scanId);
  return { tables, tableId: chosen, reply, chunks, headers: chunks[0]?.headers ?? [], rows: chunks.flatMap((chunk) => chunk.rows.map((row) => unpackRow(row) as string[])) };
}
