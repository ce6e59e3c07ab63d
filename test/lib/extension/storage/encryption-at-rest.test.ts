import { beforeEach, describe, expect, it } from 'vitest';
import { createProfile } from '../../../../lib/extension/storage/importer-profiles';
import { openProfileStore, type ProfileStore } from '../../../../lib/extension/storage/profile-store';
import { StoredRecordError } from '../../../../lib/extension/storage/storage-errors';
import type { CustomsDatabase } from '../../../../lib/extension/storage/database-schema';
import type { ScanChunkRecord, ScanFindingsRecord, ScanRecord } from '../../../../lib/extension/storage/stored-records';
import {
  CATALOG_HEADERS,
  catalogReport,
  catalogRows,
  completedScan,
  everythingStoredAsText,
  freshDatabase,
  PAGE_SOURCE,
  rawRecords,
  SECRET_BAD_HTS,
  SECRET_DESCRIPTION,
  SECRET_HEADER,
  SECRET_SKU,
} from './storage-fixture';

const SCHEDULE_TEXT = 'HTS Date:,2/21/2026\nTariff Number,Description\n9988776655,SECRETSCHEDULE widgets\n';

describe('encryption at rest', () => {
  let db: CustomsDatabase;
  let store: ProfileStore;

  beforeEach(async () => {
    db = await freshDatabase();
    const profile = await createProfile(db, { name: 'Acme Imports' });
    store = await openProfileStore(db, profile.id);
  });

  async function storeEverything() {
    const scan = await completedScan(store);
    await store.saveScheduleFile({ name: 'hts-pga-report.csv', text: SCHEDULE_TEXT });
    return { scan, report: catalogReport(3) };
  }

  it('no cell value, header, finding message or schedule text is stored in clear', async () => {
    const { scan, report } = await storeEverything();
    // The stored rows and report really carry the secrets, so their absence below means something.
    expect(JSON.stringify((await store.readReceivedRows(scan.id)).table)).toContain(SECRET_DESCRIPTION);
    expect(await store.readScanHeaders(scan.id)).toEqual((await store.readReceivedRows(scan.id)).table.headers);
    const reportText = JSON.stringify(report);
    for (const secret of [SECRET_BAD_HTS, SECRET_HEADER]) expect(reportText).toContain(secret);
    const messages = report.findings.map((finding) => finding.message);
    expect(messages.some((message) => message.includes(SECRET_BAD_HTS))).toBe(true);

    const stored = await everythingStoredAsText(db);
    expect(stored).toContain(PAGE_SOURCE.url); // listing metadata may stay clear
    for (const secret of [SECRET_DESCRIPTION, 'SECRETCELL', SECRET_SKU, SECRET_BAD_HTS, 'SECRETHEADER', 'SECRETSCHEDULE', ...messages]) {
      expect(stored).not.toContain(secret);
    }
  });

  it('keeps a non-extractable AES-GCM 256 CryptoKey per profile in the keys store', async () => {
    const [record] = (await rawRecords(db, 'keys')) as { key: CryptoKey }[];
    expect(record!.key).toBeInstanceOf(CryptoKey);
    expect(record!.key.extractable).toBe(false);
    expect(record!.key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(crypto.subtle.exportKey('raw', record!.key)).rejects.toThrow();
  });

  it('gives every record its own random 96-bit IV', async () => {
    const scan = await store.startScan({ source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: 2000 });
    // The same rows twice: equal plaintext must not give equal ciphertext.
    await store.appendScanRows(scan.id, { startRow: 0, rows: catalogRows(5, 1) });
    await store.appendScanRows(scan.id, { startRow: 5, rows: catalogRows(5, 1) });
    const chunks = (await rawRecords(db, 'scanChunks')) as ScanChunkRecord[];
    const [first, second] = chunks.map((chunk) => chunk.rows);
    expect(first!.iv.byteLength).toBe(12);
    expect(Buffer.from(first!.iv).equals(Buffer.from(second!.iv))).toBe(false);
    expect(Buffer.from(first!.ciphertext).equals(Buffer.from(second!.ciphertext))).toBe(false);
  });

  it('a payload moved to another record does not open there', async () => {
    const scan = await store.startScan({ source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: 2000 });
    await store.appendScanRows(scan.id, { startRow: 0, rows: catalogRows(1000) });
    await store.appendScanRows(scan.id, { startRow: 1000, rows: catalogRows(1000, 1000) });
    const [first, second] = (await rawRecords(db, 'scanChunks')) as ScanChunkRecord[];
    // Swap the sealed rows of the two chunks, as someone editing the database might.
    await db.put('scanChunks', { ...first!, rows: second!.rows });
    await expect(store.readReceivedRows(scan.id)).rejects.toThrow(StoredRecordError);
  });

  it('altered ciphertext is reported as damaged, not shown', async () => {
    const { scan } = await storeEverything();
    const [findings] = (await rawRecords(db, 'scanFindings')) as ScanFindingsRecord[];
    const tampered = new Uint8Array(findings!.report.ciphertext);
    tampered[0] = tampered[0]! ^ 0xff;
    await db.put('scanFindings', { ...findings!, report: { iv: findings!.report.iv, ciphertext: tampered } });
    await expect(store.getScan(scan.id)).rejects.toThrow(/results of scan .* is damaged and cannot be read/);
  });

  it('reads the schedule file back as it was saved', async () => {
    const profile = await store.saveScheduleFile({ name: 'hts-pga-report.csv', text: SCHEDULE_TEXT });
    expect(profile.schedule).toMatchObject({ name: 'hts-pga-report.csv', characters: SCHEDULE_TEXT.length });
    expect(await store.readSavedScheduleFile()).toMatchObject({ name: 'hts-pga-report.csv', text: SCHEDULE_TEXT });
    await store.removeScheduleFile();
    expect(await store.readSavedScheduleFile()).toBeNull();
    expect(await rawRecords(db, 'schedules')).toEqual([]);
    expect((await store.audit.entries()).map((entry) => entry.object)).toEqual(['schedule', 'schedule']);
  });

  it('scan headers are sealed in the scan record, the listing fields are not', async () => {
    await storeEverything();
    const [scan] = (await rawRecords(db, 'scans')) as ScanRecord[];
    expect(scan!.headers.ciphertext).toBeInstanceOf(Uint8Array);
    expect(scan!.source).toEqual(PAGE_SOURCE);
    expect(scan!.summary!.error).toBeGreaterThan(0);
  });
});
