import { type AuditDraft, CHAIN_START, type ChainEnd, chainAuditEntries, signChainHead, signedText } from './audit-chain';
import { newAuditChainRecords } from './audit-keys';
import { BROKER_AUDIT_CHAIN, type CustomsDatabase, keysUnder } from './database-schema';
import { parseStored } from './parse-stored';
import { type AuditEntry, auditEntryRecord } from './stored-records';
import { runWrite } from './write-transaction';

/**
 * Logs written before the chain was keyed (schema 1) carry plain SHA-256 hashes, which anyone
 * who can write the log can recompute. When the database opens, every chain without a key gets
 * one, and its entries are signed afresh under it, as far as their old hashes still hold: from
 * the first entry whose old hash fails on, entries keep their old hashes, so the keyed check
 * goes on pointing at the entry that was altered before the upgrade instead of vouching for it.
 * Chains of profiles with no entries yet get their key and head too, so a chain without them
 * is always a chain that lost them.
 */

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** How many entries, from the first, the schema-1 SHA-256 chain still vouches for. */
async function legacyIntactCount(entries: readonly AuditEntry[]): Promise<number> {
  let previous = CHAIN_START.hash;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    if (entry.seq !== index + 1 || (await sha256Hex(signedText(previous, entry))) !== entry.hash) return index;
    previous = entry.hash;
  }
  return entries.length;
}

/** The chains that need a key: every importer profile's and the broker's, minus those that have one. */
async function unkeyedChains(db: CustomsDatabase): Promise<string[]> {
  const transaction = db.transaction(['profiles', 'auditKeys']);
  const keyed = new Set(await transaction.objectStore('auditKeys').getAllKeys());
  const chains = [BROKER_AUDIT_CHAIN, ...(await transaction.objectStore('profiles').getAllKeys())];
  return chains.filter((chainId) => !keyed.has(chainId));
}

async function sealChain(db: CustomsDatabase, chainId: string, now: Date): Promise<void> {
  const values = await db.getAll('auditLog', keysUnder(chainId));
  const entries = values.map((value) => parseStored(auditEntryRecord, value, `audit log entry ${value?.seq ?? '?'} of ${chainId}`));
  const { key, head } = await newAuditChainRecords(chainId, now);
  const intact = await legacyIntactCount(entries);
  const drafts: AuditDraft[] = entries.slice(0, intact).map(({ time, profileId, action, object }) => ({ time, profileId, action, object }));
  const resigned = await chainAuditEntries(key.key, CHAIN_START, drafts);
  const kept = entries.slice(intact);
  const last: ChainEnd = kept[kept.length - 1] ?? resigned[resigned.length - 1] ?? head;
  const signedHead = await signChainHead(key.key, chainId, last);

  await runWrite(db, ['auditLog', 'auditKeys', 'auditHeads'], `the keyed audit log of ${chainId}`, async (transaction) => {
    // Another page or the worker, opening the database at the same moment, sealed it first.
    if ((await transaction.objectStore('auditKeys').count(chainId)) > 0) return;
    const log = transaction.objectStore('auditLog');
    if ((await log.count(keysUnder(chainId))) !== entries.length) return;
    await Promise.all(resigned.map((entry) => log.put(entry, [chainId, entry.seq])));
    await transaction.objectStore('auditKeys').add(key);
    await transaction.objectStore('auditHeads').put({ chainId, ...signedHead });
  });
}

/** Give every chain without a key its key and head, signing its old entries afresh; returns the chain ids sealed. */
export async function sealLegacyAuditChains(db: CustomsDatabase, now: Date = new Date()): Promise<string[]> {
  // Only a test opening the database at an older schema on purpose has no key store.
  if (!db.objectStoreNames.contains('auditKeys')) return [];
  const chains = await unkeyedChains(db);
  for (const chainId of chains) await sealChain(db, chainId, now);
  return chains;
}
