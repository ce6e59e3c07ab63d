import { type FindingSummary, FindingTally } from '../../core/report/summary';
import type { Finding } from '../../core/model/finding';
import type { ValidationReport } from '../../core/validate';
import { profileAuditChain, writeAudited } from './audit-log';
import { parseStored } from './parse-stored';
import type { ProfileContext } from './profile-context';
import { deleteScanRecords, ownScanRecord, SCAN_STORES, scanInfo, scanSourceName, scansOfProfile } from './scan-records';
import { openReport, sealReport } from './report-pages';
import { nextFirstPage, storeSealedReport } from './report-writes';
import { type ScanInfo, type ScanRecord, scanFindingsRecord, scanRecord } from './stored-records';
import { workInTurns } from '../worker-turns';

/** Finished scans: their results, listing, and deletion. */

export interface ScanWithReport {
  scan: ScanInfo;
  /** Mapping, rules run and skipped, and findings; null while the scan is still reading. */
  report: ValidationReport | null;
}

/**
 * Store the scan's report (sealed in pages, report-pages.ts, written in batched transactions,
 * report-writes.ts) and mark it complete in the last of them: if the report cannot be written (a
 * full disk), the scan stays as it was ("reading", or complete with its earlier report) rather
 * than complete without findings. Completing again (after a mapping correction) replaces the report.
 */
export async function completeScan(ctx: ProfileContext, scanId: string, report: ValidationReport): Promise<ScanInfo> {
  const scan = ownScanRecord(await ctx.db.get('scans', scanId), ctx.profileId, scanId);
  const current = await ctx.db.get('scanFindings', scanId);
  const firstPage = nextFirstPage(current && parseStored(scanFindingsRecord, current, `results of scan ${scanId}`));
  const sealedReport = await sealReport(ctx, scanId, report, firstPage);
  const summary = await summarizeInTurns(report.findings);
  const what = `the results of scan ${scanId} (${scanSourceName(scan.source)})`;

  return storeSealedReport(ctx, scanId, sealedReport, { firstPage, what }, async (transaction) => {
    const scans = transaction.objectStore('scans');
    // A re-run (after a mapping correction) counts its own summary rows.
    const { summaryRowCount: _before, ...current } = ownScanRecord(await scans.get(scanId), ctx.profileId, scanId);
    const summaryRows = report.summaryRows?.length ?? 0;
    const completed: ScanRecord = {
      ...current,
      status: 'complete',
      completedAt: ctx.clock().toISOString(),
      rowCount: report.rowCount,
      summary,
      ...(summaryRows > 0 ? { summaryRowCount: summaryRows } : {}),
    };
    await scans.put(completed);
    return scanInfo(completed);
  });
}

/** How many findings are counted between two chances to pause (a few milliseconds of counting). */
const FINDINGS_PER_TALLY = 10_000;

/** summarize(), taking turns with the worker's other work (outside any transaction: see workInTurns). */
async function summarizeInTurns(findings: readonly Finding[]): Promise<FindingSummary> {
  const tally = new FindingTally();
  const turn = workInTurns();
  for (let start = 0; start < findings.length; start += FINDINGS_PER_TALLY) {
    await turn();
    tally.add(findings, start, start + FINDINGS_PER_TALLY);
  }
  return tally.summary();
}

/** The profile's scans, newest first, without their findings. */
export async function listScans(ctx: ProfileContext): Promise<ScanInfo[]> {
  const values = await ctx.db.getAllFromIndex('scans', 'byProfileTime', scansOfProfile(ctx.profileId));
  return values.reverse().map((value) => scanInfo(parseStored(scanRecord, value, `scan ${value.id}`)));
}

export async function getScan(ctx: ProfileContext, scanId: string): Promise<ScanWithReport> {
  const transaction = ctx.db.transaction(['scans', 'scanFindings', 'scanFindingPages']);
  const scan = ownScanRecord(await transaction.objectStore('scans').get(scanId), ctx.profileId, scanId);
  if (scan.status !== 'complete') return { scan: scanInfo(scan), report: null };
  const what = `results of scan ${scanId}`;
  const findings = parseStored(scanFindingsRecord, await transaction.objectStore('scanFindings').get(scanId), what);
  const pages = transaction.objectStore('scanFindingPages');
  const report = await openReport(ctx, scanId, findings, (page) => pages.get([scanId, page]), what);
  return { scan: scanInfo(scan), report };
}

/** The newest scan (or the newest complete one), with its report; null when there is none. */
export async function latestScan(ctx: ProfileContext, options: { completeOnly?: boolean } = {}): Promise<ScanWithReport | null> {
  const index = ctx.db.transaction('scans').store.index('byProfileTime');
  for (let cursor = await index.openCursor(scansOfProfile(ctx.profileId), 'prev'); cursor; cursor = await cursor.continue()) {
    if (!options.completeOnly || cursor.value.status === 'complete') return getScan(ctx, cursor.value.id);
  }
  return null;
}

export async function deleteScan(ctx: ProfileContext, scanId: string): Promise<void> {
  ownScanRecord(await ctx.db.get('scans', scanId), ctx.profileId, scanId);
  await writeAudited(ctx.db, profileAuditChain(ctx.profileId), [{ action: 'delete-scan', object: scanId }], ctx.clock(), {
    stores: SCAN_STORES,
    what: `the deletion of scan ${scanId}`,
    work: async (transaction) => {
      ownScanRecord(await transaction.objectStore('scans').get(scanId), ctx.profileId, scanId);
      await deleteScanRecords(transaction, scanId);
    },
  });
}

/** Delete every scan of the profile (its settings, schedule and audit log stay); returns how many. */
export async function deleteAllScans(ctx: ProfileContext): Promise<number> {
  return writeAudited(ctx.db, profileAuditChain(ctx.profileId), [{ action: 'delete-all', object: 'scans' }], ctx.clock(), {
    stores: SCAN_STORES,
    what: 'the deletion of all scans',
    work: async (transaction) => {
      const ids = await transaction.objectStore('scans').index('byProfile').getAllKeys(ctx.profileId);
      for (const id of ids) await deleteScanRecords(transaction, id);
      return ids.length;
    },
  });
}
