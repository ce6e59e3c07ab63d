import type { MappingOverrides } from '../../core/mapping/column-mapping';
import type { ClassificationMaster } from '../../core/master/classification-master';
import { contentFailure, MARKS_PER_MESSAGE, type MarkFocus, type MarksOutcome, type PageMark, type SendTableReply, type ShowMarksReply, showMarksReply } from '../messaging/messages';
import type { ChunkReply, ScanEvent, ScanPageReply, ScanPageRequest, ShowScanMarksReply } from '../messaging/worker-messages';
import type { ManagedPolicy } from '../policy/managed-policy';
import type { ValidationReport } from '../../core/validate';
import { allRowsReceived, type CustomsDatabase, listProfiles, openProfileStore, type ProfileStore, purgeExpiredScans, ScanStateError, StorageError, StorageFullError } from '../storage';
import { activeProfile } from './active-profile';
import { finishScan, interruptedScans } from './finish-scan';
import { PageAccessError, startPageScan, type TabPorts } from './page-scan';
import { pageMarksFor } from './page-marks';
import { type IncomingRows, receiveRows } from './receive-rows';
import { keepSiteMapping } from './rerun-scan';
import { RowsAtHand } from './rows-at-hand';

/** What the pipeline needs from the browser, passed in so this logic runs the same in tests. */
export interface WorkerPorts extends TabPorts {
  database: () => Promise<CustomsDatabase>;
  /** Tell the extension's pages (popup, results) how a scan is going. */
  broadcast: (event: ScanEvent) => void;
  /** The administrator's policy (enterprise), for the retention maximum. */
  policy?: () => Promise<ManagedPolicy>;
  /** Show the number of errors found on the toolbar button for that tab. */
  setBadge?: (tabId: number, text: string) => void;
  /** The team workspace (lib/extension/sync/workspace-sync.ts): the master for a check, and what follows a finished scan. */
  workspace?: {
    masterFor(store: ProfileStore): Promise<ClassificationMaster | null>;
    scanFinished(store: ProfileStore, scanId: string): Promise<void>;
  };
}

/** Where a finished page scan's marks go: the tab and table its rows came from. */
interface MarksTarget {
  tabId: number;
  tableId: string;
}

/**
 * The one scan pipeline of the extension. Every check — a toolbar click, an automatic scan, a
 * file or pasted cells, a re-run with a corrected mapping — goes start → append → finish here:
 * rows are stored as they arrive (a page's content script or an extension page sends them in
 * chunks), validated in slices once the last one is in, the report stored, the marks drawn on the
 * page, and every step announced as a scan event. All state lives in IndexedDB, so Chrome stopping
 * the worker between two chunks loses nothing.
 */
export function createScanPipeline(ports: WorkerPorts) {
  const storeFor = async (): Promise<ProfileStore> => {
    const db = await ports.database();
    return openProfileStore(db, (await activeProfile(db)).id);
  };
  const event = (scanId: string, fields: Omit<ScanEvent, 'type' | 'scanId'>) => ports.broadcast({ type: 'scan-event', scanId, ...fields });

  /**
   * Send a scan's findings to its table; what the page could draw, or in words why it drew nothing.
   * `report` is the one a finish just stored: not read back and unsealed again (for a 50,000-row
   * table, seconds of the worker's time between the verdict and the marks).
   */
  async function drawMarks(store: ProfileStore, scanId: string, target: MarksTarget, given: { focus?: MarkFocus; report?: ValidationReport } = {}): Promise<MarksOutcome> {
    const { focus } = given;
    const report = given.report ?? (await store.getScan(scanId)).report;
    if (!report) throw new ScanStateError(`Scan ${scanId} has no results yet.`);
    const marks = pageMarksFor(report);
    return sendMarks(target, marks, focus)
      .then((reply) => marksOutcomeOf(showMarksReply.parse(reply), marks.length))
      .catch(() => marksOutcomeOf({ ok: false, error: 'The page changed before its marks could be drawn. Press the button again to mark it.' }, marks.length));
  }

  /**
   * A show-marks request for `marks`: past MARKS_PER_MESSAGE, all but the last of them are handed
   * over first in take-marks messages of that many (the page receives each message in one task).
   */
  async function sendMarks(target: MarksTarget, marks: PageMark[], focus?: MarkFocus): Promise<unknown> {
    const lastFrom = Math.max(marks.length - MARKS_PER_MESSAGE, 0);
    const batchId = lastFrom > 0 ? crypto.randomUUID() : undefined;
    for (let start = 0; batchId && start < lastFrom; start += MARKS_PER_MESSAGE) {
      const part = marks.slice(start, Math.min(start + MARKS_PER_MESSAGE, lastFrom));
      const taken = contentFailure.safeParse(await ports.sendToTab(target.tabId, { type: 'take-marks', batchId, marks: part }));
      if (taken.success) return taken.data;
    }
    return ports.sendToTab(target.tabId, { type: 'show-marks', tableId: target.tableId, ...(batchId ? { batchId } : {}), marks: marks.slice(lastFrom), ...(focus ? { focus } : {}) });
  }

  /**
   * Validate (sliced), store, say it is done, then mark the page when the rows came from one. The
   * verdict does not wait for the marks: drawing 37,000 of them on a 50,000-row table (sending
   * them, the page checking, ordering and placing them) took seconds the user spent looking at
   * "Checking rows"; `marked` tells the popup how the marks went.
   */
  async function finish(store: ProfileStore, scanId: string, options: { marks?: MarksTarget; mapping?: MappingOverrides } = {}): Promise<void> {
    // The approved classifications are looked up as the check begins; without them the check still runs.
    const master = (await ports.workspace?.masterFor(store).catch(() => null)) ?? null;
    const { scan, report } = await finishScan(store, scanId, {
      mapping: options.mapping,
      master,
      onProgress: (progress) => event(scanId, progress),
      rowsAtHand: (rowCount) => rowsAtHand.take(scanId, rowCount),
    });
    const rows = { rowsDone: scan.rowCount, rowsTotal: scan.rowCount };
    if (options.marks) {
      const errors = scan.summary?.error ?? 0;
      ports.setBadge?.(options.marks.tabId, errors > 0 ? String(Math.min(errors, 999)) : '');
      event(scanId, { phase: 'done', ...rows });
      // The tab may have been closed or navigated; the results are stored either way.
      const marks: MarksOutcome = await drawMarks(store, scanId, options.marks, { report });
      event(scanId, { phase: 'marked', ...rows, marks });
    } else {
      event(scanId, { phase: 'done', ...rows, marks: null });
    }
    // A re-run keeps the scan's id; the workspace replaces its earlier check with this one.
    void ports.workspace?.scanFinished(store, scanId).catch(() => {});
  }

  /**
   * Start-up work of this worker instance. Chunks wait for it, so a scan whose last chunk woke
   * the worker is finished by that chunk alone, not a second time by the start-up sweep.
   */
  let startingUp: Promise<void> = Promise.resolve();
  /**
   * Scans whose reading ended early (Cancel, the page changed) and were removed. A page streams
   * rows as it reads, so a chunk sent just before the end can arrive after the removal: it must
   * not start the scan again as a new, never-finished one.
   */
  const endedEarly = new Set<string>();
  const MAX_ENDED_EARLY = 64;
  const rowsAtHand = new RowsAtHand();
  /**
   * The store each scan's chunks go to: the profile active at its first chunk, looked up once per
   * scan rather than for each chunk (three storage reads: the setting, the profile, its key; a
   * 50,000-row table comes in 100 chunks while the page, on the same cores, is still reading). A
   * scan's rows also all stay in the profile it began in. Writes still check the profile is there.
   */
  const scanStores = new Map<string, Promise<ProfileStore>>();
  const MAX_SCAN_STORES = 64;
  const storeOfScan = (scanId: string): Promise<ProfileStore> => {
    let store = scanStores.get(scanId);
    if (!store) {
      store = storeFor();
      scanStores.set(scanId, store);
      // Scans that never finish (a tab closed mid-read) leave their entry: the oldest go first.
      if (scanStores.size > MAX_SCAN_STORES) scanStores.delete(scanStores.keys().next().value!);
      store.catch(() => scanStores.delete(scanId));
    }
    return store;
  };
  /** Scans this worker is finishing: a chunk resent meanwhile must not start a second finish. */
  const finishing = new Set<string>();
  /**
   * Tabs whose page is being read, with how many reads. A read that loads the table's other pages
   * in a frame (pages-by-address.ts) makes the browser tell "the tab finished loading" at every
   * page, as a page's own late frames do: automatic scanning is for pages the user opens, not these.
   */
  const tabsReading = new Map<number, number>();
  const whileReading = <T>(tabId: number, reading: Promise<T>): Promise<T> => {
    tabsReading.set(tabId, (tabsReading.get(tabId) ?? 0) + 1);
    const done = (): void => {
      const left = (tabsReading.get(tabId) ?? 1) - 1;
      if (left > 0) tabsReading.set(tabId, left);
      else tabsReading.delete(tabId);
    };
    reading.then(done, done);
    return reading;
  };

  return {
    /**
     * Append: one chunk of a page table (`tabId` of its tab) or of a file (no tab). The chunk that
     * completes the table starts the finish. That is not always the last one sent: a chunk whose
     * reply was late is sent again, and two deliveries of the page's chunks can overlap, so the
     * last chunk (which counts the rows) may be stored before the one before it.
     */
    async receiveChunk(chunk: IncomingRows, tabId: number | null): Promise<ChunkReply> {
      await startingUp.catch(() => {});
      if (endedEarly.has(chunk.scanId)) return { ok: false, error: 'This check ended before the table was read to its end; its rows were not kept.' };
      try {
        const store = await storeOfScan(chunk.scanId);
        const scan = await receiveRows(store, chunk);
        rowsAtHand.keep(chunk.scanId, chunk.startRow, chunk.rows);
        // While the page still counts its rows, its own reading progress is what the popup shows.
        if (scan.rowCountKnown !== false) event(chunk.scanId, { phase: 'reading', rowsDone: scan.receivedRows, rowsTotal: scan.rowCount });
        if (allRowsReceived(scan) && !finishing.has(chunk.scanId)) {
          finishing.add(chunk.scanId);
          const marks = chunk.type === 'table-chunk' && tabId !== null ? { tabId, tableId: chunk.tableId } : undefined;
          // Answer the sender first: validating a large table takes a moment.
          void finish(store, chunk.scanId, { marks })
            .catch(async (error: unknown) => event(chunk.scanId, failure(await withoutHalfScan(store, chunk.scanId, error))))
            .finally(() => {
              finishing.delete(chunk.scanId);
              scanStores.delete(chunk.scanId);
            });
        }
        return { ok: true, receivedRows: scan.receivedRows };
      } catch (error) {
        // A chunk resent after the scan was completed (the page retried after a worker restart) changes nothing.
        scanStores.delete(chunk.scanId);
        if (error instanceof ScanStateError) return { ok: true, receivedRows: chunk.totalRows ?? chunk.startRow + chunk.rows.length };
        const reported = await withoutHalfScan(await storeFor().catch(() => null), chunk.scanId, error);
        event(chunk.scanId, failure(reported));
        return { ok: false, error: describe(reported) };
      }
    },

    /**
     * Start: a scan of a tab's catalog table (toolbar click). Answers once the table is chosen;
     * the page then streams its rows here, and the events follow the scan to its end.
     */
    async scanPage(request: ScanPageRequest): Promise<ScanPageReply> {
      try {
        const start = await startPageScan(ports, request.tabId, request);
        if (!start.started) return { ok: false, noTable: true, tables: start.tables, unreadableGrid: start.unreadableGrid };
        followReading(start.scanId, whileReading(request.tabId, start.reading));
        return { ok: true, scanId: start.scanId, tables: start.tables, table: start.table };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },

    /**
     * Start, unattended: automatic scanning of a page already allowed by shouldAutoScan. Not while
     * the tab's page is being read ('reading'): its loads are the read's own, or its own frames'.
     */
    async autoScan(tabId: number): Promise<'scanned' | 'no-catalog' | 'reading'> {
      if (tabsReading.has(tabId)) return 'reading';
      // Counted from the start: two loads told at once must not both start a scan.
      return whileReading(
        tabId,
        (async () => {
          // Unattended, the page's pager is left alone: only the page shown is read, and the scan says so.
          const start = await startPageScan(ports, tabId, { tableId: null, pageOnly: true, unattended: true });
          if (!start.started) return 'no-catalog' as const;
          const reply = await start.reading;
          if (!reply.ok) throw new Error(reply.error);
          return 'scanned' as const;
        })(),
      );
    },

    /** Finish again with a corrected mapping (kept for the page's site). Answers once started. */
    async rerun(scanId: string, mapping: MappingOverrides): Promise<{ ok: true } | { ok: false; error: string }> {
      try {
        const store = await storeFor();
        await keepSiteMapping(await ports.database(), store, scanId, mapping);
        void finish(store, scanId, { mapping }).catch((error: unknown) => event(scanId, failure(error)));
        return { ok: true };
      } catch (error) {
        return { ok: false, error: describe(error) };
      }
    },

    /** Draw a finished page scan's marks in a tab ("Show on page"), bringing `focus` into view when given. */
    async showMarks(tabId: number, scanId: string, focus?: MarkFocus): Promise<ShowScanMarksReply> {
      try {
        const store = await storeFor();
        const { scan } = await store.getScan(scanId);
        if (scan.source.kind !== 'page' || scan.source.tableId === null) return { ok: false, error: 'This scan was of a file; it has no page to mark.' };
        return { ok: true, ...(await drawMarks(store, scanId, { tabId, tableId: scan.source.tableId }, { focus })) };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    },

    /** On worker start: finish scans cut off between last chunk and report, and apply retention. */
    startUp(now: Date = new Date()): Promise<void> {
      startingUp = (async () => {
        const db = await ports.database();
        await purgeExpiredScans(db, now, { maxRetentionDays: (await ports.policy?.())?.maxRetentionDays });
        for (const profile of await listProfiles(db)) {
          const store = await openProfileStore(db, profile.id);
          for (const scanId of await interruptedScans(store)) await finish(store, scanId);
        }
      })();
      return startingUp;
    },

    async purge(now: Date = new Date()) {
      return purgeExpiredScans(await ports.database(), now, { maxRetentionDays: (await ports.policy?.())?.maxRetentionDays });
    },
  };

  /**
   * Once the page has handed over every row, say how it read them. A reading that ended early
   * (the user cancelled, the page changed or went away) ends the scan, and the rows it had already
   * handed over are removed: nothing is kept half-read.
   */
  function followReading(scanId: string, reading: Promise<SendTableReply>): void {
    const endEarly = async (error: string) => {
      endedEarly.add(scanId);
      // Only a chunk still in flight can come late: the last few ids are enough, the set stays small.
      if (endedEarly.size > MAX_ENDED_EARLY) endedEarly.delete(endedEarly.values().next().value!);
      rowsAtHand.forget(scanId);
      scanStores.delete(scanId);
      const store = await storeFor();
      const scan = (await store.listScans()).find((found) => found.id === scanId);
      if (scan && scan.status !== 'complete') await store.discardUnfinishedScan(scanId, 'reading ended early').catch(() => false);
      event(scanId, { phase: 'failed', rowsDone: 0, rowsTotal: 0, error });
    };
    void reading.then(
      async (reply) => {
        if (!reply.ok) return endEarly(reply.error);
        const { ok: _ok, ...facts } = reply;
        event(scanId, { phase: 'read', rowsDone: facts.totalRows, rowsTotal: facts.totalRows, reading: facts });
      },
      // The page went away mid-read (said in words by page-scan.ts). A worker stopped while the
      // page read loses this reply: the rows the page did send are finished by their last chunk.
      async (error: unknown) => {
        if (error instanceof PageAccessError) await endEarly(error.message);
      },
    ).catch(() => {});
  }
}

export type ScanPipeline = ReturnType<typeof createScanPipeline>;

function describe(error: unknown): string {
  if (error instanceof StorageError) return error.message;
  return `The scan could not be stored: ${error instanceof Error ? error.message : String(error)}`;
}

function failure(error: unknown): Omit<ScanEvent, 'type' | 'scanId'> {
  return { phase: 'failed', rowsDone: 0, rowsTotal: 0, error: describe(error) };
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
