import { beforeEach, describe, expect, it } from 'vitest';
import {
  createProfile,
  DEFAULT_PROFILE_NAME,
  deleteProfile,
  ensureDefaultProfile,
  getProfile,
  listProfiles,
  updateProfile,
} from '../../../../lib/extension/storage/importer-profiles';
import { readBrokerAuditLog } from '../../../../lib/extension/storage/audit-log';
import { openProfileStore } from '../../../../lib/extension/storage/profile-store';
import { purgeExpiredScans } from '../../../../lib/extension/storage/retention';
import { InvalidInputError, ProfileNotFoundError } from '../../../../lib/extension/storage/storage-errors';
import type { CustomsDatabase } from '../../../../lib/extension/storage/database-schema';
import { catalogReport, completedScan, freshDatabase, PAGE_SOURCE, rawRecords, testClock } from './storage-fixture';

describe('importer profiles', () => {
  let db: CustomsDatabase;

  beforeEach(async () => {
    db = await freshDatabase();
  });

  it('creates the default profile on first use, once, even when asked twice at the same time', async () => {
    const [first, second] = await Promise.all([ensureDefaultProfile(db), ensureDefaultProfile(db)]);
    expect(first.id).toBe(second.id);
    expect(first).toMatchObject({ name: DEFAULT_PROFILE_NAME, jurisdiction: 'US', enabledRules: null, siteMappings: {}, schedule: null, retentionDays: 90 });
    expect(await listProfiles(db)).toEqual([first]);
    expect(await rawRecords(db, 'keys')).toHaveLength(1);
  });

  it('does not add a default profile when one exists', async () => {
    const acme = await createProfile(db, { name: 'Acme Imports' });
    expect(await ensureDefaultProfile(db)).toEqual(acme);
    expect(await listProfiles(db)).toHaveLength(1);
  });

  it('creates a profile with its settings and its own key, and lists profiles oldest first', async () => {
    const time = testClock();
    const acme = await createProfile(db, { name: 'Acme Imports' }, time.clock);
    time.advanceDays(1);
    const bolt = await createProfile(
      db,
      {
        name: '  Bolt Trading  ',
        jurisdiction: 'EU',
        enabledRules: ['hts-format', 'origin-invalid'],
        siteMappings: { 'https://ace.cbp.dhs.gov': { hts: 'Tariff No.' } },
        retentionDays: 30,
      },
      time.clock,
    );
    expect(bolt).toMatchObject({ name: 'Bolt Trading', jurisdiction: 'EU', enabledRules: ['hts-format', 'origin-invalid'], retentionDays: 30 });
    expect(bolt.createdAt).toBe('2026-03-02T09:00:00.000Z');
    expect((await listProfiles(db)).map((p) => p.id)).toEqual([acme.id, bolt.id]);
    expect(await getProfile(db, bolt.id)).toEqual(bolt);
    expect((await rawRecords(db, 'keys')).map((k) => (k as { profileId: string }).profileId).sort()).toEqual([acme.id, bolt.id].sort());
  });

  it.each([
    [{ name: '' }, /name/],
    [{ name: 'X', retentionDays: 0 }, /retentionDays/],
    [{ name: 'X', retentionDays: 366 }, /retentionDays/],
    [{ name: 'X', retentionDays: 1.5 }, /retentionDays/],
    [{ name: 'X', jurisdiction: 'JP' }, /jurisdiction/],
    [{ name: 'X', siteMappings: { 'ace.cbp.dhs.gov/path': { hts: 'HTS' } } }, /origin/],
  ])('refuses invalid settings %j with a message naming the setting', async (input, message) => {
    await expect(createProfile(db, input as never)).rejects.toThrow(InvalidInputError);
    await expect(createProfile(db, input as never)).rejects.toThrow(message);
    expect(await listProfiles(db)).toEqual([]);
  });

  it('accepts the retention limits 1 and 365 days', async () => {
    expect((await createProfile(db, { name: 'Short', retentionDays: 1 })).retentionDays).toBe(1);
    expect((await createProfile(db, { name: 'Long', retentionDays: 365 })).retentionDays).toBe(365);
  });

  it('renames and updates a profile, recording each changed setting by name', async () => {
    const time = testClock();
    const acme = await createProfile(db, { name: 'Acme Imports' }, time.clock);
    time.advanceDays(1);
    const updated = await updateProfile(db, acme.id, { name: 'Acme Imports LLC', retentionDays: 90, enabledRules: ['hts-format'] }, time.clock);
    expect(updated).toMatchObject({ id: acme.id, name: 'Acme Imports LLC', retentionDays: 90, enabledRules: ['hts-format'], createdAt: acme.createdAt });
    expect(updated.updatedAt).toBe('2026-03-02T09:00:00.000Z');
    expect(await getProfile(db, acme.id)).toEqual(updated);
    const store = await openProfileStore(db, acme.id);
    // retentionDays did not change (90 is the default), so it is not recorded.
    expect((await store.audit.entries()).map(({ action, object }) => `${action} ${object}`)).toEqual([
      'settings-change name',
      'settings-change enabledRules',
    ]);
  });

  it('updating a profile that does not exist says so', async () => {
    await expect(updateProfile(db, 'no-such-profile', { name: 'X' })).rejects.toThrow(ProfileNotFoundError);
  });

  describe('deleting a profile', () => {
    async function profileWithData(name: string) {
      const profile = await createProfile(db, { name });
      const store = await openProfileStore(db, profile.id);
      await completedScan(store);
      await store.saveScheduleFile({ name: 'schedule.csv', text: 'Tariff Number\n' });
      return { profile, store };
    }

    const ownedBy = async (profileId: string) => {
      const owned: string[] = [];
      for (const name of ['profiles', 'keys', 'scans', 'scanFindings', 'scanChunks', 'schedules'] as const) {
        for (const record of await rawRecords(db, name)) {
          const owner = (record as { profileId?: string; id?: string }).profileId ?? (record as { id?: string }).id;
          if (owner === profileId) owned.push(name);
        }
      }
      const auditKeys = await db.getAllKeys('auditLog');
      if (auditKeys.some(([chain]) => chain === profileId)) owned.push('auditLog');
      return owned;
    };

    it("removes its key, record, scans, findings, rows, schedule and audit log, and nothing of other profiles'", async () => {
      const { profile } = await profileWithData('Acme Imports');
      const { profile: kept, store: keptStore } = await profileWithData('Bolt Trading');
      await deleteProfile(db, profile.id);

      expect(await ownedBy(profile.id)).toEqual([]);
      expect((await listProfiles(db)).map((p) => p.id)).toEqual([kept.id]);
      expect(await keptStore.listScans()).toHaveLength(1);
      expect(await keptStore.readSavedScheduleFile()).not.toBeNull();
      await expect(openProfileStore(db, profile.id)).rejects.toThrow(ProfileNotFoundError);
      const broker = await readBrokerAuditLog(db);
      expect(broker.map(({ action, object, profileId }) => ({ action, object, profileId }))).toEqual([
        { action: 'delete-profile', object: `Acme Imports (${profile.id})`, profileId: null },
      ]);
    });

    it('destroys the key first: if removing the data is interrupted, the rest is unreadable and purged later', async () => {
      const { profile, store } = await profileWithData('Acme Imports');
      const [scan] = await store.listScans();
      // The browser stops between the two steps: the data removal never runs.
      const original = IDBIndex.prototype.getAllKeys;
      IDBIndex.prototype.getAllKeys = function () {
        throw new DOMException('the service worker was stopped', 'AbortError');
      };
      try {
        await expect(deleteProfile(db, profile.id)).rejects.toThrow();
      } finally {
        IDBIndex.prototype.getAllKeys = original;
      }

      expect(await ownedBy(profile.id)).toEqual(['scans', 'scanFindings', 'scanChunks', 'schedules', 'auditLog']);
      // A store opened before the deletion can neither write more nor is the key reachable again.
      await expect(store.startScan({ source: PAGE_SOURCE, headers: [], totalRows: 0 })).rejects.toThrow(ProfileNotFoundError);
      await expect(store.completeScan(scan!.id, catalogReport(1))).rejects.toThrow(ProfileNotFoundError);
      await expect(store.saveScheduleFile({ name: 'late.csv', text: '' })).rejects.toThrow(ProfileNotFoundError);
      await expect(openProfileStore(db, profile.id)).rejects.toThrow(ProfileNotFoundError);

      const purge = await purgeExpiredScans(db, new Date());
      expect(purge.leftoverProfiles).toEqual([profile.id]);
      expect(await ownedBy(profile.id)).toEqual([]);
    });

    it('deleting a profile that does not exist says so', async () => {
      await expect(deleteProfile(db, 'no-such-profile')).rejects.toThrow(ProfileNotFoundError);
    });
  });
});
