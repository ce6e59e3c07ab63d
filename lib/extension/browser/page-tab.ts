import {
  type ContentRequest,
  clearMarksReply,
  listTablesReply,
  pageFactsReply,
  type PageTableSummary,
  type ReadingProgress,
  readingProgress,
  type SendTableReply,
  sendTableReply,
  showMarksReply,
} from '../messaging/messages';
import { type ScanEvent, scanEvent } from '../messaging/worker-messages';

/**
 * The extension pages' only way to the user's tab and the worker: inject the content script,
 * send it requests, and listen for scan events. Every reply is parsed with its schema.
 */

const CONTENT_SCRIPT = '/content-scripts/content.js';

export class PageAccessError extends Error {}

export interface UserTab {
  id: number;
  url: string;
  title: string;
}

/** The tab the user was looking at when they opened the popup. */
export async function activeUserTab(): Promise<UserTab> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new PageAccessError('There is no page open in this window.');
  return { id: tab.id, url: tab.url ?? '', title: tab.title ?? '' };
}

/** Inject the content script (it ignores a second injection). Needs the activeTab grant of the click. */
export async function prepareTab(tabId: number): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: false }, files: [CONTENT_SCRIPT] });
  } catch (error) {
    throw new PageAccessError(
      `This page cannot be read. Browser pages, the extension store and pages opened before the extension was installed are protected; reload the page and try again. (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

async function ask(tabId: number, request: ContentRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request);
}

function failed(reply: unknown): reply is { ok: false; error: string } {
  return typeof reply === 'object' && reply !== null && 'ok' in reply && reply.ok === false;
}

export async function listTables(tabId: number): Promise<PageTableSummary[]> {
  const reply = listTablesReply.parse(await ask(tabId, { type: 'list-tables' }));
  if (failed(reply)) throw new PageAccessError(reply.error);
  return reply;
}

/** The table as handed over: how many rows, and in words what was read and what not. */
export type SentTable = Extract<SendTableReply, { ok: true }>;

/** What the popup says when the tab's page went away while its table was read. */
export const PAGE_CHANGED_WORDS =
  'The page changed while the table was being read (it was reloaded or you went to another page), so nothing was checked. Open the table again and press the button.';

/** Chrome's words when the content script's page unloads before it answers. */
const PAGE_GONE = /message port closed|receiving end does not exist|back\/forward cache|frame was removed/i;

/** Have the page read a table whole (scrolling a virtual grid, walking every page unless `pageOnly`) and hand it to the worker. */
export async function sendTable(tabId: number, scanId: string, tableId: string, pageOnly = false): Promise<SentTable> {
  let raw: unknown;
  try {
    raw = await ask(tabId, { type: 'send-table', scanId, tableId, ...(pageOnly ? { pageOnly } : {}) });
  } catch (error) {
    if (PAGE_GONE.test(error instanceof Error ? error.message : String(error))) throw new PageAccessError(PAGE_CHANGED_WORDS);
    throw error;
  }
  const reply = sendTableReply.parse(raw);
  if (failed(reply)) throw new PageAccessError(reply.error);
  return reply;
}

/** Ask the page to stop reading a table (the user pressed Cancel). */
export async function cancelReading(tabId: number, scanId: string): Promise<void> {
  await ask(tabId, { type: 'cancel-reading', scanId }).catch(() => {});
}

/** What the page says about itself when no table can be read (a grid drawn on a canvas). */
export async function pageFacts(tabId: number): Promise<{ canvasGrid: string | null }> {
  return pageFactsReply.parse(await ask(tabId, { type: 'page-facts' }));
}

/** Listen for the content script's reading progress (scrolling or paging a table); returns the function that stops listening. */
export function onReadingProgress(listener: (progress: ReadingProgress) => void): () => void {
  const handler = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    // Only this extension's own content script, in a tab, reports reading.
    if (sender.id !== browser.runtime.id || sender.tab === undefined) return;
    const parsed = readingProgress.safeParse(message);
    if (parsed.success) listener(parsed.data);
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}

export async function showMarks(tabId: number, request: Extract<ContentRequest, { type: 'show-marks' }>) {
  const reply = showMarksReply.parse(await ask(tabId, request));
  if (failed(reply)) throw new PageAccessError(reply.error);
  return reply;
}

export async function clearMarks(tabId: number): Promise<void> {
  clearMarksReply.parse(await ask(tabId, { type: 'clear-marks' }));
}

/** Wake the service worker so it finishes scans whose rows all arrived (see scan-worker startUp). */
export async function resumeInterruptedScans(): Promise<void> {
  await browser.runtime.sendMessage({ type: 'resume-scans' }).catch(() => {});
}

/** Listen for the worker's scan events; returns the function that stops listening. */
export function onScanEvent(listener: (event: ScanEvent) => void): () => void {
  const handler = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return;
    const parsed = scanEvent.safeParse(message);
    if (parsed.success) listener(parsed.data);
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}

export function openExtensionPage(path: string): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(path as '/results.html') });
}
