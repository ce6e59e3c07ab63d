import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { createProfile, listProfiles } from '../../../../lib/extension/storage/importer-profiles';
import { openCustomsDatabase } from '../../../../lib/extension/storage/open-database';
import { openProfileStore } from '../../../../lib/extension/storage/profile-store';
import { SCHEMA_STEPS, type SchemaStep } from '../../../../lib/extension/storage/schema-migrations';
import { DatabaseVersionError } from '../../../../lib/extension/storage/storage-errors';
import { loadProfileKey } from '../../../../lib/extension/storage/profile-context';
import { sealPayload } from '../../../../lib/extension/storage/sealed-payload';
import { summarize } from '../../../../lib/core/report/summary';
import { DATABASE_NAME, type CustomsDatabase } from '../../../../lib/extension/storage/database-schema';
import { CATALOG_HEADERS, catalogReport, freshDatabase, PAGE_SOURCE } from './storage-fixture';

/** Each store's key path, auto-increment and indexes, as IndexedDB reports them. */
function describeSchema(db: CustomsDatabase) {
  const transaction = db.transaction([...db.objectStoreNames]);
  return Object.fromEntries(
    [...db.objectStoreNames].map((name) => {
      const store = transaction.objectStore(name);
      const indexes = Object.fromEntries([...store.indexNames].map((index) => [index, store.index(index).keyPath]));
      return [name, { keyPath: store.keyPath, indexes }];
    }),
  );
}

describe('database schema', () => {
  it('version 5 is the database "customs-preflight" with these stores, keys and indexes', async () => {
    const db = await freshDatabase();
    expect(db.name).toBe(DATABASE_NAME);
    expect(db.name).toBe('customs-preflight');
    expect(db.version).toBe(5);
    expect(SCHEMA_STEPS).toHaveLength(5);
    expect(describeSchema(db)).toEqual({
      auditHeads: { keyPath: 'chainId', indexes: {} },
      auditKeys: { keyPath: 'chainId', indexes: {} },
      auditLog: { keyPath: null, indexes: {} },
      classificationMasters: { keyPath: ['profileId', 'kind'], indexes: {} },
      keys: { keyPath: 'profileId', indexes: {} },
      profiles: { keyPath: 'id', indexes: {} },
      scanChunks: { keyPath: ['scanId', 'startRow'], indexes: { byProfile: 'profileId' } },
      scanFindingPages: { keyPath: ['scanId', 'page'], indexes: { byProfile: 'profileId' } },
      scanFindings: { keyPath: 'scanId', indexes: { byProfile: 'profileId' } },
      scanFixes: { keyPath: 'scanId', indexes: { byProfile: 'profileId' } },
      scanSync: { keyPath: 'scanId', indexes: { byProfile: 'profileId' } },
      scans: { keyPath: 'id', indexes: { byProfile: 'profileId', byProfileTime: ['profileId', 'createdAt'] } },
      schedules: { keyPath: 'profileId', indexes: {} },
      settings: { keyPath: 'name', indexes: {} },
      workspaceLinks: { keyPath: 'profileId', indexes: {} },
    });
    db.close();
  });

  it('version 3 adds the scanFixes store to a version 2 database, keeping its scans', async () => {
    const v2 = await freshDatabase({ steps: SCHEMA_STEPS.slice(0, 2) });
    const profile = await createProfile(v2, { name: 'Acme Imports' });
    const scan = await completedScanBefore(v2, profile.id);
    v2.close();
    // Opened by today's extension: every later step runs too.
    const v3 = await openCustomsDatabase();
    expect(v3.version).toBe(SCHEMA_STEPS.length);
    expect(describeSchema(v3).scanFixes).toEqual({ keyPath: 'scanId', indexes: { byProfile: 'profileId' } });
    const store = await openProfileStore(v3, profile.id);
    expect((await store.getScan(scan)).report).toEqual(catalogReport(3));
    expect(await store.fixes.accepted(scan)).toEqual([]);
    v3.close();
  });

  it('version 4 adds the workspace stores to a version 3 database, keeping its scans and fixes', async () => {
    const v3 = await freshDatabase({ steps: SCHEMA_STEPS.slice(0, 3) });
    const profile = await createProfile(v3, { name: 'Acme Imports' });
    const scan = await completedScanBefore(v3, profile.id);
    v3.close();
    // Opened by today's extension: version 4 and every later step run.
    const v4 = await openCustomsDatabase();
    expect(v4.version).toBe(SCHEMA_STEPS.length);
    expect(describeSchema(v4)).toMatchObject({
      workspaceLinks: { keyPath: 'profileId', indexes: {} },
      scanSync: { keyPath: 'scanId', indexes: { byProfile: 'profileId' } },
      classificationMasters: { keyPath: ['profileId', 'kind'], indexes: {} },
    });
    const store = await openProfileStore(v4, profile.id);
    expect((await store.getScan(scan)).report).toEqual(catalogReport(3));
    expect(await store.workspace.info()).toBeNull();
    expect(await store.sync.queued()).toEqual([]);
    expect(await store.masters.read('workspace')).toBeNull();
    v4.close();
  });

  it('version 5 adds the scanFindingPages store to a version 4 database; a report stored whole before is read as it was', async () => {
    const v4 = await freshDatabase({ steps: SCHEMA_STEPS.slice(0, 4) });
    const profile = await createProfile(v4, { name: 'Acme Imports' });
    const scan = await completedScanBefore(v4, profile.id);
    v4.close();
    const v5 = await openCustomsDatabase();
    expect(v5.version).toBe(5);
    expect(describeSchema(v5).scanFindingPages).toEqual({ keyPath: ['scanId', 'page'], indexes: { byProfile: 'profileId' } });
    const store = await openProfileStore(v5, profile.id);
    expect((await store.getScan(scan)).report).toEqual(catalogReport(3));
    // Completing it again stores the new form, read back the same.
    await store.completeScan(scan, catalogReport(3));
    expect((await store.getScan(scan)).report).toEqual(catalogReport(3));
    v5.close();
  });

  describe('migration path', () => {
    // A rehearsal of the next schema change: an index on scan status, and a rewrite of
    // existing scan records in the same upgrade transaction.
    const nextVersion: SchemaStep = (_db, transaction) => {
      const scans = transaction.objectStore('scans');
      (scans as unknown as IDBObjectStore).createIndex('byStatus', 'status');
      void scans.openCursor().then(function migrate(cursor): Promise<void> | undefined {
        if (!cursor) return undefined;
        const source = cursor.value.source;
        if (source.kind === 'page') void cursor.update({ ...cursor.value, source: { ...source, title: `${source.title} (migrated)` } });
        return cursor.continue().then(migrate);
      });
    };

    it('upgrades a current database to the next version, running only the new step and keeping the data', async () => {
      const v1 = await freshDatabase();
      const profile = await createProfile(v1, { name: 'Acme Imports' });
      const store = await openProfileStore(v1, profile.id);
      const scan = await store.startScan({ source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: 3 });
      await store.completeScan(scan.id, catalogReport(3));
      v1.close();

      // Re-running an earlier step would throw ("store already exists"), failing the open.
      const v2 = await openCustomsDatabase({ steps: [...SCHEMA_STEPS, nextVersion] });
      expect(v2.version).toBe(SCHEMA_STEPS.length + 1);
      expect(describeSchema(v2).scans!.indexes).toHaveProperty('byStatus', 'status');
      expect(await listProfiles(v2)).toEqual([profile]);
      const migrated = await openProfileStore(v2, profile.id);
      const stored = await migrated.getScan(scan.id);
      expect(stored.scan.source).toMatchObject({ title: 'Invoice 4471 (migrated)' });
      expect(stored.report).toEqual(catalogReport(3));
      v2.close();
    });

    it('a fresh install runs every step in order', async () => {
      const db = await freshDatabase({ steps: [...SCHEMA_STEPS, nextVersion] });
      expect(db.version).toBe(SCHEMA_STEPS.length + 1);
      expect(Object.keys(describeSchema(db))).toHaveLength(15);
      expect(describeSchema(db).scans!.indexes).toHaveProperty('byStatus');
      db.close();
    });

    it('an old page holding the database open steps aside for the upgrade', async () => {
      const oldPage = await freshDatabase();
      const upgraded = await openCustomsDatabase({ steps: [...SCHEMA_STEPS, nextVersion] });
      expect(upgraded.version).toBe(SCHEMA_STEPS.length + 1);
      expect(() => oldPage.transaction('profiles')).toThrow();
      upgraded.close();
    });

    it('a database written by a newer version gives a clear error instead of opening', async () => {
      (await freshDatabase()).close();
      const newer = await openDB(DATABASE_NAME, SCHEMA_STEPS.length + 1);
      newer.close();
      await expect(openCustomsDatabase()).rejects.toThrow(DatabaseVersionError);
      await expect(openCustomsDatabase()).rejects.toThrow(/newer version of Customs Preflight/);
    });
  });
});

/**
 * A complete scan as versions 1–3 stored it (the whole report, findings included, in one sealed
 * payload), for the upgrade tests.
 */
async function completedScanBefore(db: CustomsDatabase, profileId: string): Promise<string> {
  const store = await openProfileStore(db, profileId);
  const scan = await store.startScan({ source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: 3 });
  const report = catalogReport(3);
  const key = await loadProfileKey(db, profileId);
  const sealed = await sealPayload(key, { purpose: 'scan-report', profileId, recordId: scan.id }, report);
  const transaction = db.transaction(['scans', 'scanFindings'], 'readwrite');
  const record = (await transaction.objectStore('scans').get(scan.id))!;
  await transaction.objectStore('scanFindings').put({ scanId: scan.id, profileId, report: sealed });
  await transaction.objectStore('scans').put({ ...record, status: 'complete', completedAt: record.createdAt, summary: summarize(report.findings) });
  await transaction.done;
  return scan.id;
}
