import type { MappingOverrides } from '../../core/mapping/column-mapping';
import { type CustomsDatabase, getProfile, type ProfileStore, ProfileNotFoundError, updateProfile } from '../storage';
import { siteOf } from './scan-options';

/**
 * A user's correction of the column mapping, kept for the page's site so the next scan there
 * maps the same way (files have no site: the correction applies to the re-run only). The scan is
 * then finished again with the correction by the pipeline, from its own stored (encrypted) rows.
 */
export async function keepSiteMapping(db: CustomsDatabase, store: ProfileStore, scanId: string, overrides: MappingOverrides): Promise<void> {
  const { scan } = await store.getScan(scanId);
  const site = scan.source.kind === 'page' ? siteOf(scan.source.url) : null;
  if (!site) return;
  const profile = await getProfile(db, store.profileId);
  if (!profile) throw new ProfileNotFoundError(store.profileId);
  await updateProfile(db, store.profileId, { siteMappings: { ...profile.siteMappings, [site]: overrides } });
}
