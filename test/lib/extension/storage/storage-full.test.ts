import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProfile } from '../../../../lib/extension/storage/importer-profiles';
import { openProfileStore, type ProfileStore } from '../../../../lib/extension/storage/profile-store';
import { StorageFullError } from '../../../../lib/extension/storage/storage-errors';
import type { CustomsDatabase } from '../../../../lib/extension/storage/database-schema';
import type { TableChunkMessage } from '../../../../lib/extension/messaging/messages';
import type { ScanEvent } from '../../../../lib/extension/messaging/worker-messages';
import { activeProfile } from '../../../../lib/extension/scan/active-profile';
import { createScanPipeline } from '../../../../lib/extension/scan/scan-pipeline';
import { FINDINGS_PER_PAGE } from '../../../../lib/extension/storage/report-pages';
import { CATALOG_HEADERS, catalogReport, catalogRows, completedScan, freshDatabase, PAGE_SOURCE, rawRecords } from './storage-fixture';

/**
 * A full disk, simulated on one object store. Browsers report it two ways: the request
 * throws QuotaExceededError, or (Chrome, at commit) the transaction aborts with that error
 * while its requests fail with a plain AbortError.
 */
type QuotaMode = 'request-throws' | 'transaction-aborts';

const originalPut = IDBObjectStore.prototype.put;

function fillDiskFor(storeName: string, mode: QuotaMode): void {
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name !== storeName) return originalPut.apply(this, args);
    if (mode === 'request-throws') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const request = originalPut.apply(this, args);
    // fake-indexeddb's internal abort with an error name, as the browser aborts a transaction.
    (this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
    return request;
  };
}

describe('a full disk', () => {
  let db: CustomsDatabase;
  let store: ProfileStore;

  beforeEach(async () => {
    db = await freshDatabase();
    store = await openProfileStore(db, (await createProfile(db, { name: 'Acme Imports' })).id);
  });

  afterEach(() => {
    IDBObjectStore.prototype.put = originalPut;
  });

  for (const mode of ['request-throws', 'transaction-aborts'] as const) {
    describe(`when ${mode === 'request-throws' ? 'the write request throws' : 'the transaction aborts'}`, () => {
      it('completing a scan fails with StorageFullError naming the scan, and the scan is not marked complete', async () => {
        const scan = await store.startScan({ source: { kind: 'file', fileName: 'invoice-4471.csv' }, headers: CATALOG_HEADERS, totalRows: 3 });
        await store.appendScanRows(scan.id, { startRow: 0, rows: catalogRows(3) });
        fillDiskFor('scanFindings', mode);

        const failure = await store.completeScan(scan.id, catalogReport(3)).catch((error: unknown) => error);
        expect(failure).toBeInstanceOf(StorageFullError);
        expect((failure as StorageFullError).what).toBe(`the results of scan ${scan.id} (invoice-4471.csv)`);
        expect((failure as Error).message).toMatch(/storage for Customs Preflight is full\. Delete old scans/);

        expect((await store.getScan(scan.id)).scan).toMatchObject({ status: 'reading', summary: null, completedAt: null });
        expect(await rawRecords(db, 'scanFindings')).toEqual([]);
        // The rows already received are still there to complete it once space is freed.
        IDBObjectStore.prototype.put = originalPut;
        expect((await store.readReceivedRows(scan.id)).nextStartRow).toBe(3);
        expect((await store.completeScan(scan.id, catalogReport(3))).status).toBe('complete');
      });

      it('a report whose later pages do not fit keeps none of its pages, and the scan is not marked complete', async () => {
        const scan = await store.startScan({ source: { kind: 'file', fileName: 'invoice-4471.csv' }, headers: CATALOG_HEADERS, totalRows: 3 });
        await store.appendScanRows(scan.id, { startRow: 0, rows: catalogRows(3) });
        const base = catalogReport(3);
        // Five pages of findings; the disk fills at the fourth, after three were put in the same transaction.
        const findings = Array.from({ length: FINDINGS_PER_PAGE * 4 + 1 }, (_, i) => ({ ...base.findings[0]!, row: (i % 3) + 1 }));
        let pagesPut = 0;
        IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
          if (this.name !== 'scanFindingPages' || ++pagesPut <= 3) return originalPut.apply(this, args);
          fillDiskFor('scanFindingPages', mode);
          return IDBObjectStore.prototype.put.apply(this, args);
        };

        await expect(store.completeScan(scan.id, { ...base, findings })).rejects.toBeInstanceOf(StorageFullError);
        IDBObjectStore.prototype.put = originalPut;
        expect(pagesPut).toBeGreaterThan(3);
        expect(await rawRecords(db, 'scanFindingPages')).toEqual([]);
        expect(await rawRecords(db, 'scanFindings')).toEqual([]);
        expect((await store.getScan(scan.id)).scan).toMatchObject({ status: 'reading', summary: null });
      });

      it('a chunk of rows that cannot be stored is named and not counted as received', async () => {
        const scan = await store.startScan({ source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: 2000 });
        await store.appendScanRows(scan.id, { startRow: 0, rows: catalogRows(1000) });
        fillDiskFor('scanChunks', mode);
        await expect(store.appendScanRows(scan.id, { startRow: 1000, rows: catalogRows(1000, 1000) })).rejects.toThrow(
          new StorageFullError(`rows 1001–2000 of scan ${scan.id}`),
        );
        IDBObjectStore.prototype.put = originalPut;
        const received = await store.readReceivedRows(scan.id);
        expect(received.scan.receivedRows).toBe(1000);
        expect(received.nextStartRow).toBe(1000);
      });

      it('a new scan that cannot be stored leaves no scan and no audit entry', async () => {
        fillDiskFor('scans', mode);
        await expect(store.startScan({ source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: 3 })).rejects.toThrow(StorageFullError);
        IDBObjectStore.prototype.put = originalPut;
        expect(await store.listScans()).toEqual([]);
        expect(await store.audit.entries()).toEqual([]);
      });
    });
  }
});

/**
 * The whole path of a page scan (the worker receiving chunks, storing them, validating, storing
 * the report) when the disk fills up part-way: the scan ends with a clear message, the earlier
 * scans stay as they were, and nothing of the failed scan is left behind.
 */
describe('a full disk during a page scan', () => {
  const SCAN_ID = '5b1e9c3a-2f4d-4a8b-9c6e-1d2f3a4b5c6d';
  const TOTAL = 2500;
  const chunk = (startRow: number, count: number): TableChunkMessage => ({
    type: 'table-chunk',
    scanId: SCAN_ID,
    tableId: 't0',
    page: { url: PAGE_SOURCE.url, title: PAGE_SOURCE.title },
    headers: CATALOG_HEADERS,
    startRow,
    rows: catalogRows(count, startRow),
    totalRows: TOTAL,
    last: startRow + count >= TOTAL,
  });

  afterEach(() => {
    IDBObjectStore.prototype.put = originalPut;
  });

  async function setUp() {
    const db = await freshDatabase();
    const store = await openProfileStore(db, (await activeProfile(db)).id);
    const earlier = await completedScan(store, 3);
    const earlierReport = (await store.getScan(earlier.id)).report;
    const events: ScanEvent[] = [];
    const worker = createScanPipeline({ database: async () => db, broadcast: (event) => events.push(event), injectContentScript: async () => {}, sendToTab: async () => ({ ok: true, drawn: 0, unplaced: 0 }) });
    /** What must hold after the failure: the earlier scan as it was, no trace of the failed one but its audit entries. */
    const expectOnlyEarlierScan = async () => {
      expect((await store.listScans()).map((scan) => scan.id)).toEqual([earlier.id]);
      expect((await store.getScan(earlier.id)).report).toEqual(earlierReport);
      const leftovers = [...(await rawRecords(db, 'scans')), ...(await rawRecords(db, 'scanChunks')), ...(await rawRecords(db, 'scanFindings'))];
      expect(leftovers.filter((record) => JSON.stringify(record).includes(SCAN_ID))).toEqual([]);
      expect(await store.audit.verify()).toMatchObject({ intact: true });
    };
    return { db, store, events, worker, expectOnlyEarlierScan };
  }

  for (const mode of ['request-throws', 'transaction-aborts'] as const) {
    it(`rows that no longer fit (${mode}) end the scan with a clear message and leave no half-stored scan`, async () => {
      const { events, worker, expectOnlyEarlierScan, store } = await setUp();
      expect(await worker.receiveChunk(chunk(0, 1000), 3)).toEqual({ ok: true, receivedRows: 1000 });
      fillDiskFor('scanChunks', mode);
      const reply = await worker.receiveChunk(chunk(1000, 1000), 3);
      IDBObjectStore.prototype.put = originalPut;

      expect(reply.ok).toBe(false);
      const message = !reply.ok ? reply.error : '';
      expect(message).toMatch(/^Could not save rows 1001–2000 of scan .*: the browser's storage for Customs Preflight is full\. Nothing of this scan was kept; your earlier scans are unchanged\. Delete old scans/);
      expect(events.at(-1)).toMatchObject({ phase: 'failed', scanId: SCAN_ID, error: message });
      await expectOnlyEarlierScan();
      expect((await store.audit.entries()).at(-1)).toMatchObject({ action: 'delete-scan', object: `${SCAN_ID} (storage full)` });
    });
  }

  it('a report that no longer fits ends the scan the same way, after every row was stored', async () => {
    const { events, worker, expectOnlyEarlierScan } = await setUp();
    await worker.receiveChunk(chunk(0, 1000), 3);
    await worker.receiveChunk(chunk(1000, 1000), 3);
    fillDiskFor('scanFindings', 'transaction-aborts');
    expect(await worker.receiveChunk(chunk(2000, 500), 3)).toEqual({ ok: true, receivedRows: TOTAL });
    for (let i = 0; i < 400 && !events.some((event) => event.phase === 'failed'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    IDBObjectStore.prototype.put = originalPut;

    expect(events.at(-1)).toMatchObject({ phase: 'failed', scanId: SCAN_ID, error: expect.stringMatching(/^Could not save the results of scan .*Nothing of this scan was kept; your earlier scans are unchanged/) });
    await expectOnlyEarlierScan();
  });
});
