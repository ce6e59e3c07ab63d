import { sendToWorkspaceReply, type SendToWorkspaceReply, type SyncEvent, syncEvent } from '../messaging/sync-messages';
import { sitePermissionPattern } from '../scan/auto-scan';
import { listProfiles, openProfileStore, readSetting } from '../storage';
import { pageDatabase } from './profile-storage';

/**
 * The pages' side of the team workspace: the browser's permission for exactly the workspace's
 * origin (asked when it is saved, given back when it is removed), and the worker asked to send.
 * The pages themselves never make a request; the worker does.
 */

/** Ask the browser (the user sees its prompt) for the workspace's origin; must run inside the click. */
export function requestWorkspaceAccess(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [sitePermissionPattern(origin)] });
}

/**
 * Give back the permission for a workspace no longer used, unless something else still needs that
 * host: automatic scanning of the same site, or another importer profile's workspace.
 */
export async function releaseWorkspaceAccess(origin: string, exceptProfileId: string): Promise<boolean> {
  const pattern = sitePermissionPattern(origin);
  const db = await pageDatabase();
  const autoScanSites = await readSetting(db, 'autoScanSites');
  if (autoScanSites.some((site) => sitePermissionPattern(site) === pattern)) return false;
  for (const profile of await listProfiles(db)) {
    if (profile.id === exceptProfileId) continue;
    const link = await (await openProfileStore(db, profile.id)).workspace.info();
    if (link && sitePermissionPattern(link.origin) === pattern) return false;
  }
  return browser.permissions.remove({ origins: [pattern] });
}

/** Tell the worker the workspace changed (a new token, a new mode), so it tries the queue now. */
export async function workspaceSaved(): Promise<void> {
  await browser.runtime.sendMessage({ type: 'workspace-saved' });
}

/** "Send to workspace": queued by the worker and sent at once when the workspace answers. */
export async function sendScanToWorkspace(scanId: string): Promise<SendToWorkspaceReply> {
  return sendToWorkspaceReply.parse(await browser.runtime.sendMessage({ type: 'send-to-workspace', scanId }));
}

/** Listen for the worker's sync events; returns the function that stops listening. */
export function onSyncEvent(listener: (event: SyncEvent) => void): () => void {
  const handler = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return;
    const parsed = syncEvent.safeParse(message);
    if (parsed.success) listener(parsed.data);
  };
  browser.runtime.onMessage.addListener(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}
