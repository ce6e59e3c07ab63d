/** The parts of a runtime message's sender the worker decides on (chrome.runtime.MessageSender). */
export interface SenderFacts {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export type SenderKind = { kind: 'content-script'; tabId: number } | { kind: 'extension-page' } | { kind: 'other' };

/**
 * Who sent a message to the worker. Only this extension can message it at all, but within the
 * extension a content script runs in a page a hostile site controls, so it may only hand over
 * rows of its own tab; the extension's own pages (popup, results, options — in a tab or not) may
 * also start, re-run and mark scans. An extension page is known by its URL, not by having no tab:
 * the results page is opened in a tab.
 */
export function senderKind(sender: SenderFacts, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId) return { kind: 'other' };
  if (sender.url !== undefined && sender.url.startsWith(extensionOrigin)) return { kind: 'extension-page' };
  if (sender.tab?.id !== undefined) return { kind: 'content-script', tabId: sender.tab.id };
  return { kind: 'other' };
}
