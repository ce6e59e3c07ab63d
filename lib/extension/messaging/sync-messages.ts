import { z } from 'zod';
import { scanSyncStateSchema } from '../storage/sync-records';

/**
 * Messages about the team workspace between the extension's pages and the service worker, which
 * alone talks to the workspace. Pages ask; the worker answers and announces state changes.
 */

/** Results page or popup → worker: send this scan to the profile's workspace ("Send to workspace"). */
export const sendToWorkspaceRequest = z.object({ type: z.literal('send-to-workspace'), scanId: z.uuid() });

/** Options → worker: the workspace was saved (a new token, a new mode): try the queue now. */
export const workspaceSavedRequest = z.object({ type: z.literal('workspace-saved') });

export const sendToWorkspaceReply = z.union([z.object({ ok: z.literal(true) }), z.object({ ok: z.literal(false), error: z.string().max(2000) })]);
export type SendToWorkspaceReply = z.infer<typeof sendToWorkspaceReply>;

/** Worker → pages: a scan's sync state changed (scanId null, state null: the queue stopped for the token). */
export const syncEvent = z.object({
  type: z.literal('sync-event'),
  scanId: z.uuid().nullable(),
  state: scanSyncStateSchema.nullable(),
});
export type SyncEvent = z.infer<typeof syncEvent>;
