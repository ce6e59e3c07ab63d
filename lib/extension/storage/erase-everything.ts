import { brokerAuditChain } from './audit-log';
import { chainAuditEntries } from './audit-chain';
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
  const [erased] = await chainAuditEntries(null, [
    { time: clock().toISOString(), profileId: brokerAuditChain.profileId, action: 'delete-all', object: 'everything' },
  ]);
  const stores = ['profiles', 'scans', 'scanFindings', 'scanChunks', 'scanFixes', 'schedules', 'auditLog', 'settings'] as const;
  await runWrite(db, stores, 'the deletion of all stored data', async (transaction) => {
    await Promise.all(stores.map((name) => transaction.objectStore(name).clear()));
    await transaction.objectStore('auditLog').add(erased!, [brokerAuditChain.chainId, erased!.seq]);
  });
}
