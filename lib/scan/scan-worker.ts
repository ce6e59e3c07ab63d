import type { ContentRequest, TableChunkMessage } from '../messaging/messages';
import type { ChunkReply, ScanEvent } from '../messaging/worker-messages';
import type { ManagedPolicy } from '../policy/managed-policy';
import { type CustomsDatabase, listProfiles, openProfileStore, type ProfileStore, purgeExpiredScans, ScanStateError, StorageError } from '../storage';
import { activeProfile } from './active-profile';
import { finishInterruptedScans, finishScan } from './finish-scan';
import { pageMarksFor } from './page-marks';
import { receiveTableChunk } from './receive-table-chunk';

/** What the worker needs from the browser, passed in so this logic runs the same in tests. */
export interface WorkerPorts {
  database: () => Promise<CustomsDatabase>;
  /** Tell the extension's pages (popup, results) how a scan is going. */
  broadcast: (event: ScanEvent) => void;
  /** Send a request to the content script of a tab. */
  sendToTab: (tabId: number, request: ContentRequest) => Promise<unknown>;
  /** The administrator's policy (enterprise), for the retention maximum. */
  policy?: () => Promise<ManagedPolicy>;
}

/**
 * The service worker's job: store page tables as they arrive, check them with the rules when
 * complete, keep the results, and draw the marks on the page. All state lives in IndexedDB,
 * so Chrome stopping the worker between two chunks loses nothing.
 */
export function createScanWorker(ports: WorkerPorts) {
  const storeFor = async () => {
    const db = await ports.database();
    return openProfileStore(db, (await activeProfile(db)).id);
  };

  async function complete(store: ProfileStore, chunk: TableChunkMessage, tabId: number): Promise<void> {
    const { report } = await finishScan(store, chunk.scanId, (progress) => ports.broadcast({ type: 'scan-event', scanId: chunk.scanId, ...progress }));
    await ports.sendToTab(tabId, { type: 'show-marks', tableId: chunk.tableId, marks: pageMarksFor(report) }).catch(() => {
      // The tab may have been closed or navigated; the results are stored either way.
    });
  }

  return {
    async receiveChunk(chunk: TableChunkMessage, tabId: number): Promise<ChunkReply> {
      try {
        const store = await storeFor();
        const scan = await receiveTableChunk(store, chunk);
        ports.broadcast({ type: 'scan-event', scanId: chunk.scanId, phase: 'reading', rowsDone: scan.receivedRows, rowsTotal: scan.rowCount });
        if (chunk.last) {
          // Answer the page first: validation of a large table takes a moment.
          void complete(store, chunk, tabId).catch((error: unknown) => ports.broadcast(failure(chunk.scanId, error)));
        }
        return { ok: true, receivedRows: scan.receivedRows };
      } catch (error) {
        // A chunk resent after the scan was completed (the page retried after a worker restart) changes nothing.
        if (error instanceof ScanStateError) return { ok: true, receivedRows: chunk.totalRows };
        ports.broadcast(failure(chunk.scanId, error));
        return { ok: false, error: describe(error) };
      }
    },

    /** On worker start: finish scans cut off between last chunk and report, and apply retention. */
    async startUp(now: Date = new Date()): Promise<void> {
      const db = await ports.database();
      await purgeExpiredScans(db, now, { maxRetentionDays: (await ports.policy?.())?.maxRetentionDays });
      for (const profile of await listProfiles(db)) await finishInterruptedScans(await openProfileStore(db, profile.id));
    },

    async purge(now: Date = new Date()) {
      return purgeExpiredScans(await ports.database(), now, { maxRetentionDays: (await ports.policy?.())?.maxRetentionDays });
    },
  };
}

function describe(error: unknown): string {
  if (error instanceof StorageError) return error.message;
  return `The scan could not be stored: ${error instanceof Error ? error.message : String(error)}`;
}

function failure(scanId: string, error: unknown): ScanEvent {
  return { type: 'scan-event', scanId, phase: 'failed', rowsDone: 0, rowsTotal: 0, error: describe(error) };
}
