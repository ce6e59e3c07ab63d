import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditEntryMac, canonicalJson, GENESIS_HASH, signChainHead, signedText, verifyAuditChain } from '../../../../lib/extension/storage/audit-chain';
import { readAuditHead, readAuditKey } from '../../../../lib/extension/storage/audit-keys';
import { AUDIT_CSV_COLUMNS, AUDIT_LOG_FORMAT, auditLogCsv, auditLogJson } from '../../../../lib/extension/storage/audit-export';
import { createProfile } from '../../../../lib/extension/storage/importer-profiles';
import { openCustomsDatabase } from '../../../../lib/extension/storage/open-database';
import { openProfileStore, type ProfileStore } from '../../../../lib/extension/storage/profile-store';
import type { CustomsDatabase } from '../../../../lib/extension/storage/database-schema';
import type { AuditEntry } from '../../../../lib/extension/storage/stored-records';
import { CATALOG_HEADERS, completedScan, freshDatabase, rawRecords, SECRET_DESCRIPTION, testClock } from './storage-fixture';

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

  it('numbers entries from 1 and chains each MAC to the previous one, ending at the stored head', async () => {
    const scan = await logSomeWork();
    const entries = await store.audit.entries();
    expect(entries.map(({ seq, action, object }) => ({ seq, action, object }))).toEqual([
      { seq: 1, action: 'scan', object: scan.id },
      { seq: 2, action: 'view-results', object: scan.id },
      { seq: 3, action: 'export', object: scan.id },
      { seq: 4, action: 'delete-scan', object: scan.id },
    ]);
    expect(entries.every((entry) => entry.profileId === store.profileId && entry.time === '2026-03-01T09:00:00.000Z')).toBe(true);
    const key = (await readAuditKey(db, store.profileId))!;
    expect(entries[0]!.hash).toBe(await auditEntryMac(key, GENESIS_HASH, entries[0]!));
    expect(entries[1]!.hash).toBe(await auditEntryMac(key, entries[0]!.hash, entries[1]!));
    expect(await readAuditHead(db, store.profileId)).toMatchObject({ seq: 4, hash: entries[3]!.hash });
    expect(await store.audit.verify()).toEqual({ intact: true, entries: 4 });
  });

  it('signs with HMAC-SHA-256 under a non-extractable key kept in its own store, apart from the log', async () => {
    const key = (await readAuditKey(db, store.profileId))!;
    expect(key.algorithm).toMatchObject({ name: 'HMAC', hash: { name: 'SHA-256' } });
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    // The log's own records hold no key; the key store holds no entries.
    expect(JSON.stringify(await rawRecords(db, 'auditLog'))).not.toContain('CryptoKey');
    expect((await rawRecords(db, 'auditKeys')).map((record) => (record as { chainId: string }).chainId)).toContain(store.profileId);

    const entry = { seq: 1, time: '2026-03-01T09:00:00.000Z', profileId: 'p1', action: 'export' as const, object: 'scan-1' };
    const text = `${GENESIS_HASH}{"action":"export","object":"scan-1","profileId":"p1","seq":1,"time":"2026-03-01T09:00:00.000Z"}`;
    expect(signedText(GENESIS_HASH, entry)).toBe(text);
    expect(await crypto.subtle.verify('HMAC', key, Buffer.from(await auditEntryMac(key, GENESIS_HASH, entry), 'hex'), new TextEncoder().encode(text))).toBe(true);
    expect(canonicalJson({ b: [2, { d: 1, c: null }], a: 'x' })).toBe('{"a":"x","b":[2,{"c":null,"d":1}]}');
  });

  describe('tampering, the way DevTools or a tool writing the database could', () => {
    it('detects an edited entry, even with its hash recomputed the unkeyed way and every later one too', async () => {
      await logSomeWork();
      const entries = await store.audit.entries();
      // The attack on the old chain: edit, then recompute every SHA-256 hash from there to the end.
      let previous = entries[1]!.hash;
      for (const entry of entries.slice(2)) {
        const edited = { ...entry, action: entry.seq === 3 ? ('view-results' as const) : entry.action };
        const hash = Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(signedText(previous, edited)))).toString('hex');
        await db.put('auditLog', { ...edited, hash }, rawKey(edited));
        previous = hash;
      }
      await db.put('auditHeads', { ...(await db.get('auditHeads', store.profileId))!, seq: 4, hash: previous });
      expect(await store.audit.verify()).toMatchObject({ intact: false, seq: 3, problem: expect.stringMatching(/entry 3 was altered/) });
    });

    it('detects an edited entry re-signed under a key of the attacker’s own', async () => {
      await logSomeWork();
      const entries = await store.audit.entries();
      const forgedKey = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
      const edited = { ...entries[1]!, object: 'another-scan' };
      await db.put('auditLog', { ...edited, hash: await auditEntryMac(forgedKey, entries[0]!.hash, edited) }, rawKey(edited));
      expect(await store.audit.verify()).toMatchObject({ intact: false, seq: 2 });
    });

    it('detects two entries swapped, with or without their numbers', async () => {
      await logSomeWork();
      const entries = await store.audit.entries();
      const [second, third] = [entries[1]!, entries[2]!];
      // Records swapped under each other's keys: each keeps its own seq.
      await db.put('auditLog', third, rawKey(second));
      await db.put('auditLog', second, rawKey(third));
      expect(await store.audit.verify()).toMatchObject({ intact: false, seq: 2, problem: expect.stringMatching(/missing or out of place/) });
      // Renumbered to fit their new places: their MACs no longer fit.
      await db.put('auditLog', { ...third, seq: 2 }, rawKey(second));
      await db.put('auditLog', { ...second, seq: 3 }, rawKey(third));
      expect(await store.audit.verify()).toMatchObject({ intact: false, seq: 2, problem: expect.stringMatching(/altered or moved/) });
    });

    it('detects a removed entry, and one whose followers were renumbered', async () => {
      await logSomeWork();
      const entries = await store.audit.entries();
      await db.delete('auditLog', rawKey(entries[1]!));
      expect(await store.audit.verify()).toMatchObject({ intact: false, seq: 2 });

      await db.clear('auditLog');
      const renumbered = [entries[0]!, ...entries.slice(2).map((entry) => ({ ...entry, seq: entry.seq - 1 }))];
      for (const entry of renumbered) await db.put('auditLog', entry, rawKey(entry));
      await db.put('auditHeads', { ...(await db.get('auditHeads', store.profileId))!, seq: 3, hash: renumbered[2]!.hash });
      expect(await store.audit.verify()).toMatchObject({ intact: false, seq: 2 });
    });

    it('detects the last entries cut off, and the whole log emptied', async () => {
      await logSomeWork();
      const entries = await store.audit.entries();
      await db.delete('auditLog', rawKey(entries[3]!));
      expect(await store.audit.verify()).toEqual({ intact: false, seq: 4, problem: 'entry 4 at the end of the log was removed' });
      await db.delete('auditLog', rawKey(entries[2]!));
      expect(await store.audit.verify()).toEqual({ intact: false, seq: 3, problem: 'entries 3–4 at the end of the log were removed' });
      await db.clear('auditLog');
      expect(await store.audit.verify()).toMatchObject({ intact: false, seq: 1 });
    });

    it('detects a cut-off log whose head was moved back or deleted, and a log without its key', async () => {
      await logSomeWork();
      const entries = await store.audit.entries();
      await db.delete('auditLog', rawKey(entries[3]!));
      // The head moved back onto entry 3, whose MAC is in the log for all to read: its own MAC no longer fits.
      const head = (await db.get('auditHeads', store.profileId))!;
      await db.put('auditHeads', { ...head, seq: 3, hash: entries[2]!.hash });
      expect(await store.audit.verify()).toEqual({
        intact: false,
        seq: 4,
        problem: 'the record of where the log ends was altered, so entries at its end may have been removed',
      });
      // With the head deleted altogether:
      await db.delete('auditHeads', store.profileId);
      expect(await store.audit.verify()).toMatchObject({ intact: false, problem: expect.stringMatching(/where the log ends is missing/) });
      await db.delete('auditKeys', store.profileId);
      expect(await store.audit.verify()).toMatchObject({ intact: false, seq: 1, problem: expect.stringMatching(/key that signs this log is missing/) });
    });

    it('keeps logging after tampering, and still reports the tampering', async () => {
      await logSomeWork();
      const entries = await store.audit.entries();
      await db.delete('auditLog', rawKey(entries[3]!));
      await store.audit.record({ action: 'view-results', object: 'later' });
      expect((await store.audit.entries()).map((entry) => entry.seq)).toEqual([1, 2, 3, 5]);
      expect(await store.audit.verify()).toMatchObject({ intact: false, seq: 4 });
    });
  });

  it('verifyAuditChain accepts an empty log at its start, and nothing without a key', async () => {
    const key = (await readAuditKey(db, store.profileId))!;
    expect(await verifyAuditChain(key, store.profileId, [], await signChainHead(key, store.profileId, { seq: 0, hash: GENESIS_HASH }))).toEqual({ intact: true, entries: 0 });
    expect(await verifyAuditChain(key, 'another-chain', [], await readAuditHead(db, store.profileId))).toMatchObject({ intact: false });
    expect(await store.audit.verify()).toEqual({ intact: true, entries: 0 });
    expect(await verifyAuditChain(null, store.profileId, [], null)).toMatchObject({ intact: false });
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
      // An exported log checks against the profile's key and head as the stored one does.
      const check = await verifyAuditChain(await readAuditKey(db, store.profileId), store.profileId, json.entries, await readAuditHead(db, store.profileId));
      expect(check).toEqual({ intact: true, entries: entries.length });
    });
  });
});
