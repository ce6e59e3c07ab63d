import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProfile } from '../../../../lib/extension/storage/importer-profiles';
import { openProfileStore, type ProfileStore } from '../../../../lib/extension/storage/profile-store';
import { StorageFullError } from '../../../../lib/extension/storage/storage-errors';
import type { CustomsDatabase } from '../../../../lib/extension/storage/database-schema';
import { CATALOG_HEADERS, catalogReport, catalogRows, freshDatabase, PAGE_SOURCE, rawRecords } from './storage-fixture';

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
