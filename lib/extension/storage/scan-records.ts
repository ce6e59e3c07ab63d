import { keysUnder } from './database-schema';
import { parseStored } from './parse-stored';
import { ScanNotFoundError } from './storage-errors';
import { type ScanInfo, type ScanRecord, type ScanSource, scanRecord } from './stored-records';
import type { ReadWriteTransaction } from './write-transaction';

/** Scan record access shared by reading, results and retention. */

/**
 * The stored scan `value` (as read by id) if it belongs to the profile. Another profile's
 * scan is reported exactly like a missing one, so a profile cannot even learn that the id exists.
 */
export function ownScanRecord(value: unknown, profileId: string, scanId: string): ScanRecord {
  if (value === undefined || (value as { profileId?: unknown }).profileId !== profileId) throw new ScanNotFoundError(scanId);
  return parseStored(scanRecord, value, `scan ${scanId}`);
}

/** The listing view of a scan: metadata only, the sealed headers left out. */
export function scanInfo(record: ScanRecord): ScanInfo {
  const { headers: _sealedHeaders, ...info } = record;
  return info;
}

/** What the filer knows a catalog by: the file name or the page's address. */
export function scanSourceName(source: ScanSource): string {
  return source.kind === 'file' ? source.fileName : source.url;
}

/** The stores holding a scan's records: a transaction that deletes scans needs them all. */
export const SCAN_STORES = ['scans', 'scanFindings', 'scanFindingPages', 'scanChunks', 'scanFixes', 'scanSync'] as const;

/** A scan goes with its findings, its received rows, its accepted fixes and its sync state; none of them outlives the others. */
export async function deleteScanRecords(transaction: ReadWriteTransaction, scanId: string): Promise<void> {
  await Promise.all([
    transaction.objectStore('scans').delete(scanId),
    transaction.objectStore('scanFindings').delete(scanId),
    transaction.objectStore('scanFindingPages').delete(keysUnder(scanId)),
    transaction.objectStore('scanChunks').delete(keysUnder(scanId)),
    transaction.objectStore('scanFixes').delete(scanId),
    transaction.objectStore('scanSync').delete(scanId),
  ]);
}

/** The profile's scans in the order they were started; a range over the byProfileTime index. */
export function scansOfProfile(profileId: string, before?: string): IDBKeyRange {
  return before === undefined
    ? IDBKeyRange.bound([profileId, ''], [profileId, '\uffff'])
    : IDBKeyRange.bound([profileId, ''], [profileId, before], false, true);
}
