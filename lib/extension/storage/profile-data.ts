import { BROKER_AUDIT_CHAIN, type CustomsDatabase, keysUnder } from './database-schema';
import { runWrite, type ReadWriteTransaction } from './write-transaction';

/** The stores that hold data belonging to one importer profile (besides its record and key). */
export const PROFILE_DATA_STORES = [
  'scans',
  'scanFindings',
  'scanFindingPages',
  'scanChunks',
  'scanFixes',
  'scanSync',
  'schedules',
  'workspaceLinks',
  'classificationMasters',
  'auditLog',
  'auditKeys',
  'auditHeads',
] as const;

/** Remove everything stored for the profile except its record and key. */
export async function removeProfileData(transaction: ReadWriteTransaction, profileId: string): Promise<void> {
  const byProfile = ['scans', 'scanFindings', 'scanFindingPages', 'scanChunks', 'scanFixes', 'scanSync'] as const;
  for (const storeName of byProfile) {
    const store = transaction.objectStore(storeName);
    const keys = await store.index('byProfile').getAllKeys(profileId);
    await Promise.all(keys.map((key) => store.delete(key)));
  }
  await transaction.objectStore('schedules').delete(profileId);
  await transaction.objectStore('workspaceLinks').delete(profileId);
  await transaction.objectStore('classificationMasters').delete(IDBKeyRange.bound([profileId, ''], [profileId, '\uffff']));
  await transaction.objectStore('auditLog').delete(keysUnder(profileId));
  await transaction.objectStore('auditKeys').delete(profileId);
  await transaction.objectStore('auditHeads').delete(profileId);
}

/**
 * Profile ids that still own data but no longer have a key: a profile deletion destroys the
 * key first, and if the browser stopped before the data went, the (unreadable) rest stays
 * behind until this finds it.
 */
async function leftoverProfileIds(db: CustomsDatabase): Promise<string[]> {
  const owners = new Set<string>();
  const transaction = db.transaction(['scans', 'scanFindings', 'scanFindingPages', 'scanChunks', 'scanFixes', 'scanSync', 'schedules', 'workspaceLinks', 'auditLog', 'auditKeys', 'keys']);
  for (const storeName of ['scans', 'scanFindings', 'scanFindingPages', 'scanChunks', 'scanFixes', 'scanSync'] as const) {
    const index = transaction.objectStore(storeName).index('byProfile');
    for (let cursor = await index.openKeyCursor(null, 'nextunique'); cursor; cursor = await cursor.continue()) owners.add(cursor.key);
  }
  for (const profileId of await transaction.objectStore('schedules').getAllKeys()) owners.add(profileId);
  for (const profileId of await transaction.objectStore('workspaceLinks').getAllKeys()) owners.add(profileId);
  for (const chainId of await transaction.objectStore('auditKeys').getAllKeys()) owners.add(chainId);
  const log = transaction.objectStore('auditLog');
  // Audit keys are [chain, seq]: visit one key per chain by jumping past the rest of it.
  for (let cursor = await log.openKeyCursor(); cursor; cursor = await cursor.continue([cursor.key[0], Infinity])) owners.add(cursor.key[0]);

  const keys = new Set(await transaction.objectStore('keys').getAllKeys());
  return [...owners].filter((profileId) => !keys.has(profileId) && profileId !== BROKER_AUDIT_CHAIN);
}

/** Remove what interrupted profile deletions left behind; returns those profile ids. */
export async function removeLeftoverProfileData(db: CustomsDatabase): Promise<string[]> {
  const leftovers = await leftoverProfileIds(db);
  for (const profileId of leftovers) {
    await runWrite(db, PROFILE_DATA_STORES, `the removal of deleted profile ${profileId}'s data`, (transaction) =>
      removeProfileData(transaction, profileId),
    );
  }
  return leftovers;
}
