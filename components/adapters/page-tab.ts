import {
  type ContentRequest,
  clearMarksReply,
  listTablesReply,
  type PageTableSummary,
  sendTableReply,
  showMarksReply,
} from '../../lib/messaging/messages';
import { type ScanEvent, scanEvent } from '../../lib/messaging/worker-messages';

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

export async function sendTable(tabId: number, scanId: string, tableId: string): Promise<number> {
  const reply = sendTableReply.parse(await ask(tabId, { type: 'send-table', scanId, tableId }));
  if (failed(reply)) throw new PageAccessError(reply.error);
  return reply.totalRows;
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
