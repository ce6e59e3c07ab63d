import type { CustomsDatabase } from './database-schema';
import { profileAuditChain, writeAudited } from './audit-log';
import { listProfiles } from './importer-profiles';
import { parseStored } from './parse-stored';
import { removeLeftoverProfileData } from './profile-data';
import { deleteScanRecords, SCAN_STORES, scansOfProfile } from './scan-records';
import { scanRecord } from './stored-records';

/** Scan results are kept only as long as each importer profile's retention period says. */

export interface PurgedScan {
  profileId: string;
  scanId: string;
  createdAt: string;
}

export interface PurgeReport {
  /** Scans older than their profile's retentionDays, now deleted. */
  expiredScans: PurgedScan[];
  /** Deleted profiles whose leftover (already unreadable) data was removed. */
  leftoverProfiles: string[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Delete every scan started more than its profile's retentionDays (or the policy maximum, if
 * lower) before `now`, recording a
 * "purge" entry per scan in that profile's audit log. Meant for a daily alarm and start-up.
 */
export async function purgeExpiredScans(db: CustomsDatabase, now: Date, options: { maxRetentionDays?: number } = {}): Promise<PurgeReport> {
  const expiredScans: PurgedScan[] = [];
  for (const profile of await listProfiles(db)) {
    // An administrator's maximum (enterprise policy) caps what the profile asks for.
    const days = Math.min(profile.retentionDays, options.maxRetentionDays ?? profile.retentionDays);
    const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
    const values = await db.getAllFromIndex('scans', 'byProfileTime', scansOfProfile(profile.id, cutoff));
    if (values.length === 0) continue;
    const expired = values.map((value) => parseStored(scanRecord, value, `scan ${value.id}`));
    const events = expired.map((scan) => ({ action: 'purge' as const, object: scan.id }));
    await writeAudited(db, profileAuditChain(profile.id), events, now, {
      stores: SCAN_STORES,
      what: `the removal of expired scans of importer profile "${profile.name}"`,
      work: async (transaction) => {
        for (const scan of expired) await deleteScanRecords(transaction, scan.id);
      },
    });
    expiredScans.push(...expired.map((scan) => ({ profileId: profile.id, scanId: scan.id, createdAt: scan.createdAt })));
  }
  return { expiredScans, leftoverProfiles: await removeLeftoverProfileData(db) };
}
