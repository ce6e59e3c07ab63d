import type { MappingOverrides } from '../../core/mapping/column-mapping';
import type { ClassificationMaster } from '../../core/master/classification-master';
import { startValidation, type ValidationReport } from '../../core/validate';
import type { ProfileStore, ScanInfo } from '../storage';
import { validateOptionsFor } from './scan-options';
import { validateInSlices } from './validation-slices';

export interface ScanProgress {
  phase: 'validating';
  rowsDone: number;
  rowsTotal: number;
}

export class ScanIncompleteError extends Error {}

/**
 * Validate the rows a scan has received and store the report, in slices so the worker stays
 * responsive. Everything it needs is in IndexedDB, so a worker restarted after the last chunk
 * arrived can call it again. `mapping` replaces the site's column mapping (a user's correction);
 * `master` is the team's approved classifications (lib/extension/sync); finishing a complete scan
 * again replaces its report.
 */
export async function finishScan(
  store: ProfileStore,
  scanId: string,
  options: { mapping?: MappingOverrides; master?: ClassificationMaster | null; onProgress?: (progress: ScanProgress) => void } = {},
): Promise<{ scan: ScanInfo; report: ValidationReport }> {
  const received = await store.readReceivedRows(scanId);
  if (received.nextStartRow < received.scan.rowCount) {
    throw new ScanIncompleteError(`Scan ${scanId} has ${received.nextStartRow} of ${received.scan.rowCount} rows.`);
  }
  const source = received.scan.source;
  const validateOptions = { ...(await validateOptionsFor(store, source.kind === 'page' ? source.url : null)), master: options.master ?? null };
  const run = startValidation(received.table, options.mapping ? { ...validateOptions, mapping: options.mapping } : validateOptions);
  await validateInSlices(run, (rowsDone, rowsTotal) => options.onProgress?.({ phase: 'validating', rowsDone, rowsTotal }));
  const report = run.report();
  return { scan: await store.completeScan(scanId, report), report };
}

/**
 * Scans whose rows all arrived but which were never completed: the worker was stopped between
 * the last chunk and the report. The worker finishes them on start-up so no scan is lost.
 */
export async function interruptedScans(store: ProfileStore): Promise<string[]> {
  return (await store.listScans()).filter((scan) => scan.status === 'reading' && scan.receivedRows >= scan.rowCount).map((scan) => scan.id);
}
