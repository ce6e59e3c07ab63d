import { activeProfile } from '../scan/active-profile';
import { type CustomsDatabase, openCustomsDatabase, openProfileStore, type ProfileStore } from '../storage';

let database: Promise<CustomsDatabase> | undefined;

/** The pages' connection to the scan-results database (one per page). */
export function pageDatabase(): Promise<CustomsDatabase> {
  return (database ??= openCustomsDatabase());
}

/** The store of the profile the user works in; pages never see another profile's data. */
export async function activeProfileStore(): Promise<ProfileStore> {
  const db = await pageDatabase();
  return openProfileStore(db, (await activeProfile(db)).id);
}
