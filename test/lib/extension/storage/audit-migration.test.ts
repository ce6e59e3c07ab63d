import { describe, expect, it } from 'vitest';
import { signedText } from '../../../../lib/extension/storage/audit-chain';
import { readAuditHead, readAuditKey } from '../../../../lib/extension/storage/audit-keys';
import { brokerAuditChain, readAuditLog, verifyAuditLog } from '../../../../lib/extension/storage/audit-log';
import { openCustomsDatabase } from '../../../../lib/extension/storage/open-database';
import { openProfileStore } from '../../../../lib/extension/storage/profile-store';
import { SCHEMA_STEPS } from '../../../../lib/extension/storage/schema-migrations';
import { createProfileKey } from '../../../../lib/extension/storage/sealed-payload';
import type { AuditEntry, ImporterProfile } from '../../../../lib/extension/storage/stored-records';
import type { CustomsDatabase } from '../../../../lib/extension/storage/database-schema';
import { freshDatabase } from './storage-fixture';

/**
 * Logs written by schema 1 carry plain SHA-256 hashes. Opening the database at schema 2 keys
 * them: intact logs are signed afresh and verify; an entry altered before the upgrade is still
 * reported, never vouched for.
 */

const TIME = '2026-02-01T08:00:00.000Z';

async function sha256Hex(text: string): Promise<string> {
  return Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).toString('hex');
}

/** A schema-1 chain: SHA-256 over the previous hash and the entry, as that version wrote it. */
async function legacyChain(profileId: string | null, objects: string[]): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let previous = '0'.repeat(64);
  for (const [index, object] of objects.entries()) {
    const entry = { seq: index + 1, time: TIME, profileId, action: 'view-results' as const, object };
    previous = await sha256Hex(signedText(previous, entry));
    entries.push({ ...entry, hash: previous });
  }
  return entries;
}

function legacyProfile(id: string, name: string): ImporterProfile {
  return { id, name, jurisdiction: 'US', enabledRules: null, siteMappings: {}, schedule: null, retentionDays: 90, createdAt: TIME, updatedAt: TIME };
}

/** A database as schema 1 left it: two profiles and the broker log, one profile's log altered at entry 3. */
async function schemaOneDatabase(): Promise<{ intact: ImporterProfile; altered: ImporterProfile }> {
  const v1 = (await freshDatabase({ steps: SCHEMA_STEPS.slice(0, 1) })) as CustomsDatabase;
  expect(v1.version).toBe(1);
  const intact = legacyProfile('11111111-1111-4111-8111-111111111111', 'Acme Imports');
  const altered = legacyProfile('22222222-2222-4222-8222-222222222222', 'Borealis Trading');
  for (const profile of [intact, altered]) {
    await v1.put('profiles', profile);
    await v1.put('keys', { profileId: profile.id, key: await createProfileKey(), createdAt: TIME });
  }
  for (const entry of await legacyChain(intact.id, ['scan-a', 'scan-b', 'scan-c', 'scan-d'])) await v1.put('auditLog', entry, [intact.id, entry.seq]);
  const tampered = await legacyChain(altered.id, ['scan-p', 'scan-q', 'scan-r', 'scan-s']);
  tampered[2] = { ...tampered[2]!, object: 'scan-forged' };
  for (const entry of tampered) await v1.put('auditLog', entry, [altered.id, entry.seq]);
  for (const entry of await legacyChain(null, ['activeProfileId'])) await v1.put('auditLog', entry, [brokerAuditChain.chainId, entry.seq]);
  v1.close();
  return { intact, altered };
}

describe('keying the audit logs of schema 1', () => {
  it('signs an intact log afresh under a new key: it verifies, and tampering is now caught by the key', async () => {
    const { intact } = await schemaOneDatabase();
    const db = await openCustomsDatabase();
    expect(db.version).toBe(SCHEMA_STEPS.length);
    const store = await openProfileStore(db, intact.id);
    expect(await store.audit.verify()).toEqual({ intact: true, entries: 4 });
    const entries = await store.audit.entries();
    expect(entries.map((entry) => entry.object)).toEqual(['scan-a', 'scan-b', 'scan-c', 'scan-d']);
    // No entry keeps its old, recomputable hash.
    const old = await legacyChain(intact.id, ['scan-a', 'scan-b', 'scan-c', 'scan-d']);
    expect(entries.some((entry, i) => entry.hash === old[i]!.hash)).toBe(false);
    expect((await readAuditKey(db, intact.id))?.extractable).toBe(false);
    expect(await readAuditHead(db, intact.id)).toMatchObject({ seq: 4, hash: entries[3]!.hash });

    // New entries continue the chain.
    await store.audit.record({ action: 'export', object: 'scan-d.csv' });
    expect(await store.audit.verify()).toEqual({ intact: true, entries: 5 });
    // The old attack (edit, recompute SHA-256) no longer passes.
    const edited = { ...entries[1]!, object: 'scan-x' };
    await db.put('auditLog', { ...edited, hash: await sha256Hex(signedText(entries[0]!.hash, edited)) }, [intact.id, 2]);
    expect(await store.audit.verify()).toMatchObject({ intact: false, seq: 2 });
    db.close();
  });

  it('still reports an entry altered before the upgrade, at that entry', async () => {
    const { altered } = await schemaOneDatabase();
    const db = await openCustomsDatabase();
    const check = await verifyAuditLog(db, { chainId: altered.id, profileId: altered.id });
    expect(check).toMatchObject({ intact: false, seq: 3, problem: expect.stringMatching(/entry 3 was altered/) });
    db.close();
  });

  it('keys the broker log too, and does it once however many pages open the database', async () => {
    await schemaOneDatabase();
    const [first, second] = await Promise.all([openCustomsDatabase(), openCustomsDatabase()]);
    expect(await verifyAuditLog(first!, brokerAuditChain)).toEqual({ intact: true, entries: 1 });
    expect(await verifyAuditLog(second!, brokerAuditChain)).toEqual({ intact: true, entries: 1 });
    expect(await readAuditLog(first!, brokerAuditChain)).toHaveLength(1);
    first!.close();
    second!.close();
  });
});
