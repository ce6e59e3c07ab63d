import { beforeEach, describe, expect, it } from 'vitest';
import { createProfile, updateProfile } from '../../../../lib/extension/storage/importer-profiles';
import { openProfileStore, type ProfileStore } from '../../../../lib/extension/storage/profile-store';
import { purgeExpiredScans } from '../../../../lib/extension/storage/retention';
import type { CustomsDatabase } from '../../../../lib/extension/storage/database-schema';
import { CATALOG_HEADERS, catalogRows, completedScan, freshDatabase, PAGE_SOURCE, rawRecords, testClock, type TestClock } from './storage-fixture';

describe('retention', () => {
  let db: CustomsDatabase;
  let time: TestClock;

  beforeEach(async () => {
    db = await freshDatabase();
    time = testClock('2026-01-01T12:00:00.000Z');
  });

  async function profileStore(name: string, retentionDays: number): Promise<ProfileStore> {
    const profile = await createProfile(db, { name, retentionDays }, time.clock);
    return openProfileStore(db, profile.id, { clock: time.clock });
  }

  it("deletes scans older than each profile's retention period and returns them", async () => {
    const weekly = await profileStore('Weekly', 7);
    const yearly = await profileStore('Yearly', 365);
    const oldWeekly = await completedScan(weekly);
    const oldYearly = await completedScan(yearly);
    time.advanceDays(5);
    const recentWeekly = await completedScan(weekly);
    time.advanceDays(3); // oldWeekly is now 8 days old, recentWeekly 3

    const purged = await purgeExpiredScans(db, time.now());
    expect(purged.expiredScans).toEqual([{ profileId: weekly.profileId, scanId: oldWeekly.id, createdAt: '2026-01-01T12:00:00.000Z' }]);
    expect(purged.leftoverProfiles).toEqual([]);
    expect((await weekly.listScans()).map((scan) => scan.id)).toEqual([recentWeekly.id]);
    expect((await yearly.listScans()).map((scan) => scan.id)).toEqual([oldYearly.id]);
    // Findings and rows went with the scan.
    expect(await rawRecords(db, 'scanFindings')).toHaveLength(2);
    expect(await rawRecords(db, 'scanChunks')).toHaveLength(2);
  });

  it('keeps a scan exactly retentionDays old and removes it a millisecond later', async () => {
    const store = await profileStore('Acme', 30);
    const scan = await completedScan(store);
    time.advanceDays(30);
    expect((await purgeExpiredScans(db, time.now())).expiredScans).toEqual([]);
    expect((await purgeExpiredScans(db, new Date(time.now().getTime() + 1))).expiredScans.map((s) => s.scanId)).toEqual([scan.id]);
  });

  it('also removes scans abandoned while reading', async () => {
    const store = await profileStore('Acme', 1);
    const scan = await store.startScan({ source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: 5000 });
    await store.appendScanRows(scan.id, { startRow: 0, rows: catalogRows(1000) });
    time.advanceDays(2);
    expect((await purgeExpiredScans(db, time.now())).expiredScans.map((s) => s.scanId)).toEqual([scan.id]);
    expect(await rawRecords(db, 'scanChunks')).toEqual([]);
  });

  it('applies a shortened retention period at the next purge', async () => {
    const store = await profileStore('Acme', 90);
    await completedScan(store);
    time.advanceDays(10);
    expect((await purgeExpiredScans(db, time.now())).expiredScans).toEqual([]);
    await updateProfile(db, store.profileId, { retentionDays: 7 }, time.clock);
    expect((await purgeExpiredScans(db, time.now())).expiredScans).toHaveLength(1);
  });

  it("records each purged scan in its profile's audit log, keeping the chain intact", async () => {
    const store = await profileStore('Acme', 7);
    const first = await completedScan(store);
    const second = await completedScan(store);
    time.advanceDays(8);
    await purgeExpiredScans(db, time.now());
    const purges = (await store.audit.entries()).filter((entry) => entry.action === 'purge');
    expect(purges.map((entry) => entry.object).sort()).toEqual([first.id, second.id].sort());
    expect(purges[0]!.time).toBe(time.now().toISOString());
    expect(await store.audit.verify()).toMatchObject({ intact: true });
  });
});
