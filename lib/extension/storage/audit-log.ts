import { z } from 'zod';
import { BROKER_AUDIT_CHAIN, type CustomsDatabase, keysUnder, type StoreName } from './database-schema';
import { type AuditChainCheck, CHAIN_START, type ChainEnd, chainAuditEntries, signChainHead, verifyAuditChain } from './audit-chain';
import { auditKeyFor, readAuditHead, readAuditKey } from './audit-keys';
import { parseInput, parseStored } from './parse-stored';
import { AUDIT_ACTIONS, type AuditAction, type AuditEntry, auditEntryRecord, MAX_AUDIT_OBJECT_LENGTH } from './stored-records';
import { type ReadWriteTransaction, runWrite } from './write-transaction';

/** Whose log an entry goes to: an importer profile's, or the broker-wide one (profileId null). */
export interface AuditChain {
  chainId: string;
  profileId: string | null;
}

export const brokerAuditChain: AuditChain = { chainId: BROKER_AUDIT_CHAIN, profileId: null };

export function profileAuditChain(profileId: string): AuditChain {
  return { chainId: profileId, profileId };
}

export interface AuditEvent {
  action: AuditAction;
  /** A scan id, file name or setting name: never catalog content. */
  object: string;
}

const auditEvent = z.object({
  action: z.enum(AUDIT_ACTIONS),
  // An absurdly long file name is cut rather than letting it stop the scan from being recorded.
  object: z.string().transform((object) => object.slice(0, MAX_AUDIT_OBJECT_LENGTH)),
});

/** The broker-wide log: profile deletions, erasing everything, global settings. */
export function readBrokerAuditLog(db: CustomsDatabase): Promise<AuditEntry[]> {
  return readAuditLog(db, brokerAuditChain);
}

export async function readAuditLog(db: CustomsDatabase, chain: AuditChain): Promise<AuditEntry[]> {
  const values = await db.getAll('auditLog', keysUnder(chain.chainId));
  return values.map((value) => parseStored(auditEntryRecord, value, `audit log entry ${value?.seq ?? '?'}`));
}

async function lastAuditEntry(db: CustomsDatabase, chain: AuditChain): Promise<AuditEntry | null> {
  const cursor = await db.transaction('auditLog').store.openCursor(keysUnder(chain.chainId), 'prev');
  return cursor ? parseStored(auditEntryRecord, cursor.value, `audit log entry ${String(cursor.key[1])}`) : null;
}

/**
 * Where the next entry goes: after the head. A head that has gone missing (it is written with
 * every append, so only a hand edit removes it) is replaced from the last entry, so logging goes
 * on; verification still reports the gap.
 */
async function chainEnd(db: CustomsDatabase, chain: AuditChain): Promise<ChainEnd> {
  return (await readAuditHead(db, chain.chainId)) ?? (await lastAuditEntry(db, chain)) ?? CHAIN_START;
}

/** Check a chain against its key and head (see verifyAuditChain). */
export async function verifyAuditLog(db: CustomsDatabase, chain: AuditChain): Promise<AuditChainCheck> {
  return verifyAuditChain(await readAuditKey(db, chain.chainId), chain.chainId, await readAuditLog(db, chain), await readAuditHead(db, chain.chainId));
}

/** The chain's end moved between reading it and writing after it: another connection appended. */
class ChainMoved extends Error {
  override name = 'ChainMoved';
}

/** Retries when another page or the worker appended to the same log between our read and write. */
const MAX_APPEND_ATTEMPTS = 10;

/**
 * Appends through one connection (one page, or the worker) run one after another per log, so
 * they never race each other; only appends from other connections can, and those retry.
 */
const appendQueues = new WeakMap<CustomsDatabase, Map<string, Promise<unknown>>>();

function oneAtATime<T>(db: CustomsDatabase, chainId: string, task: () => Promise<T>): Promise<T> {
  let queues = appendQueues.get(db);
  if (!queues) appendQueues.set(db, (queues = new Map()));
  const result = (queues.get(chainId) ?? Promise.resolve()).then(task);
  queues.set(chainId, result.catch(() => undefined));
  return result;
}

/**
 * Run `work` and append `events` to the chain in the same transaction, with the chain's new
 * head, so a deletion and its audit entry are stored together or not at all. Entries are signed
 * before the transaction (WebCrypto is async); inside it, a head another connection moved
 * meanwhile (or a seq it took) makes the whole write be tried again on the new end of the log.
 */
export async function writeAudited<T>(
  db: CustomsDatabase,
  chain: AuditChain,
  events: readonly AuditEvent[],
  time: Date,
  write: { stores: readonly StoreName[]; what: string; work: (transaction: ReadWriteTransaction) => Promise<T> },
): Promise<T> {
  const drafts = events.map((event) => ({ time: time.toISOString(), profileId: chain.profileId, ...parseInput(auditEvent, event, 'Audit event') }));
  return oneAtATime(db, chain.chainId, async () => {
    const key = await auditKeyFor(db, chain.chainId, time);
    for (let attempt = 1; ; attempt++) {
      const previous = await chainEnd(db, chain);
      const entries = await chainAuditEntries(key, previous, drafts);
      const last = entries[entries.length - 1];
      const newHead = last ? await signChainHead(key, chain.chainId, last) : null;
      try {
        return await runWrite(db, [...write.stores, 'auditLog', 'auditHeads'], write.what, async (transaction) => {
          const heads = transaction.objectStore('auditHeads');
          const head = await heads.get(chain.chainId);
          if (head !== undefined && (head.seq !== previous.seq || head.hash !== previous.hash)) throw new ChainMoved();
          const result = await write.work(transaction);
          const log = transaction.objectStore('auditLog');
          await Promise.all(entries.map((entry) => log.add(entry, [chain.chainId, entry.seq])));
          if (newHead) await heads.put({ chainId: chain.chainId, ...newHead });
          return result;
        });
      } catch (error) {
        const name = (error as { name?: unknown }).name;
        if ((name !== 'ConstraintError' && name !== 'ChainMoved') || attempt >= MAX_APPEND_ATTEMPTS) throw error;
      }
    }
  });
}

export function appendAuditEvents(db: CustomsDatabase, chain: AuditChain, events: readonly AuditEvent[], time: Date): Promise<void> {
  return writeAudited(db, chain, events, time, { stores: [], what: 'an audit log entry', work: async () => {} });
}
