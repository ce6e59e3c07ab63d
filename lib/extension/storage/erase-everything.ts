import { brokerAuditChain } from './audit-log';
import { CHAIN_START, chainAuditEntries, signChainHead } from './audit-chain';
import { newAuditChainRecords } from './audit-keys';
import { PROFILE_DATA_STORES } from './profile-data';
import type { CustomsDatabase } from './database-schema';
import { type Clock, systemClock } from './profile-context';
import { runWrite } from './write-transaction';

/**
 * Delete every importer profile, key, scan, schedule, audit entry and setting. The keys go
 * in a transaction of their own first (crypto-shredding), then the rest. The broker log then
 * starts again with one "delete-all" entry, so the erasure itself is on record.
 */
export async function deleteEverything(db: CustomsDatabase, clock: Clock = systemClock): Promise<void> {
  await runWrite(db, ['keys'], 'the deletion of the encryption keys', (transaction) => transaction.objectStore('keys').clear());
  // The broker log starts again under a new key: the old one goes with everything it signed.
  const now = clock();
  const chain = await newAuditChainRecords(brokerAuditChain.chainId, now);
  const [erased] = await chainAuditEntries(chain.key.key, CHAIN_START, [
    { time: now.toISOString(), profileId: brokerAuditChain.profileId, action: 'delete-all', object: 'everything' },
  ]);
  const head = await signChainHead(chain.key.key, brokerAuditChain.chainId, erased!);
  // Every store but the keys (already gone): the profiles, each profile's data, and the settings.
  const stores = ['profiles', ...PROFILE_DATA_STORES, 'settings'] as const;
  await runWrite(db, stores, 'the deletion of all stored data', async (transaction) => {
    await Promise.all(stores.map((name) => transaction.objectStore(name).clear()));
    await transaction.objectStore('auditKeys').add(chain.key);
    await transaction.objectStore('auditLog').add(erased!, [brokerAuditChain.chainId, erased!.seq]);
    await transaction.objectStore('auditHeads').put({ chainId: brokerAuditChain.chainId, ...head });
  });
}
