import { replayEarlyMessages } from './popup-first-scan';
import { clearMarksReply, type ReadingProgress, readingProgress } from '../messaging/messages';

/**
 * The extension pages' own contact with the user's tab: which tab it is, the content script's
 * reading progress, clearing marks, opening extension pages. Scans themselves go through the
 * worker (worker-client.ts).
 */

export { activeUserTab, PageAccessError, type UserTab } from './user-tab';

/** Listen for the content script's reading progress (scrolling or paging a table); returns the function that stops listening. */
export function onReadingProgress(listener: (progress: ReadingProgress) => void): () => void {
  const handler = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    // Only this extension's own content script, in a tab, reports reading.
    if (sender.id !== browser.runtime.id || sender.tab === undefined) return;
    const parsed = readingProgress.safeParse(message);
    if (parsed.success) listener(parsed.data);
  };
  browser.runtime.onMessage.addListener(handler);
  // What came while the popup's interface was loading (see popup-first-scan.ts).
  replayEarlyMessages(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}

/** Ask the page to stop reading a table (the user pressed Cancel): nothing more is handed to the worker. */
export async function cancelReading(tabId: number, scanId: string): Promise<void> {
  await browser.tabs.sendMessage(tabId, { type: 'cancel-reading', scanId }).catch(() => {});
}

export async function clearMarks(tabId: number): Promise<void> {
  clearMarksReply.parse(await browser.tabs.sendMessage(tabId, { type: 'clear-marks' }));
}

export function openExtensionPage(path: string): Promise<unknown> {
  return browser.tabs.create({ url: browser.runtime.getURL(path as '/results.html') });
}

/**
 * The open tab showing a page scan's address, brought to the front with its window ("Show on
 * page" on the results page). Only a tab the extension may still see qualifies: the toolbar
 * button's grant lasts until the tab navigates away. Null when there is none.
 */
export async function bringScannedPageToFront(url: string): Promise<number | null> {
  const tab = (await browser.tabs.query({})).find((candidate) => candidate.url === url && candidate.id !== undefined);
  if (!tab?.id) return null;
  await browser.tabs.update(tab.id, { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  return tab.id;
}
