import type { AuditEntry } from './stored-records';

/**
 * The hash chain that makes the audit log tamper-evident: each entry's hash covers the
 * previous entry's hash and the entry itself, so editing or removing an entry breaks every
 * hash after it. Pure functions; audit-log.ts stores the entries.
 */

/** The "previous hash" of a log's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export type AuditDraft = Omit<AuditEntry, 'seq' | 'hash'>;

/** JSON with object keys sorted, so the same entry always hashes the same whatever built it. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export async function auditEntryHash(previousHash: string, entry: Omit<AuditEntry, 'hash'>): Promise<string> {
  const { seq, time, profileId, action, object } = entry;
  const text = previousHash + canonicalJson({ seq, time, profileId, action, object });
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Number and hash the drafts as the entries that follow `previous` (null for an empty log). */
export async function chainAuditEntries(
  previous: Pick<AuditEntry, 'seq' | 'hash'> | null,
  drafts: readonly AuditDraft[],
): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let seq = previous?.seq ?? 0;
  let hash = previous?.hash ?? GENESIS_HASH;
  for (const draft of drafts) {
    seq++;
    hash = await auditEntryHash(hash, { ...draft, seq });
    entries.push({ ...draft, seq, hash });
  }
  return entries;
}

export type AuditChainCheck =
  | { intact: true; entries: number }
  | { intact: false; seq: number; problem: string };

/** Check a whole log, given in seq order: the first entry that is missing or altered is named. */
export async function verifyAuditChain(entries: readonly AuditEntry[]): Promise<AuditChainCheck> {
  let previousHash = GENESIS_HASH;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    const expectedSeq = index + 1;
    if (entry.seq !== expectedSeq) {
      return { intact: false, seq: expectedSeq, problem: `entry ${expectedSeq} is missing (the next entry is ${entry.seq})` };
    }
    if ((await auditEntryHash(previousHash, entry)) !== entry.hash) {
      return { intact: false, seq: entry.seq, problem: `entry ${entry.seq} was altered, or an entry before it was` };
    }
    previousHash = entry.hash;
  }
  return { intact: true, entries: entries.length };
}
