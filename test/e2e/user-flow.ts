import type { Page } from 'puppeteer';
import { downloadByButton } from '../support/browser/browser-downloads';
import type { IssuesExport } from '../../lib/core/report/issues-export-schema';
import type { Harness } from './harness';

/**
 * What a user does with the extension, as steps the browser tests share: press the toolbar
 * button on a page and wait for the popup's verdict, open the results page, export.
 */

/**
 * The popup has finished: counts shown and the page's marks drawn (they follow the verdict), or an
 * alert said why not.
 */
const POPUP_DONE = () =>
  (/rows? checked/.test(document.body.innerText) && document.querySelector('.marks-drawing') === null) || document.querySelector('[role="alert"]') !== null;

export interface PopupScan {
  popup: Page;
  /** Milliseconds from the click to the popup's verdict. */
  elapsedMs: number;
  /** Date.now() at the click. */
  clickedAt: number;
  text: string;
}

/** Open a fixture page and press the toolbar button on it; resolves when the popup has its result. */
export async function pressToolbarButton(harness: Harness, file: string, timeout = 60_000): Promise<PopupScan> {
  const { page, browser, extension } = harness;
  await page.goto(`${harness.server.origin}${file}`, { waitUntil: 'load' });
  await page.bringToFront();
  const started = Date.now();
  await page.triggerExtensionAction(extension);
  const target = await browser.waitForTarget((t) => t.url() === `chrome-extension://${extension.id}/popup.html`, { timeout: 5_000 });
  const popup = await target.asPage();
  await popup.waitForFunction(POPUP_DONE, { timeout, polling: 50 });
  return { popup, elapsedMs: Date.now() - started, clickedAt: started, text: await popup.evaluate(() => document.body.innerText) };
}

export function extensionUrl(harness: Harness, path: string): string {
  return `chrome-extension://${harness.extension.id}/${path}`;
}

/** Open results.html (the newest scan unless told otherwise) and wait for its issue list. */
export async function openResults(harness: Harness, scan = 'latest'): Promise<Page> {
  const results = await harness.browser.newPage();
  await results.goto(extensionUrl(harness, `results.html?scan=${scan}`));
  await results.waitForSelector('main[data-ready="true"]');
  return results;
}

/** The id of the scan the results page shows (it writes it into its own address). */
export async function openScanId(results: Page): Promise<string> {
  return results.evaluate(() => new URL(location.href).searchParams.get('scan') ?? '');
}

export async function exportJson(results: Page): Promise<IssuesExport> {
  return JSON.parse((await downloadByButton(results, 'Export JSON')).text) as IssuesExport;
}

/** Every record of every store of the extension's database, read raw (no decryption) from an extension page. */
export async function rawDatabaseText(extensionPage: Page): Promise<string> {
  return extensionPage.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('customs-preflight');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const parts: string[] = [];
    const decoder = new TextDecoder('utf-8');
    const latin1 = new TextDecoder('latin1');
    const describe = (value: unknown): unknown => {
      if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
        const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        return `${decoder.decode(bytes)}|${latin1.decode(bytes)}`;
      }
      if (value instanceof CryptoKey) return '[CryptoKey]';
      if (Array.isArray(value)) return value.map(describe);
      if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, describe(v)]));
      return value;
    };
    for (const name of Array.from(db.objectStoreNames)) {
      const values = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      parts.push(`${name}: ${JSON.stringify(values.map(describe))}`);
    }
    db.close();
    return parts.join('\n');
  });
}

/** How many records each store holds, read raw from an extension page. */
export async function storeCounts(extensionPage: Page): Promise<Record<string, number>> {
  return extensionPage.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('customs-preflight');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const counts: Record<string, number> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      counts[name] = await new Promise<number>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    return counts;
  });
}
