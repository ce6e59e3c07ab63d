import { beforeEach, describe, expect, it } from 'vitest';
import { createProfile } from '../../../../lib/extension/storage/importer-profiles';
import { openProfileStore, type ProfileStore } from '../../../../lib/extension/storage/profile-store';
import { ScanNotFoundError, StoredRecordError } from '../../../../lib/extension/storage/storage-errors';
import type { CustomsDatabase } from '../../../../lib/extension/storage/database-schema';
import type { ScanFindingsRecord, ScanRecord } from '../../../../lib/extension/storage/stored-records';
import { CATALOG_HEADERS, catalogReport, catalogRows, completedScan, freshDatabase, PAGE_SOURCE, rawRecords } from './storage-fixture';

describe('isolation between importer profiles', () => {
  let db: CustomsDatabase;
  let acme: ProfileStore;
  let bolt: ProfileStore;
  let acmeScanId: string;

  beforeEach(async () => {
    db = await freshDatabase();
    acme = await openProfileStore(db, (await createProfile(db, { name: 'Acme Imports' })).id);
    bolt = await openProfileStore(db, (await createProfile(db, { name: 'Bolt Trading', jurisdiction: 'EU' })).id);
    const scan = await completedScan(acme);
    await acme.saveScheduleFile({ name: 'acme-schedule.csv', text: 'Tariff Number\n' });
    await acme.audit.record({ action: 'view-results', object: scan.id });
    acmeScanId = scan.id;
  });

  it("A's scans, schedule and audit entries are not visible through B's store", async () => {
    expect(await bolt.listScans()).toEqual([]);
    expect(await bolt.latestScan()).toBeNull();
    expect(await bolt.readSavedScheduleFile()).toBeNull();
    expect(await bolt.audit.entries()).toEqual([]);
    // ...while A sees all of it.
    expect(await acme.listScans()).toHaveLength(1);
    expect((await acme.audit.entries()).map((entry) => entry.action)).toEqual(['scan', 'settings-change', 'view-results']);
  });

  it("B cannot read, resume, extend, complete or delete A's scan by its id", async () => {
    await expect(bolt.getScan(acmeScanId)).rejects.toThrow(ScanNotFoundError);
    await expect(bolt.readReceivedRows(acmeScanId)).rejects.toThrow(ScanNotFoundError);
    await expect(bolt.readScanHeaders(acmeScanId)).rejects.toThrow(ScanNotFoundError);
    await expect(bolt.appendScanRows(acmeScanId, { startRow: 3, rows: catalogRows(1) })).rejects.toThrow(ScanNotFoundError);
    await expect(bolt.completeScan(acmeScanId, catalogReport(1))).rejects.toThrow(ScanNotFoundError);
    await expect(bolt.deleteScan(acmeScanId)).rejects.toThrow(ScanNotFoundError);
    await expect(bolt.startScan({ id: acmeScanId, source: PAGE_SOURCE, headers: [], totalRows: 0 })).rejects.toThrow(ScanNotFoundError);
    expect((await acme.getScan(acmeScanId)).report!.findings.length).toBeGreaterThan(0);
  });

  it("B deleting all its scans leaves A's alone", async () => {
    expect(await bolt.deleteAllScans()).toBe(0);
    expect(await acme.listScans()).toHaveLength(1);
  });

  it("A's findings cannot be opened with B's key even if moved into B's scan", async () => {
    const scan = await bolt.startScan({ source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: 1 });
    await bolt.completeScan(scan.id, catalogReport(1));
    const findings = (await rawRecords(db, 'scanFindings')) as ScanFindingsRecord[];
    const acmeFindings = findings.find((record) => record.scanId === acmeScanId)!;
    await db.put('scanFindings', { scanId: scan.id, profileId: bolt.profileId, report: acmeFindings.report });
    await expect(bolt.getScan(scan.id)).rejects.toThrow(StoredRecordError);
  });

  it("relabelling A's scan record as B's does not let B decrypt it", async () => {
    const [record] = (await rawRecords(db, 'scans')) as ScanRecord[];
    await db.put('scans', { ...record!, profileId: bolt.profileId });
    await db.put('scanFindings', { ...((await db.get('scanFindings', acmeScanId)) as ScanFindingsRecord), profileId: bolt.profileId });
    await expect(bolt.getScan(acmeScanId)).rejects.toThrow(StoredRecordError);
  });
});
