import { beforeEach, describe, expect, it } from 'vitest';
import { createProfile } from '../../../../lib/extension/storage/importer-profiles';
import { openProfileStore, type ProfileStore } from '../../../../lib/extension/storage/profile-store';
import { ScanNotFoundError, ScanStateError } from '../../../../lib/extension/storage/storage-errors';
import type { CustomsDatabase } from '../../../../lib/extension/storage/database-schema';
import { CATALOG_HEADERS, catalogReport, catalogRows, completedScan, freshDatabase, PAGE_SOURCE, rawRecords, testClock, type TestClock } from './storage-fixture';

describe('scans of an importer profile', () => {
  let db: CustomsDatabase;
  let store: ProfileStore;
  let time: TestClock;

  beforeEach(async () => {
    db = await freshDatabase();
    time = testClock();
    const profile = await createProfile(db, { name: 'Acme Imports' }, time.clock);
    store = await openProfileStore(db, profile.id, { clock: time.clock });
  });

  it('starts a scan in status "reading" with the announced row count', async () => {
    const scan = await store.startScan({ source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: 2500 });
    expect(scan).toMatchObject({ status: 'reading', rowCount: 2500, receivedRows: 0, summary: null, completedAt: null, source: PAGE_SOURCE });
    expect(scan.createdAt).toBe('2026-03-01T09:00:00.000Z');
    expect(await store.listScans()).toEqual([scan]);
  });

  it('reads received chunks back in row order, whatever order they were stored in', async () => {
    const scan = await store.startScan({ source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: 2500 });
    await store.appendScanRows(scan.id, { startRow: 1000, rows: catalogRows(1000, 1000) });
    await store.appendScanRows(scan.id, { startRow: 0, rows: catalogRows(1000, 0) });
    const received = await store.readReceivedRows(scan.id);
    expect(received.table.headers).toEqual(CATALOG_HEADERS);
    expect(received.table.rows).toEqual(catalogRows(2000));
    expect(received.table.sourceName).toBe(PAGE_SOURCE.url);
    expect(received.nextStartRow).toBe(2000);
    expect(received.scan.receivedRows).toBe(2000);
  });

  it('counts the rows of a scan whose page counts them only at its last chunk, and takes the rows at hand only once they all are in', async () => {
    const scan = await store.startScan({ source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: null });
    expect(scan).toMatchObject({ rowCount: 0, rowCountKnown: false });
    const first = await store.appendScanRows(scan.id, { startRow: 0, rows: catalogRows(1000, 0) });
    expect(first).toMatchObject({ receivedRows: 1000, rowCountKnown: false });
    // Still counting: rows at hand are not taken for the whole table.
    expect((await store.readReceivedRows(scan.id, catalogRows(1000, 0))).scan.rowCountKnown).toBe(false);

    const last = await store.appendScanRows(scan.id, { startRow: 1000, rows: catalogRows(500, 1000), totalRows: 1500 });
    expect(last).toMatchObject({ rowCount: 1500, receivedRows: 1500 });
    expect(last).not.toHaveProperty('rowCountKnown');
    const atHand = catalogRows(1500).map((row) => [...row]);
    expect((await store.readReceivedRows(scan.id, atHand)).table.rows).toBe(atHand);
    // Rows at hand that are not as many as the scan's are not taken: the stored ones are read.
    const stored = await store.readReceivedRows(scan.id, atHand.slice(1));
    expect(stored.table.rows).toEqual(catalogRows(1500));
    expect(stored.table.headers).toEqual(CATALOG_HEADERS);
  });

  it('stores a chunk resent after a worker restart once, not twice', async () => {
    const scan = await store.startScan({ source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: 1500 });
    await store.appendScanRows(scan.id, { startRow: 0, rows: catalogRows(1000) });
    await store.appendScanRows(scan.id, { startRow: 1000, rows: catalogRows(500, 1000) });
    const again = await store.appendScanRows(scan.id, { startRow: 1000, rows: catalogRows(500, 1000) });
    expect(again.receivedRows).toBe(1500);
    const received = await store.readReceivedRows(scan.id);
    expect(received.table.rows).toHaveLength(1500);
    expect(received.table.rows).toEqual(catalogRows(1500));
    expect(await rawRecords(db, 'scanChunks')).toHaveLength(2);
  });

  it('resumes from the first missing row when a chunk in the middle never arrived', async () => {
    const scan = await store.startScan({ source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: 3000 });
    await store.appendScanRows(scan.id, { startRow: 0, rows: catalogRows(1000) });
    await store.appendScanRows(scan.id, { startRow: 2000, rows: catalogRows(1000, 2000) });
    const received = await store.readReceivedRows(scan.id);
    expect(received.nextStartRow).toBe(1000);
    expect(received.table.rows).toEqual(catalogRows(1000));
  });

  it('starting a scan id that exists returns it unchanged (a resent first chunk)', async () => {
    const id = crypto.randomUUID();
    const first = await store.startScan({ id, source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: 10 });
    await store.appendScanRows(id, { startRow: 0, rows: catalogRows(10) });
    const again = await store.startScan({ id, source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: 10 });
    expect(again).toEqual({ ...first, receivedRows: 10 });
    expect((await store.audit.entries()).filter((entry) => entry.action === 'scan')).toHaveLength(1);
  });

  it('chunks arriving together each "start" the scan, and it is started once with every row counted', async () => {
    const id = crypto.randomUUID();
    const receive = async (startRow: number) => {
      await store.startScan({ id, source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: 3000 });
      return store.appendScanRows(id, { startRow, rows: catalogRows(1000, startRow) });
    };
    await Promise.all([receive(0), receive(1000), receive(2000)]);
    const received = await store.readReceivedRows(id);
    expect(received.scan.receivedRows).toBe(3000);
    expect(received.table.rows).toEqual(catalogRows(3000));
    expect(await store.listScans()).toHaveLength(1);
    expect((await store.audit.entries()).map((entry) => entry.action)).toEqual(['scan']);
  });

  it('completes a scan with its report and summary, and gives them back', async () => {
    const scan = await store.startScan({ source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: 3 });
    const report = catalogReport(3);
    time.advanceDays(0.001);
    const completed = await store.completeScan(scan.id, report);
    expect(completed.status).toBe('complete');
    expect(completed.completedAt).not.toBeNull();
    expect(completed.rowCount).toBe(3);
    expect(completed.summary!.error).toBe(report.findings.filter((f) => f.severity === 'error').length);
    expect(completed.summary!.error).toBeGreaterThan(0);
    expect(completed.summary!.byRule['hts-format']).toBe(1);

    const stored = await store.getScan(scan.id);
    expect(stored.scan).toEqual(completed);
    expect(stored.report).toEqual(report);
  });

  it('counts the rows left out as totals with the scan, so the popup counts lines before reading the report; a re-run counts its own', async () => {
    const scan = await store.startScan({ source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: 3 });
    expect((await store.completeScan(scan.id, catalogReport(3))).summaryRowCount).toBeUndefined();
    const withTotal = { ...catalogReport(3), summaryRows: [{ row: 3, text: 'Total' }] };
    expect((await store.completeScan(scan.id, withTotal)).summaryRowCount).toBe(1);
    expect((await store.getScan(scan.id)).scan.summaryRowCount).toBe(1);
    expect((await store.completeScan(scan.id, catalogReport(3))).summaryRowCount).toBeUndefined();
  });

  it('a scan still reading has no report', async () => {
    const scan = await store.startScan({ source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: 3 });
    expect(await store.getScan(scan.id)).toEqual({ scan, report: null });
  });

  it('refuses rows for a scan that is already complete', async () => {
    const scan = await store.startScan({ source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: 3 });
    await store.completeScan(scan.id, catalogReport(3));
    await expect(store.appendScanRows(scan.id, { startRow: 0, rows: catalogRows(3) })).rejects.toThrow(ScanStateError);
  });

  it('completing again (after a mapping correction) replaces the report', async () => {
    const scan = await store.startScan({ source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: 3 });
    await store.completeScan(scan.id, catalogReport(3));
    const smaller = catalogReport(2);
    await store.completeScan(scan.id, smaller);
    expect((await store.getScan(scan.id)).report).toEqual(smaller);
    expect(await rawRecords(db, 'scanFindings')).toHaveLength(1);
  });

  it('lists scans newest first and finds the latest (complete) one', async () => {
    const older = await store.startScan({ source: { kind: 'file', fileName: 'a.csv' }, headers: CATALOG_HEADERS, totalRows: 3 });
    await store.completeScan(older.id, catalogReport(3, 'a.csv'));
    time.advanceDays(1);
    const newer = await store.startScan({ source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: 3 });

    expect((await store.listScans()).map((scan) => scan.id)).toEqual([newer.id, older.id]);
    expect((await store.latestScan())!.scan.id).toBe(newer.id);
    const latestComplete = await store.latestScan({ completeOnly: true });
    expect(latestComplete!.scan.id).toBe(older.id);
    expect(latestComplete!.report!.source).toBe('a.csv');
  });

  it('has no latest scan before the first one', async () => {
    expect(await store.latestScan()).toBeNull();
  });

  it('deletes a scan together with its findings and received rows', async () => {
    const kept = await completedScan(store);
    const gone = await completedScan(store);

    await store.deleteScan(gone.id);
    await expect(store.getScan(gone.id)).rejects.toThrow(ScanNotFoundError);
    expect((await store.listScans()).map((scan) => scan.id)).toEqual([kept.id]);
    expect((await rawRecords(db, 'scanFindings')).map((r) => (r as { scanId: string }).scanId)).toEqual([kept.id]);
    expect((await rawRecords(db, 'scanChunks')).map((r) => (r as { scanId: string }).scanId)).toEqual([kept.id]);
    const deletion = (await store.audit.entries()).at(-1);
    expect(deletion).toMatchObject({ action: 'delete-scan', object: gone.id });
  });

  it('deleting a scan that does not exist says so', async () => {
    await expect(store.deleteScan(crypto.randomUUID())).rejects.toThrow(ScanNotFoundError);
  });

  it('deletes all scans of the profile but keeps the profile and its audit log', async () => {
    for (let i = 0; i < 3; i++) await completedScan(store);
    expect(await store.deleteAllScans()).toBe(3);
    expect(await store.listScans()).toEqual([]);
    for (const name of ['scans', 'scanFindings', 'scanChunks'] as const) expect(await rawRecords(db, name)).toEqual([]);
    expect((await store.profile()).name).toBe('Acme Imports');
    expect((await store.audit.entries()).at(-1)).toMatchObject({ action: 'delete-all', object: 'scans' });
    expect((await store.audit.verify()).intact).toBe(true);
  });

  it('records a page scan by scan id and a file check by file name in the audit log', async () => {
    const page = await store.startScan({ source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: 3 });
    await store.startScan({ source: { kind: 'file', fileName: 'invoice-4471.csv' }, headers: CATALOG_HEADERS, totalRows: 3 });
    expect((await store.audit.entries()).map(({ action, object }) => ({ action, object }))).toEqual([
      { action: 'scan', object: page.id },
      { action: 'file-check', object: 'invoice-4471.csv' },
    ]);
  });
});
