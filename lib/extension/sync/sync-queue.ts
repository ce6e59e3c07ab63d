import type { ScanUpload } from '../../workspace/api/scan-upload';
import { scanPageUrl } from '../../workspace/client/workspace-address';
import { type WorkspaceClient, WorkspaceRequestError } from '../../workspace/client/workspace-client';
import type { AuditEvent } from '../storage/audit-log';
import { nextAttemptAt } from './sync-backoff';

/** A scan waiting to be sent; the scan's own id is the upload's id, so every retry is harmless. */
export interface QueuedSend {
  scanId: string;
  queuedAt: number;
  /** Failed attempts so far. */
  failures: number;
  /** Not before this time (ms since 1970). */
  notBefore: number;
  lastError: string | null;
}

/** What the results page shows for a scan. */
export type ScanSyncState =
  | { kind: 'queued'; failures: number; notBefore: number; lastError: string | null }
  | { kind: 'sent'; link: string; sentAt: number }
  | { kind: 'failed'; reason: string };

/**
 * Where the queue lives: the profile's encrypted IndexedDB stores in the extension
 * (lib/extension/storage), memory in a unit test. Each call is one transaction, so a worker stopped
 * by Chrome between two calls loses nothing: an entry is removed only after its send succeeded.
 */
export interface SyncQueueStore {
  queued(): Promise<QueuedSend[]>;
  put(entry: QueuedSend): Promise<void>;
  remove(scanId: string): Promise<void>;
  /** The upload of a stored scan, built from its report and rows; null when the scan was deleted. */
  uploadOf(scanId: string): Promise<ScanUpload | null>;
  setState(scanId: string, state: ScanSyncState): Promise<void>;
  /** Each send and its outcome, in the profile's audit chain (action `sync`, object: scan id and outcome). */
  audit(events: readonly AuditEvent[]): Promise<void>;
}

export type DrainResult =
  | { kind: 'done'; sent: number }
  /** The workspace could not be reached: the rest waits, the next try is due then. */
  | { kind: 'waiting'; sent: number; nextAttemptAt: number }
  /** The token was refused: nothing more is sent until the user enters a valid one. */
  | { kind: 'token-refused'; sent: number; message: string };

export async function enqueueSend(store: SyncQueueStore, scanId: string, now: number): Promise<void> {
  const already = (await store.queued()).some((entry) => entry.scanId === scanId);
  if (already) return;
  await store.put({ scanId, queuedAt: now, failures: 0, notBefore: now, lastError: null });
  await store.setState(scanId, { kind: 'queued', failures: 0, notBefore: now, lastError: null });
}

/**
 * Send every due scan, oldest first. An unreachable workspace ends the round (the others would fail
 * the same way) and the scan waits with backoff; a refused token ends it for good until the token is
 * replaced; a scan the workspace refuses (409, a malformed report) fails alone and the rest go on.
 */
export async function drainQueue(store: SyncQueueStore, client: WorkspaceClient, now: () => number): Promise<DrainResult> {
  const due = (await store.queued()).sort((a, b) => a.queuedAt - b.queuedAt);
  let sent = 0;
  for (const entry of due) {
    if (entry.notBefore > now()) continue;
    const upload = await store.uploadOf(entry.scanId);
    if (!upload) {
      await store.remove(entry.scanId);
      continue;
    }
    try {
      const answer = await client.sendScan(upload);
      const link = scanPageUrl(client.origin, answer.scanId);
      await store.setState(entry.scanId, { kind: 'sent', link, sentAt: now() });
      await store.remove(entry.scanId);
      await store.audit([{ action: 'sync', object: `${entry.scanId} sent to ${client.origin}${answer.created ? '' : answer.replaced ? ' (replacing its earlier check)' : ' (it was already there)'}` }]);
      sent++;
    } catch (error) {
      if (!(error instanceof WorkspaceRequestError)) throw error;
      await store.audit([{ action: 'sync', object: `${entry.scanId} not sent to ${client.origin}: ${error.message}` }]);
      if (error.kind === 'refused') {
        await store.setState(entry.scanId, { kind: 'failed', reason: error.message });
        await store.remove(entry.scanId);
        continue;
      }
      const failures = entry.failures + 1;
      const waiting: QueuedSend = { ...entry, failures, lastError: error.message, notBefore: error.kind === 'token' ? entry.notBefore : nextAttemptAt(failures, now()) };
      await store.put(waiting);
      await store.setState(entry.scanId, { kind: 'queued', failures, notBefore: waiting.notBefore, lastError: error.message });
      if (error.kind === 'token') return { kind: 'token-refused', sent, message: error.message };
      return { kind: 'waiting', sent, nextAttemptAt: waiting.notBefore };
    }
  }
  const left = await store.queued();
  if (left.length === 0) return { kind: 'done', sent };
  return { kind: 'waiting', sent, nextAttemptAt: Math.min(...left.map((entry) => entry.notBefore)) };
}
