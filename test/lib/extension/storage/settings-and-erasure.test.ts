import { beforeEach, describe, expect, it } from 'vitest';
import { readBrokerAuditLog } from '../../../../lib/extension/storage/audit-log';
import { deleteEverything } from '../../../../lib/extension/storage/erase-everything';
import { createProfile, DEFAULT_PROFILE_NAME, ensureDefaultProfile, listProfiles } from '../../../../lib/extension/storage/importer-profiles';
import { openProfileStore } from '../../../../lib/extension/storage/profile-store';
import { readSetting, writeSetting } from '../../../../lib/extension/storage/settings';
import { InvalidInputError, ProfileNotFoundError } from '../../../../lib/extension/storage/storage-errors';
import type { CustomsDatabase } from '../../../../lib/extension/storage/database-schema';
import { completedScan, freshDatabase, rawRecords, testClock } from './storage-fixture';

describe('settings', () => {
  let db: CustomsDatabase;

  beforeEach(async () => {
    db = await freshDatabase();
  });

  it('reads the default until a value is written, then the value', async () => {
    expect(await readSetting(db, 'activeProfileId')).toBeNull();
    const profile = await createProfile(db, { name: 'Acme Imports' });
    await writeSetting(db, 'activeProfileId', profile.id);
    expect(await readSetting(db, 'activeProfileId')).toBe(profile.id);
  });

  it('records the change by setting name in the broker-wide audit log', async () => {
    await writeSetting(db, 'activeProfileId', 'some-profile-id');
    expect((await readBrokerAuditLog(db)).map(({ action, object, profileId }) => ({ action, object, profileId }))).toEqual([
      { action: 'settings-change', object: 'activeProfileId', profileId: null },
    ]);
  });

  it('refuses a value of the wrong type, and reports a damaged stored value', async () => {
    await expect(writeSetting(db, 'activeProfileId', 42 as never)).rejects.toThrow(InvalidInputError);
    await db.put('settings', { name: 'activeProfileId', value: 42 });
    await expect(readSetting(db, 'activeProfileId')).rejects.toThrow(/setting "activeProfileId" is damaged/);
  });
});

describe('deleting everything', () => {
  // Two profiles' keys, scans and sealed reports are made first: under a loaded machine that takes seconds, not the 5 s default.
  it('empties every store, records the erasure as the first entry of a new broker log, and starts over cleanly', { timeout: 30_000 }, async () => {
    const db = await freshDatabase();
    const time = testClock();
    for (const name of ['Acme Imports', 'Bolt Trading']) {
      const store = await openProfileStore(db, (await createProfile(db, { name })).id);
      await completedScan(store);
      await store.saveScheduleFile({ name: 'schedule.csv', text: 'Tariff Number\n' });
    }
    const [acme] = await listProfiles(db);
    await writeSetting(db, 'activeProfileId', acme!.id);

    await deleteEverything(db, time.clock);

    // Every store of the schema, so a store added later cannot be forgotten here: only the new broker log's first entry remains.
    for (const name of db.objectStoreNames) {
      if (name.startsWith('audit')) expect(await rawRecords(db, name), name).toHaveLength(1);
      else expect(await rawRecords(db, name), name).toEqual([]);
    }
    const broker = await readBrokerAuditLog(db);
    expect(broker).toHaveLength(1);
    expect(broker[0]).toMatchObject({ seq: 1, action: 'delete-all', object: 'everything', profileId: null, time: time.now().toISOString() });
    expect(await rawRecords(db, 'auditLog')).toHaveLength(1);
    await expect(openProfileStore(db, acme!.id)).rejects.toThrow(ProfileNotFoundError);
    expect(await readSetting(db, 'activeProfileId')).toBeNull();
    expect((await ensureDefaultProfile(db)).name).toBe(DEFAULT_PROFILE_NAME);
  });
});
