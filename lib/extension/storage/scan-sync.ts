import { buildScanUpload } from '../../workspace/api/build-scan-upload';
import type { ScanUpload } from '../../workspace/api/scan-upload';
import type { QueuedSend, ScanSyncState, SyncQueueStore } from '../sync/sync-queue';
import { type AuditEvent, appendAuditEvents, profileAuditChain } from './audit-log';
import { requireProfile } from './importer-profiles';
import { parseStored } from './parse-stored';
import type { ProfileContext } from './profile-context';
import { readReceivedRows } from './scan-reading';
import { getScan } from './scan-results';
import { ScanNotFoundError } from './storage-errors';
import { type ScanSyncRecord, scanSyncRecord } from './sync-records';
import { runWrite } from './write-transaction';

/**
 * The sync queue of one importer profile in IndexedDB (the port lib/extension/sync/sync-queue.ts
 * drains). A scan's queue entry and its state are one record in `scanSync`, deleted with the scan;
 * every call is its own transaction, so a worker stopped between two calls loses nothing.
 */
export interface ProfileSyncStore extends SyncQueueStore {
  /** The sync state of each scan that has one, by scan id, for the results page. */
  states(): Promise<Map<string, ScanSyncState>>;
}

async function recordsOfProfile(ctx: ProfileContext): Promise<ScanSyncRecord[]> {
  const values = await ctx.db.getAllFromIndex('scanSync', 'byProfile', ctx.profileId);
  return values.map((value) => parseStored(scanSyncRecord, value, `sync state of scan ${value.scanId}`));
}

/** Change a scan's sync record in one transaction; a scan deleted (or another profile's) is not found. */
async function changeRecord(ctx: ProfileContext, scanId: string, change: (current: ScanSyncRecord | null) => ScanSyncRecord): Promise<void> {
  await runWrite(ctx.db, ['scans', 'scanSync'], `the sync state of scan ${scanId}`, async (transaction) => {
    const scan = await transaction.objectStore('scans').get(scanId);
    if (scan?.profileId !== ctx.profileId) throw new ScanNotFoundError(scanId);
    const stored = await transaction.objectStore('scanSync').get(scanId);
    const current = stored === undefined ? null : parseStored(scanSyncRecord, stored, `sync state of scan ${scanId}`);
    await transaction.objectStore('scanSync').put(change(current));
  });
}

/** The scan as the workspace receives it: its findings, and the part numbers of their rows. */
async function uploadOf(ctx: ProfileContext, scanId: string): Promise<ScanUpload | null> {
  try {
    const { scan, report } = await getScan(ctx, scanId);
    if (!report) return null;
    const { table } = await readReceivedRows(ctx, scanId);
    const profile = await requireProfile(ctx.db, ctx.profileId);
    return buildScanUpload({ scanId, importerProfile: profile.name, scannedAt: scan.completedAt ?? scan.createdAt, report, table });
  } catch (error) {
    // Deleted meanwhile (retention, the user): nothing left to send.
    if (error instanceof ScanNotFoundError) return null;
    throw error;
  }
}

export function profileSyncStore(ctx: ProfileContext): ProfileSyncStore {
  return {
    async queued() {
      const records = await recordsOfProfile(ctx);
      return records.flatMap((record): QueuedSend[] => (record.queued ? [{ scanId: record.scanId, ...record.queued }] : []));
    },
    async put(entry) {
      const { scanId, ...queued } = entry;
      const state: ScanSyncState = { kind: 'queued', failures: queued.failures, notBefore: queued.notBefore, lastError: queued.lastError };
      await changeRecord(ctx, scanId, (current) => ({ scanId, profileId: ctx.profileId, state: current?.state ?? state, queued }));
    },
    async remove(scanId) {
      await changeRecord(ctx, scanId, (current) => ({
        scanId,
        profileId: ctx.profileId,
        state: current?.state ?? { kind: 'failed', reason: 'Taken off the queue.' },
        queued: null,
      })).catch((error: unknown) => {
        if (!(error instanceof ScanNotFoundError)) throw error;
      });
    },
    uploadOf: (scanId) => uploadOf(ctx, scanId),
    async setState(scanId, state) {
      await changeRecord(ctx, scanId, (current) => ({ scanId, profileId: ctx.profileId, queued: current?.queued ?? null, state }));
    },
    async audit(events: readonly AuditEvent[]) {
      await appendAuditEvents(ctx.db, profileAuditChain(ctx.profileId), events, ctx.clock());
    },
    async states() {
      return new Map((await recordsOfProfile(ctx)).map((record) => [record.scanId, record.state]));
    },
  };
}
