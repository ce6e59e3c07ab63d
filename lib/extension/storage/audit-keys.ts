import type { CustomsDatabase } from './database-schema';
import { parseStored } from './parse-stored';
import { type AuditHeadRecord, type AuditKeyRecord, auditHeadRecord, auditKeyRecord } from './stored-records';
import { CHAIN_START, type ChainHead, signChainHead } from './audit-chain';
import { runWrite } from './write-transaction';

/**
 * The key that signs an audit chain. HMAC-SHA-256, generated non-extractable in WebCrypto: code
 * that reads it from IndexedDB gets a handle that can sign and verify, never the key bytes. It is
 * kept in its own store (`auditKeys`), apart from the log (`auditLog`) and from the profile's
 * encryption key (`keys`), and one exists per chain: each importer profile's log and the broker log.
 */
const HMAC_SHA_256 = { name: 'HMAC', hash: 'SHA-256', length: 256 } as const;

export function createAuditKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey(HMAC_SHA_256, false, ['sign', 'verify']);
}

/** The records that start a chain: its key, and its head at the start (no entries yet). */
export async function newAuditChainRecords(chainId: string, now: Date): Promise<{ key: AuditKeyRecord; head: AuditHeadRecord }> {
  const key = await createAuditKey();
  return {
    key: { chainId, key, createdAt: now.toISOString() },
    head: { chainId, ...(await signChainHead(key, chainId, CHAIN_START)) },
  };
}

export async function readAuditKey(db: CustomsDatabase, chainId: string): Promise<CryptoKey | null> {
  const value = await db.get('auditKeys', chainId);
  return value === undefined ? null : parseStored(auditKeyRecord, value, `audit log key of ${chainId}`).key;
}

export async function readAuditHead(db: CustomsDatabase, chainId: string): Promise<ChainHead | null> {
  const value = await db.get('auditHeads', chainId);
  if (value === undefined) return null;
  const { seq, hash, mac } = parseStored(auditHeadRecord, value, `end of the audit log of ${chainId}`);
  return { seq, hash, mac };
}

/**
 * The chain's key, made now when it has none (a chain started before keys existed is sealed
 * when the database opens, see audit-migration.ts; this covers a key that went missing). Two
 * connections making one at once: `add` lets the first win and the second reads it back.
 */
export async function auditKeyFor(db: CustomsDatabase, chainId: string, now: Date): Promise<CryptoKey> {
  const existing = await readAuditKey(db, chainId);
  if (existing) return existing;
  const { key } = await newAuditChainRecords(chainId, now);
  try {
    await runWrite(db, ['auditKeys'], 'the key of the audit log', (transaction) => transaction.objectStore('auditKeys').add(key));
  } catch (error) {
    if ((error as { name?: unknown }).name !== 'ConstraintError') throw error;
  }
  return (await readAuditKey(db, chainId))!;
}
