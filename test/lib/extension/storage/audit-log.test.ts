import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditEntryHash, canonicalJson, GENESIS_HASH, verifyAuditChain } from '../../../../lib/extension/storage/audit-chain';
import { AUDIT_CSV_COLUMNS, AUDIT_LOG_FORMAT, auditLogCsv, auditLogJson } from '../../../../lib/extension/storage/audit-export';
import { createProfile } from '../../../../lib/extension/storage/importer-profiles';
import { openCustomsDatabase } from '../../../../lib/extension/storage/open-database';
import { openProfileStore, type ProfileStore } from '../../../../lib/extension/storage/profile-store';
import type { CustomsDatabase } from '../../../../lib/extension/storage/database-schema';
import type { AuditEntry } from '../../../../lib/extension/storage/stored-records';
import { CATALOG_HEADERS, completedScan, freshDatabase, SECRET_DESCRIPTION, testClock } from './storage-fixture';

describe('audit log', () => {
  let db: CustomsDatabase;
  let store: ProfileStore;

  beforeEach(async () => {
    db = await freshDatabase();
    const time = testClock();
    const profile = await createProfile(db, { name: 'Acme Imports' }, time.clock);
    store = await openProfileStore(db, profile.id, { clock: time.clock });
  });

  async function logSomeWork() {
    const scan = await completedScan(store);
    await store.audit.record({ action: 'view-results', object: scan.id });
    await store.audit.record({ action: 'export', object: scan.id });
    await store.deleteScan(scan.id);
    return scan;
  }

  /** Chain keys are [profileId, seq]; tests edit the raw log the way DevTools could. */
  const rawKey = (entry: AuditEntry): [string, number] => [store.profileId, entry.seq];

  it('numbers entries from 1 and chains each hash to the previous one', async () => {
    const scan = await logSomeWork();
    const entries = await store.audit.entries();
    expect(entries.map(({ seq, action, object }) => ({ seq, action, object }))).toEqual([
      { seq: 1, action: 'scan', object: scan.id },
      { seq: 2, action: 'view-results', object: scan.id },
      { seq: 3, action: 'export', object: scan.id },
      { seq: 4, action: 'delete-scan', object: scan.id },
    ]);
    expect(entries.every((entry) => entry.profileId === store.profileId && entry.time === '2026-03-01T09:00:00.000Z')).toBe(true);
    expect(entries[0]!.hash).toBe(await auditEntryHash(GENESIS_HASH, entries[0]!));
    expect(entries[1]!.hash).toBe(await auditEntryHash(entries[0]!.hash, entries[1]!));
    expect(await store.audit.verify()).toEqual({ intact: true, entries: 4 });
  });

  it('hashes SHA-256 over the previous hash and the canonical JSON of the entry', async () => {
    const entry = { seq: 1, time: '2026-03-01T09:00:00.000Z', profileId: 'p1', action: 'export' as const, object: 'scan-1' };
    const text = `${GENESIS_HASH}{"action":"export","object":"scan-1","profileId":"p1","seq":1,"time":"2026-03-01T09:00:00.000Z"}`;
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
    expect(await auditEntryHash(GENESIS_HASH, entry)).toBe(Buffer.from(digest).toString('hex'));
    expect(canonicalJson({ b: [2, { d: 1, c: null }], a: 'x' })).toBe('{"a":"x","b":[2,{"c":null,"d":1}]}');
  });

  it('detects a removed entry', async () => {
    await logSomeWork();
    const entries = await store.audit.entries();
    await db.delete('auditLog', rawKey(entries[1]!));
    expect(await store.audit.verify()).toMatchObject({ intact: false, seq: 2 });
  });

  it('detects an edited entry, even when its own hash was recomputed', async () => {
    await logSomeWork();
    const entries = await store.audit.entries();
    const edited = { ...entries[2]!, action: 'view-results' as const };
    await db.put('auditLog', edited, rawKey(edited));
    expect(await store.audit.verify()).toMatchObject({ intact: false, seq: 3 });

    const rehashed = { ...edited, hash: await auditEntryHash(entries[1]!.hash, edited) };
    await db.put('auditLog', rehashed, rawKey(rehashed));
    expect(await store.audit.verify()).toMatchObject({ intact: false, seq: 4 });
  });

  it('detects a removed entry whose followers were renumbered', async () => {
    await logSomeWork();
    const entries = await store.audit.entries();
    await db.clear('auditLog');
    const renumbered = [entries[0]!, ...entries.slice(2).map((entry) => ({ ...entry, seq: entry.seq - 1 }))];
    for (const entry of renumbered) await db.put('auditLog', entry, rawKey(entry));
    expect(await store.audit.verify()).toMatchObject({ intact: false, seq: 2 });
  });

  it('verifyAuditChain accepts an empty log', async () => {
    expect(await verifyAuditChain([])).toEqual({ intact: true, entries: 0 });
  });

  it('stays one unbroken chain when the worker and a page append at the same time', async () => {
    // A second connection, as an extension page would have next to the service worker.
    const pageDb = await openCustomsDatabase();
    const pageStore = await openProfileStore(pageDb, store.profileId);
    await Promise.all(
      Array.from({ length: 6 }, (_, i) => (i % 2 ? store : pageStore).audit.record({ action: 'view-results', object: `scan-${i}` })),
    );
    const entries = await store.audit.entries();
    expect(entries.map((entry) => entry.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(entries.map((entry) => entry.object)).size).toBe(6);
    expect(await store.audit.verify()).toEqual({ intact: true, entries: 6 });
    pageDb.close();
  });

  it('never records catalog content', async () => {
    await logSomeWork();
    expect(JSON.stringify(await store.audit.entries())).not.toContain(SECRET_DESCRIPTION);
  });

  describe('export', () => {
    it('writes CSV that reads back to the entries, with formula-like file names neutralised', async () => {
      await store.startScan({ source: { kind: 'file', fileName: '=HYPERLINK("x").csv' }, headers: CATALOG_HEADERS, totalRows: 1 });
      await logSomeWork();
      const entries = await store.audit.entries();
      const csv = auditLogCsv(entries);
      const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
      expect(parsed.meta.fields).toEqual([...AUDIT_CSV_COLUMNS]);
      expect(parsed.data).toHaveLength(entries.length);
      expect(parsed.data[0]).toEqual({
        seq: '1',
        time: entries[0]!.time,
        profileId: store.profileId,
        action: 'file-check',
        object: `'=HYPERLINK("x").csv`,
        hash: entries[0]!.hash,
      });
      expect(parsed.data.map((row) => row.action)).toEqual(entries.map((entry) => entry.action));
    });

    it('writes JSON with its format name and the entries as stored', async () => {
      await logSomeWork();
      const entries = await store.audit.entries();
      const json = JSON.parse(auditLogJson(entries));
      expect(json).toEqual({ format: AUDIT_LOG_FORMAT, entries });
      expect(await verifyAuditChain(json.entries)).toEqual({ intact: true, entries: entries.length });
    });
  });
});
