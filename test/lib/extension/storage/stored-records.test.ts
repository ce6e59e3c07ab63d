import { beforeEach, describe, expect, it } from 'vitest';
import { createProfile, getProfile, listProfiles } from '../../../../lib/extension/storage/importer-profiles';
import { openProfileStore, type ProfileStore } from '../../../../lib/extension/storage/profile-store';
import { sealPayload } from '../../../../lib/extension/storage/sealed-payload';
import { InvalidInputError, StoredRecordError } from '../../../../lib/extension/storage/storage-errors';
import type { CustomsDatabase } from '../../../../lib/extension/storage/database-schema';
import type { ImporterProfile, ScanFindingsRecord, ScanRecord } from '../../../../lib/extension/storage/stored-records';
import { CATALOG_HEADERS, catalogReport, catalogRows, freshDatabase, PAGE_SOURCE } from './storage-fixture';

/** Records damaged on disk (an older build, a hand edit in DevTools) give a clear error on read. */
describe('stored records are parsed on read', () => {
  let db: CustomsDatabase;
  let profile: ImporterProfile;
  let store: ProfileStore;
  let scanId: string;

  beforeEach(async () => {
    db = await freshDatabase();
    profile = await createProfile(db, { name: 'Acme Imports' });
    store = await openProfileStore(db, profile.id);
    scanId = (await store.startScan({ source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: 3 })).id;
  });

  it('a scan record with an unknown status names the scan and the field', async () => {
    const record = (await db.get('scans', scanId)) as ScanRecord;
    await db.put('scans', { ...record, status: 'finished' as never });
    await expect(store.listScans()).rejects.toThrow(StoredRecordError);
    await expect(store.getScan(scanId)).rejects.toThrow(new RegExp(`Stored scan ${scanId} is damaged and cannot be read \\(status: `));
  });

  it('a profile record with a retention period out of range is reported, not used', async () => {
    await db.put('profiles', { ...profile, retentionDays: 0 });
    await expect(listProfiles(db)).rejects.toThrow(/importer profile .* is damaged .*retentionDays/);
    await expect(getProfile(db, profile.id)).rejects.toThrow(StoredRecordError);
  });

  it('a complete scan whose findings record is missing says so', async () => {
    await store.completeScan(scanId, catalogReport(3));
    await db.delete('scanFindings', scanId);
    await expect(store.getScan(scanId)).rejects.toThrow(`Stored results of scan ${scanId} is damaged and cannot be read (it is missing)`);
  });

  it('a key record that is not a CryptoKey stops the profile store from opening', async () => {
    await db.put('keys', { profileId: profile.id, key: 'not-a-key' as never, createdAt: profile.createdAt });
    await expect(openProfileStore(db, profile.id)).rejects.toThrow(/encryption key of importer profile .* is damaged/);
  });

  it('a report that decrypts but has the wrong shape is reported, not shown', async () => {
    await store.completeScan(scanId, catalogReport(3));
    const key = (await db.get('keys', profile.id))!.key;
    const wrong = { ...catalogReport(3), findings: [{ ruleId: 'hts-format', severity: 'fatal' }] };
    const report = await sealPayload(key, { purpose: 'scan-report', profileId: profile.id, recordId: scanId }, wrong);
    await db.put('scanFindings', { ...((await db.get('scanFindings', scanId)) as ScanFindingsRecord), report });
    await expect(store.getScan(scanId)).rejects.toThrow(/results of scan .* is damaged .*findings\.0\./);
  });
});

/** What would later read back as damaged is refused when it is written. */
describe('records are checked on write', () => {
  let store: ProfileStore;

  beforeEach(async () => {
    const db = await freshDatabase();
    store = await openProfileStore(db, (await createProfile(db, { name: 'Acme Imports' })).id);
  });

  it('refuses a scan whose page address is beyond the message limit, storing nothing', async () => {
    const source = { ...PAGE_SOURCE, url: `https://erp.example.com/${'x'.repeat(5000)}` };
    await expect(store.startScan({ source, headers: CATALOG_HEADERS, totalRows: 1 })).rejects.toThrow(/The new scan is not valid: source\.url/);
    expect(await store.listScans()).toEqual([]);
    expect(await store.audit.entries()).toEqual([]);
  });

  it('refuses rows with a negative start row or non-text cells', async () => {
    const scan = await store.startScan({ source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: 3 });
    await expect(store.appendScanRows(scan.id, { startRow: -1, rows: catalogRows(1) })).rejects.toThrow(InvalidInputError);
    await expect(store.appendScanRows(scan.id, { startRow: 0, rows: [[1, 2] as never] })).rejects.toThrow(/rows\.0\.0/);
  });

  it('shortens an over-long audit object instead of losing the entry, and refuses an unknown action', async () => {
    await store.audit.record({ action: 'file-check', object: `${'a'.repeat(2000)}.csv` });
    expect((await store.audit.entries())[0]!.object).toHaveLength(1000);
    await expect(store.audit.record({ action: 'peek' as never, object: 'x' })).rejects.toThrow(InvalidInputError);
    expect(await store.audit.verify()).toEqual({ intact: true, entries: 1 });
  });
});
