/**
 * The tab the user acted on. Kept apart from page-tab.ts, which needs the message schemas (zod):
 * the popup asks for it before its interface has loaded (popup-first-scan.ts).
 */

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
