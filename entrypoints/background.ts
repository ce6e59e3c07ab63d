import type { ContentRequest } from '../lib/extension/messaging/messages';
import { type ScanEvent, workerRequest } from '../lib/extension/messaging/worker-messages';
import { createScanWorker } from '../lib/extension/scan/scan-worker';
import { openCustomsDatabase, readSetting } from '../lib/extension/storage';
import { shouldAutoScan } from '../lib/extension/scan/auto-scan';
import { readPolicy } from '../lib/extension/browser/read-policy';

/** Retention is enforced at start-up and every few hours while the browser runs. */
const PURGE_ALARM = 'purge-expired-scans';
const PURGE_EVERY_MINUTES = 6 * 60;

export default defineBackground(() => {
  let database: ReturnType<typeof openCustomsDatabase> | undefined;
  const worker = createScanWorker({
    database: () => (database ??= openCustomsDatabase()),
    broadcast: (event: ScanEvent) => {
      // No page may be listening (popup closed): that is not an error.
      browser.runtime.sendMessage(event).catch(() => {});
    },
    sendToTab: (tabId: number, request: ContentRequest) => browser.tabs.sendMessage(tabId, request),
    policy: async () => (await readPolicy()).policy,
    injectContentScript: async (tabId: number) => {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    },
    setBadge: (tabId: number, text: string) => {
      void browser.action.setBadgeText({ tabId, text }).catch(() => {});
      void browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }).catch(() => {});
    },
  });

  // Automatic scanning: only sites the user turned it on for, with the host permission they granted.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url) return;
    const url = tab.url;
    void (async () => {
      const [sites, granted, policy] = await Promise.all([
        readSetting(await (database ??= openCustomsDatabase()), 'autoScanSites'),
        browser.permissions.getAll(),
        readPolicy(),
      ]);
      if (shouldAutoScan(url, sites, granted.origins ?? [], policy.policy)) await worker.autoScan(tabId);
    })().catch(() => {
      // A page that cannot be read (navigated away, no catalog) is left alone: nobody asked for this scan.
    });
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return false;
    const request = workerRequest.safeParse(message);
    if (!request.success) return false;
    if (request.data.type === 'resume-scans') {
      // Sent by the extension's own pages (no tab): starting this worker already finishes them.
      if (sender.tab !== undefined) return false;
      void starting.then(() => sendResponse({ ok: true }));
      return true;
    }
    // Only this extension's own content scripts, in a tab, may hand over tables.
    if (sender.tab?.id === undefined) return false;
    void worker.receiveChunk(request.data, sender.tab.id).then(sendResponse);
    return true;
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PURGE_ALARM) void worker.purge();
  });
  void browser.alarms.create(PURGE_ALARM, { periodInMinutes: PURGE_EVERY_MINUTES });
  const starting = worker.startUp().catch(() => {});
});
