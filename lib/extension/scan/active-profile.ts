import { ensureDefaultProfile, getProfile, type ImporterProfile, listProfiles, readSetting } from '../storage';
import type { CustomsDatabase } from '../storage';

/**
 * The importer profile the user is working in: the one chosen in Options, or the first (the
 * default one is created on first use). The popup, results page and worker all ask this.
 */
export async function activeProfile(db: CustomsDatabase): Promise<ImporterProfile> {
  const chosen = await readSetting(db, 'activeProfileId');
  const profile = chosen ? await getProfile(db, chosen) : null;
  if (profile) return profile;
  const existing = await listProfiles(db);
  return existing[0] ?? ensureDefaultProfile(db);
}
