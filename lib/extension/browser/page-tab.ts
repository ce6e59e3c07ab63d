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

/**
 * Chrome's words when no content script listens in the tab. The reader was just injected, so the
 * page stopped it: it was reloaded or navigated meanwhile, or it hides the extension's messaging
 * API from content scripts (an element named "chrome" does).
 */
const NO_LISTENER = /Receiving end does not exist|Could not establish connection/i;
export const PAGE_DID_NOT_ANSWER =
  'The page did not answer the Customs Preflight reader. It may have been reloaded or changed while being read, or it may keep extensions from reading it. ' +
  'Reload the page and press the button again; if that does not help, copy the cells with their header row and paste them here.';

async function ask(tabId: number, request: ContentRequest): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, request);
  } catch (error) {
    if (error instanceof Error && NO_LISTENER.test(error.message)) throw new PageAccessError(PAGE_DID_NOT_ANSWER, { cause: error });
    throw error;
  }
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

/** Have the page read a table whole (scrolling a virtual grid; every page when `allPages`) and hand it to the worker. */
export async function sendTable(tabId: number, scanId: string, tableId: string, allPages = false): Promise<SentTable> {
  const reply = sendTableReply.parse(await ask(tabId, { type: 'send-table', scanId, tableId, ...(allPages ? { allPages } : {}) }));
  if (failed(reply)) throw new PageAccessError(reply.error);
  return reply;
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
