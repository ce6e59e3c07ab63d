import type { CustomsDatabase } from './database-schema';
import { parseStored } from './parse-stored';
import { ProfileNotFoundError } from './storage-errors';
import { profileKeyRecord } from './stored-records';
import type { ReadWriteTransaction } from './write-transaction';

/** Where "now" comes from; injected so retention and audit times can be tested. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** Everything a profile-scoped operation needs; built once by openProfileStore. */
export interface ProfileContext {
  readonly db: CustomsDatabase;
  readonly profileId: string;
  /** The profile's AES-GCM key, loaded once when the store is opened. */
  readonly key: CryptoKey;
  readonly clock: Clock;
}

export async function loadProfileKey(db: CustomsDatabase, profileId: string): Promise<CryptoKey> {
  const record = await db.get('keys', profileId);
  if (record === undefined) throw new ProfileNotFoundError(profileId);
  return parseStored(profileKeyRecord, record, `encryption key of importer profile ${profileId}`).key;
}

/**
 * Refuse a write for a profile whose key is gone. A store opened before the profile was
 * deleted (in another page, say) still holds the key in memory; without this check it
 * would write data nobody can read again and nothing would ever remove.
 */
export async function assertProfileLive(transaction: ReadWriteTransaction, profileId: string): Promise<void> {
  if ((await transaction.objectStore('keys').count(profileId)) === 0) throw new ProfileNotFoundError(profileId);
}
