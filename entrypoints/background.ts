import type { ContentRequest } from '../lib/extension/messaging/messages';
import { ROWS_REFUSED, withCheckedRows } from '../lib/extension/messaging/chunk-rows';
import { senderKind } from '../lib/extension/messaging/message-sender';
import { contentToWorker, type PageToWorker, pageToWorker, type ScanEvent } from '../lib/extension/messaging/worker-messages';
import { readPolicy } from '../lib/extension/browser/read-policy';
import { shouldAutoScan, sitePermissionPattern } from '../lib/extension/scan/auto-scan';
import { createScanPipeline, type ScanPipeline } from '../lib/extension/scan/scan-pipeline';
import { openCustomsDatabase, readSetting } from '../lib/extension/storage';
import { activeProfile } from '../lib/extension/scan/active-profile';
import { createWorkspaceSync, type WorkspaceSync } from '../lib/extension/sync/workspace-sync';
import { openProfileStore } from '../lib/extension/storage';

/** Retention is enforced at start-up and every few hours while the browser runs. */
const PURGE_ALARM = 'purge-expired-scans';
const PURGE_EVERY_MINUTES = 6 * 60;
/** The sync queue's next try: an alarm, because Chrome stops an idle worker and alarms wake it again. */
const SYNC_ALARM = 'workspace-sync-queue';

export default defineBackground(() => {
  let database: ReturnType<typeof openCustomsDatabase> | undefined;
  const workspace = createWorkspaceSync({
    database: () => (database ??= openCustomsDatabase()),
    policy: async () => (await readPolicy()).policy,
    fetch: (input, init) => fetch(input, init),
    originGranted: (origin) => browser.permissions.contains({ origins: [sitePermissionPattern(origin)] }),
    wakeAt: (time) => {
      void (async () => {
        // One alarm for every profile's queue: keep the earliest time asked for.
        const current = await browser.alarms.get(SYNC_ALARM);
        if (!current || current.scheduledTime > time || current.scheduledTime < Date.now()) await browser.alarms.create(SYNC_ALARM, { when: time });
      })().catch(() => {});
    },
    broadcast: (event) => {
      browser.runtime.sendMessage(event).catch(() => {});
    },
  });
  const pipeline = createScanPipeline({
    database: () => (database ??= openCustomsDatabase()),
    broadcast: (event: ScanEvent) => {
      // No page may be listening (popup closed): that is not an error.
      browser.runtime.sendMessage(event).catch(() => {});
    },
    sendToTab: (tabId: number, request: ContentRequest) => browser.tabs.sendMessage(tabId, request),
    policy: async () => (await readPolicy()).policy,
    injectContentScript: async (tabId: number) => {
      // activeTab (the user's click) or the site's granted permission (automatic scanning) allows it.
      await browser.scripting.executeScript({ target: { tabId, allFrames: false }, files: ['/content-scripts/content.js'] });
    },
    setBadge: (tabId: number, text: string) => {
      void browser.action.setBadgeText({ tabId, text }).catch(() => {});
      void browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }).catch(() => {});
    },
    workspace,
  });
  const starting = pipeline.startUp().catch(() => {});
  // Scans queued before the browser or the worker stopped are tried again now (after the sweep).
  void starting.then(() => workspace.drainAll()).catch(() => {});

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
      if (shouldAutoScan(url, sites, granted.origins ?? [], policy.policy)) await pipeline.autoScan(tabId);
    })().catch(() => {
      // A page that cannot be read (navigated away, no catalog) is left alone: nobody asked for this scan.
    });
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    const from = senderKind(sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (from.kind === 'content-script') {
      // A content script may only hand over the rows of its own tab.
      const chunk = contentToWorker.safeParse(message);
      if (!chunk.success) return false;
      void withCheckedRows(chunk.data)
        .then((checked) => (checked ? pipeline.receiveChunk(checked, from.tabId) : ROWS_REFUSED))
        .then(sendResponse);
      return true;
    }
    if (from.kind !== 'extension-page') return false;
    const request = pageToWorker.safeParse(message);
    if (!request.success) return false;
    void answer(pipeline, workspace, () => (database ??= openCustomsDatabase()), request.data, starting).then(sendResponse);
    return true;
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PURGE_ALARM) void pipeline.purge();
    if (alarm.name === SYNC_ALARM) void workspace.drainAll().catch(() => {});
  });
  void browser.alarms.create(PURGE_ALARM, { periodInMinutes: PURGE_EVERY_MINUTES });
});

/** The extension pages' requests, each to its step of the pipeline. */
async function answer(
  pipeline: ScanPipeline,
  workspace: WorkspaceSync,
  database: () => ReturnType<typeof openCustomsDatabase>,
  request: PageToWorker,
  starting: Promise<void>,
): Promise<unknown> {
  switch (request.type) {
    case 'file-chunk': {
      const checked = await withCheckedRows(request);
      return checked ? pipeline.receiveChunk(checked, null) : ROWS_REFUSED;
    }
    case 'scan-page':
      return pipeline.scanPage(request);
    case 'rerun-scan':
      return pipeline.rerun(request.scanId, request.mapping);
    case 'show-scan-marks':
      return pipeline.showMarks(request.tabId, request.scanId, request.focus);
    case 'resume-scans':
      // Starting this worker already finishes interrupted scans; answer once that is done.
      return starting.then(() => ({ ok: true }));
    case 'send-to-workspace': {
      const db = await database();
      return workspace
        .send(await openProfileStore(db, (await activeProfile(db)).id), request.scanId)
        .catch((error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }));
    }
    case 'workspace-saved':
      void workspace.drainAll().catch(() => {});
      return { ok: true };
  }
}
