import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../../../lib/core/model/finding';
import type { ValidationReport } from '../../../../lib/core/validate';
import { createProfile } from '../../../../lib/extension/storage/importer-profiles';
import { openProfileStore } from '../../../../lib/extension/storage/profile-store';
import { FINDINGS_PER_PAGE } from '../../../../lib/extension/storage/report-pages';
import { pageBatches, REPORT_BYTES_PER_TRANSACTION } from '../../../../lib/extension/storage/report-writes';
import type { SealedPayload } from '../../../../lib/extension/storage/sealed-payload';
import { StorageFullError } from '../../../../lib/extension/storage/storage-errors';
import type { ScanFindingsRecord } from '../../../../lib/extension/storage/stored-records';
import { CATALOG_HEADERS, catalogReport, freshDatabase, PAGE_SOURCE, rawRecords } from './storage-fixture';

/** A report of `count` findings whose messages are `messageLength` characters: pages of a known bulk. */
function reportWithFindings(count: number, messageLength = 40, tag = 'A'): ValidationReport {
  const report = catalogReport(3);
  const filler = 'x'.repeat(Math.max(messageLength - 20, 0));
  const findings: Finding[] = Array.from({ length: count }, (_, i) => ({
    ruleId: 'hts-format',
    severity: i % 3 === 0 ? 'error' : 'warning',
    row: i + 1,
    field: 'hts',
    column: 'HTS Code',
    value: `${tag}-${i}`,
    message: `Finding ${tag} ${i} ${filler}`,
  }));
  return { ...report, rowCount: count, findings };
}

async function startedScan() {
  const db = await freshDatabase();
  const store = await openProfileStore(db, (await createProfile(db, { name: 'Acme Imports' })).id);
  const scan = await store.startScan({ source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: 3 });
  return { db, store, scanId: scan.id };
}

/** The readwrite transactions opened on the findings pages while `work` runs. */
async function pageTransactionsDuring(work: () => Promise<unknown>): Promise<number> {
  let count = 0;
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    const stores = typeof args[0] === 'string' ? [args[0]] : [...args[0]];
    if (args[1] === 'readwrite' && stores.includes('scanFindingPages')) count++;
    return originalTransaction.apply(this, args);
  } as IDBDatabase['transaction'];
  try {
    await work();
  } finally {
    IDBDatabase.prototype.transaction = originalTransaction;
  }
  return count;
}

const originalTransaction = IDBDatabase.prototype.transaction;
const originalPut = IDBObjectStore.prototype.put;

afterEach(() => {
  IDBDatabase.prototype.transaction = originalTransaction;
  IDBObjectStore.prototype.put = originalPut;
});

const page = (bytes: number): SealedPayload => ({ iv: new Uint8Array(12), ciphertext: new Uint8Array(bytes) });

describe('report pages in batches', () => {
  it('cuts pages into consecutive batches of at most the bound, every page in one of them', () => {
    const pages = [300, 300, 300, 900, 100, 1_500, 200].map(page);
    const batches = pageBatches(pages, 1_000);
    expect(batches).toEqual([
      { from: 0, to: 3 },
      { from: 3, to: 5 },
      { from: 5, to: 6 },
      { from: 6, to: 7 },
    ]);
    for (const { from, to } of batches) {
      const bytes = pages.slice(from, to).reduce((sum, p) => sum + p.ciphertext.byteLength, 0);
      // Only a page larger than the bound on its own goes over it.
      expect(bytes <= 1_000 || to - from === 1).toBe(true);
    }
    expect(pageBatches([], 1_000)).toEqual([]);
  });
});

describe('a large report stored in batched transactions', () => {
  // Pages of about half a megabyte: a dozen of them are more than one transaction's bound.
  const largeReport = () => reportWithFindings(FINDINGS_PER_PAGE * 12, 500);

  it('is written in several transactions of the findings pages, and reads back equal', async () => {
    const { db, store, scanId } = await startedScan();
    const report = largeReport();
    const transactions = await pageTransactionsDuring(() => store.completeScan(scanId, report));
    const storedBytes = ((await rawRecords(db, 'scanFindingPages')) as { findings: SealedPayload }[]).reduce((sum, p) => sum + p.findings.ciphertext.byteLength, 0);
    // The batches, and the last transaction that puts the head and completes the scan.
    expect(transactions).toBeGreaterThanOrEqual(Math.ceil(storedBytes / REPORT_BYTES_PER_TRANSACTION) + 1);
    expect(transactions).toBeGreaterThan(2);
    expect((await store.getScan(scanId)).report).toEqual(report);
    expect((await store.getScan(scanId)).scan.status).toBe('complete');
  });

  it('completing again puts the new pages after the current ones, then removes the old: the earlier report stays whole until then', async () => {
    const { db, store, scanId } = await startedScan();
    await store.completeScan(scanId, reportWithFindings(FINDINGS_PER_PAGE * 3, 40, 'OLD'));
    const rerun = reportWithFindings(FINDINGS_PER_PAGE + 1, 40, 'NEW');
    await store.completeScan(scanId, rerun);
    const pages = (await rawRecords(db, 'scanFindingPages')) as { page: number }[];
    expect(pages.map((p) => p.page)).toEqual([3, 4]);
    expect(((await rawRecords(db, 'scanFindings')) as ScanFindingsRecord[])[0]).toMatchObject({ firstPage: 3, findingPages: 2 });
    expect((await store.getScan(scanId)).report).toEqual(rerun);
  });

  it('a re-run whose later batches do not fit leaves the earlier report as it was, and none of its own pages', async () => {
    const { db, store, scanId } = await startedScan();
    const earlier = reportWithFindings(FINDINGS_PER_PAGE * 2, 40, 'OLD');
    await store.completeScan(scanId, earlier);
    const before = await store.getScan(scanId);
    // The disk fills once the first batch of the re-run is committed.
    let pagesPut = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'scanFindingPages' && ++pagesPut > 10) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return originalPut.apply(this, args);
    };
    await expect(store.completeScan(scanId, largeReport())).rejects.toBeInstanceOf(StorageFullError);
    IDBObjectStore.prototype.put = originalPut;
    expect(pagesPut).toBeGreaterThan(10);
    expect(((await rawRecords(db, 'scanFindingPages')) as { page: number }[]).map((p) => p.page)).toEqual([0, 1]);
    expect(await store.getScan(scanId)).toEqual(before);
  });

  it('pages a stopped worker left behind are replaced or removed when the scan is completed', async () => {
    const { db, store, scanId } = await startedScan();
    // A worker stopped half-way through a report of 5 pages: its pages are there, nothing points to them.
    await store.completeScan(scanId, reportWithFindings(FINDINGS_PER_PAGE * 4 + 1));
    const left = (await rawRecords(db, 'scanFindingPages')) as { page: number }[];
    await db.delete('scanFindings', scanId);
    for (const stale of left) await db.put('scanFindingPages', { ...stale, page: stale.page + 7 } as never);
    const report = reportWithFindings(FINDINGS_PER_PAGE + 1, 40, 'AGAIN');
    await store.completeScan(scanId, report);
    expect(((await rawRecords(db, 'scanFindingPages')) as { page: number }[]).map((p) => p.page)).toEqual([0, 1]);
    expect((await store.getScan(scanId)).report).toEqual(report);
  });
});
