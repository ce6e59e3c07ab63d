import type { MappingOverrides } from '../../core/mapping/column-mapping';
import { type CustomsDatabase, getProfile, type ProfileStore, ProfileNotFoundError, type ScanInfo, updateProfile } from '../storage';
import { startValidation, type ValidationReport } from '../../core/validate';
import { siteOf, validateOptionsFor } from './scan-options';

/**
 * Check a stored scan again with a corrected column mapping. For page scans the correction is
 * kept for the page's site, so the next scan there maps the same way; the scan's report is
 * replaced. The rows come from the scan's own stored (encrypted) chunks.
 */
export async function rerunWithMapping(
  db: CustomsDatabase,
  store: ProfileStore,
  scanId: string,
  overrides: MappingOverrides,
): Promise<{ scan: ScanInfo; report: ValidationReport }> {
  const received = await store.readReceivedRows(scanId);
  const source = received.scan.source;
  const url = source.kind === 'page' ? source.url : null;
  const site = url ? siteOf(url) : null;
  if (site) {
    const profile = await getProfile(db, store.profileId);
    if (!profile) throw new ProfileNotFoundError(store.profileId);
    await updateProfile(db, store.profileId, { siteMappings: { ...profile.siteMappings, [site]: overrides } });
  }
  const options = { ...(await validateOptionsFor(store, url)), mapping: overrides };
  const run = startValidation(received.table, options);
  run.advance(Number.POSITIVE_INFINITY);
  const report = run.report();
  return { scan: await store.completeScan(scanId, report), report };
}
