import type { ScanPageRequest } from '../messaging/worker-messages';
import { activeUserTab, type UserTab } from './user-tab';

/**
 * The popup's check is asked for before its interface has loaded. The interface (Preact, the
 * message schemas, the file readers of "paste cells") is most of the popup's script: parsing and
 * running it took 0.5–1 s of a loaded machine's time after the click, all of it before the
 * scan-page request went out and the page began to be read. Now the request goes first, from
 * this small module, and the interface loads while the worker injects the reader and lists the
 * page's tables. Everything the worker and the page say meanwhile is kept here and handed to the
 * interface's listeners when they start listening (see replayEarlyMessages): a small table can
 * be read and checked before the interface is there to hear of it.
 */

export interface FirstScan {
  tab: UserTab;
  /** The worker's answer to scan-page, not parsed yet (the schemas come with the interface). */
  reply: unknown;
}

/** What the listeners look at of a message's sender: whose it is, and whether a tab's content script sent it. */
export interface EarlySender {
  id?: string;
  tab?: unknown;
}
type Received = [message: unknown, sender: EarlySender];

let firstScan: Promise<FirstScan> | null = null;
/** Messages received since the first scan was asked for, until the interface listens (null: not kept). */
let early: Received[] | null = null;
const keep = (message: unknown, sender: EarlySender): undefined => {
  early?.push([message, sender]);
};

/** The scan-page request, written here once for the first scan and every later one (worker-client.ts's scanTab). */
export function scanPageRequest(tabId: number, tableId: string | null, pageOnly: boolean): ScanPageRequest {
  return { type: 'scan-page', tabId, tableId, pageOnly };
}

/** Ask the worker to check the tab's catalog table (the popup's default request: best table, every page). */
export function startFirstScan(): void {
  early = [];
  browser.runtime.onMessage.addListener(keep);
  firstScan = (async () => {
    const tab = await activeUserTab();
    return { tab, reply: await browser.runtime.sendMessage(scanPageRequest(tab.id, null, false)) };
  })();
  // Claimed (and its failure shown) by the interface; a popup closed before that has no one to tell.
  firstScan.catch(() => {});
}

/** The first scan, once: later requests (another table, this page only) are asked for anew. */
export function claimFirstScan(): Promise<FirstScan> | null {
  const claimed = firstScan;
  firstScan = null;
  return claimed;
}

/** Hand the messages kept so far to a listener that starts listening now, in the order they came. */
export function replayEarlyMessages(listener: (message: unknown, sender: EarlySender) => void): void {
  for (const [message, sender] of early ?? []) listener(message, sender);
}

/** The interface listens for itself from now on: nothing more is kept. */
export function stopKeepingMessages(): void {
  early = null;
  browser.runtime.onMessage.removeListener(keep);
}
