import type { AuditEntry } from './stored-records';

/**
 * The keyed chain that makes the audit log tamper-evident. Each entry carries an HMAC-SHA-256,
 * under the chain's own non-extractable key (audit-keys.ts), over the previous entry's MAC and
 * the entry itself; where the log ends is recorded apart from it (the chain head). So an edited,
 * reordered or removed entry breaks every MAC after it, a cut-off end no longer meets the head,
 * and nobody without the key can compute MACs that fit again. Pure functions; audit-log.ts
 * stores the entries and the head.
 */

/** The "previous MAC" of a log's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export type AuditDraft = Omit<AuditEntry, 'seq' | 'hash'>;

/** Where a chain ends: its last entry's number and MAC; seq 0 and GENESIS_HASH for an empty log. */
export interface ChainEnd {
  seq: number;
  hash: string;
}
export const CHAIN_START: ChainEnd = { seq: 0, hash: GENESIS_HASH };

/**
 * The chain head as stored: where the log ends, signed. Every entry's MAC is in the log in clear,
 * so an unsigned head could be moved back onto an earlier entry after cutting off the ones
 * after it; a signed one names only the end it was written for.
 */
export interface ChainHead extends ChainEnd {
  mac: string;
}

/** JSON with object keys sorted, so the same entry always signs the same whatever built it. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What an entry's MAC is computed over: the previous MAC, then the entry's canonical JSON. */
export function signedText(previousHash: string, entry: Omit<AuditEntry, 'hash'>): string {
  const { seq, time, profileId, action, object } = entry;
  return previousHash + canonicalJson({ seq, time, profileId, action, object });
}

const hex = (bytes: ArrayBuffer): string => Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');

export async function auditEntryMac(key: CryptoKey, previousHash: string, entry: Omit<AuditEntry, 'hash'>): Promise<string> {
  return hex(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(signedText(previousHash, entry))));
}

/** Sign where a chain ends. The text starts with "head", so no entry's MAC can stand in for it. */
export async function signChainHead(key: CryptoKey, chainId: string, end: ChainEnd): Promise<ChainHead> {
  const text = `head\u0000${chainId}\u0000${end.seq}\u0000${end.hash}`;
  return { seq: end.seq, hash: end.hash, mac: hex(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(text))) };
}

/** Number and sign the drafts as the entries that follow `previous`. */
export async function chainAuditEntries(key: CryptoKey, previous: ChainEnd, drafts: readonly AuditDraft[]): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let { seq, hash } = previous;
  for (const draft of drafts) {
    seq++;
    hash = await auditEntryMac(key, hash, { ...draft, seq });
    entries.push({ ...draft, seq, hash });
  }
  return entries;
}

export type AuditChainCheck =
  | { intact: true; entries: number }
  | { intact: false; seq: number; problem: string };

/**
 * Check a whole log, given in seq order, against its key and its head: the first entry that is
 * missing, altered or out of place is named, and so is an end that was cut off. A log without
 * its key or head cannot be vouched for, and says so.
 */
export async function verifyAuditChain(
  key: CryptoKey | null,
  chainId: string,
  entries: readonly AuditEntry[],
  head: ChainHead | null,
): Promise<AuditChainCheck> {
  if (!key) return { intact: false, seq: 1, problem: 'the key that signs this log is missing, so no entry in it can be trusted' };
  let previous = CHAIN_START;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    const expectedSeq = index + 1;
    if (entry.seq !== expectedSeq) {
      return { intact: false, seq: expectedSeq, problem: `entry ${expectedSeq} is missing or out of place (entry ${entry.seq} is in its place)` };
    }
    if ((await auditEntryMac(key, previous.hash, entry)) !== entry.hash) {
      return { intact: false, seq: entry.seq, problem: `entry ${entry.seq} was altered or moved, or an entry before it was` };
    }
    previous = entry;
  }
  if (!head) return { intact: false, seq: previous.seq + 1, problem: 'the record of where the log ends is missing, so entries at its end may have been removed' };
  if ((await signChainHead(key, chainId, head)).mac !== head.mac) {
    return { intact: false, seq: Math.min(head.seq, previous.seq) + 1, problem: 'the record of where the log ends was altered, so entries at its end may have been removed' };
  }
  if (head.seq > previous.seq) {
    const removed = head.seq === previous.seq + 1 ? `entry ${head.seq}` : `entries ${previous.seq + 1}–${head.seq}`;
    return { intact: false, seq: previous.seq + 1, problem: `${removed} at the end of the log ${head.seq === previous.seq + 1 ? 'was' : 'were'} removed` };
  }
  if (head.seq !== previous.seq || head.hash !== previous.hash) {
    return { intact: false, seq: head.seq, problem: `the log does not end where it was last written (entry ${head.seq})` };
  }
  return { intact: true, entries: entries.length };
}
