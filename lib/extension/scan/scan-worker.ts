import { type ContentRequest, listTablesReply, type MarksOutcome, sendTableReply, type ShowMarksReply, showMarksReply, type TableChunkMessage } from '../messaging/messages';
import { AUTO_SCAN_MIN_FIELDS } from './auto-scan';
import type { ChunkReply, ScanEvent } from '../messaging/worker-messages';
import type { ManagedPolicy } from '../policy/managed-policy';
import { type CustomsDatabase, listProfiles, openProfileStore, type ProfileStore, purgeExpiredScans, ScanStateError, StorageError, StorageFullError } from '../storage';
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
  /** Inject the content script into a tab (automatic scanning; the popup injects it itself). */
  injectContentScript?: (tabId: number) => Promise<void>;
  /** Show the number of errors found on the toolbar button for that tab. */
  setBadge?: (tabId: number, text: string) => void;
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
    const { scan, report } = await finishScan(store, chunk.scanId, (progress) => ports.broadcast({ type: 'scan-event', scanId: chunk.scanId, ...progress }));
    const errors = scan.summary?.error ?? 0;
    ports.setBadge?.(tabId, errors > 0 ? String(Math.min(errors, 999)) : '');
    const marks = pageMarksFor(report);
    const marked = await ports
      .sendToTab(tabId, { type: 'show-marks', tableId: chunk.tableId, marks })
      .then((reply) => marksOutcomeOf(showMarksReply.parse(reply), marks.length))
      // The tab may have been closed or navigated; the results are stored either way.
      .catch(() => marksOutcomeOf({ ok: false, error: 'The page changed before its marks could be drawn. Press the button again to mark it.' }, marks.length));
    ports.broadcast({ type: 'scan-event', scanId: chunk.scanId, phase: 'done', rowsDone: scan.rowCount, rowsTotal: scan.rowCount, marks: marked });
  }

  /**
   * Start-up work of this worker instance. Chunks wait for it, so a scan whose last chunk woke
   * the worker is finished by that chunk alone, not a second time by the start-up sweep.
   */
  let startingUp: Promise<void> = Promise.resolve();

  return {
    async receiveChunk(chunk: TableChunkMessage, tabId: number): Promise<ChunkReply> {
      await startingUp.catch(() => {});
      try {
        const store = await storeFor();
        const scan = await receiveTableChunk(store, chunk);
        ports.broadcast({ type: 'scan-event', scanId: chunk.scanId, phase: 'reading', rowsDone: scan.receivedRows, rowsTotal: scan.rowCount });
        if (chunk.last) {
          // Answer the page first: validation of a large table takes a moment.
          void complete(store, chunk, tabId).catch(async (error: unknown) => ports.broadcast(failure(chunk.scanId, await withoutHalfScan(store, chunk.scanId, error))));
        }
        return { ok: true, receivedRows: scan.receivedRows };
      } catch (error) {
        // A chunk resent after the scan was completed (the page retried after a worker restart) changes nothing.
        if (error instanceof ScanStateError) return { ok: true, receivedRows: chunk.totalRows };
        const reported = await withoutHalfScan(await storeFor().catch(() => null), chunk.scanId, error);
        ports.broadcast(failure(chunk.scanId, reported));
        return { ok: false, error: describe(reported) };
      }
    },

    /** On worker start: finish scans cut off between last chunk and report, and apply retention. */
    startUp(now: Date = new Date()): Promise<void> {
      startingUp = (async () => {
        const db = await ports.database();
        await purgeExpiredScans(db, now, { maxRetentionDays: (await ports.policy?.())?.maxRetentionDays });
        for (const profile of await listProfiles(db)) await finishInterruptedScans(await openProfileStore(db, profile.id));
      })();
      return startingUp;
    },

    /**
     * Scan a tab without a click (automatic scanning, already decided by shouldAutoScan): inject
     * the content script, take the most catalog-like table if it is clearly one, and have it sent.
     * The chunks then arrive here as from a popup-started scan.
     */
    async autoScan(tabId: number): Promise<'scanned' | 'no-catalog'> {
      if (!ports.injectContentScript) throw new Error('automatic scanning needs script injection');
      await ports.injectContentScript(tabId);
      const tables = listTablesReply.parse(await ports.sendToTab(tabId, { type: 'list-tables' }));
      const best = Array.isArray(tables) ? tables[0] : undefined;
      if (!best || best.recognizedFields < AUTO_SCAN_MIN_FIELDS) return 'no-catalog';
      const reply = sendTableReply.parse(await ports.sendToTab(tabId, { type: 'send-table', scanId: crypto.randomUUID(), tableId: best.tableId }));
      if (!reply.ok) throw new Error(reply.error);
      return 'scanned';
    },

    async purge(now: Date = new Date()) {
      return purgeExpiredScans(await ports.database(), now, { maxRetentionDays: (await ports.policy?.())?.maxRetentionDays });
    },
  };
}

/**
 * A full disk ends the scan: what was stored of it is removed, so no half-read table is listed or
 * checked, and the message says so. Earlier scans are not touched. Other errors pass unchanged.
 */
async function withoutHalfScan(store: ProfileStore | null, scanId: string, error: unknown): Promise<unknown> {
  if (!(error instanceof StorageFullError) || !store) return error;
  const removed = await store.discardUnfinishedScan(scanId, 'storage full').catch(() => false);
  const kept = removed ? 'Nothing of this scan was kept; your earlier scans are unchanged.' : 'Your earlier scans are unchanged.';
  return new StorageFullError(error.what, { cause: error, detail: kept });
}

/** What the popup says about the marks: the page's counts, or, when it drew none, its reason as the problem. */
function marksOutcomeOf(reply: ShowMarksReply, total: number): MarksOutcome {
  if (!reply.ok) return { drawn: 0, unplaced: total, problem: reply.error };
  const { ok: _ok, ...outcome } = reply;
  return outcome;
}

function describe(error: unknown): string {
  if (error instanceof StorageError) return error.message;
  return `The scan could not be stored: ${error instanceof Error ? error.message : String(error)}`;
}

function failure(scanId: string, error: unknown): ScanEvent {
  return { type: 'scan-event', scanId, phase: 'failed', rowsDone: 0, rowsTotal: 0, error: describe(error) };
}
