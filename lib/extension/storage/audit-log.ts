import { z } from 'zod';
import { BROKER_AUDIT_CHAIN, type CustomsDatabase, keysUnder, type StoreName } from './database-schema';
import { chainAuditEntries } from './audit-chain';
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
 * Run `work` and append `events` to the chain in the same transaction, so a deletion and
 * its audit entry are stored together or not at all. Entries are hashed before the
 * transaction (SHA-256 is async); `add` then refuses a seq another connection took
 * meanwhile, and the whole write is tried again on the new end of the log.
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
    for (let attempt = 1; ; attempt++) {
      const entries = await chainAuditEntries(await lastAuditEntry(db, chain), drafts);
      try {
        return await runWrite(db, [...write.stores, 'auditLog'], write.what, async (transaction) => {
          const result = await write.work(transaction);
          const log = transaction.objectStore('auditLog');
          await Promise.all(entries.map((entry) => log.add(entry, [chain.chainId, entry.seq])));
          return result;
        });
      } catch (error) {
        if ((error as { name?: unknown }).name !== 'ConstraintError' || attempt >= MAX_APPEND_ATTEMPTS) throw error;
      }
    }
  });
}

export function appendAuditEvents(db: CustomsDatabase, chain: AuditChain, events: readonly AuditEvent[], time: Date): Promise<void> {
  return writeAudited(db, chain, events, time, { stores: [], what: 'an audit log entry', work: async () => {} });
}
