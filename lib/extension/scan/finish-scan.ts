import type { ProfileStore, ScanInfo } from '../storage';
import { startValidation, type ValidationReport } from '../../core/validate';
import { validateOptionsFor } from './scan-options';

/** Rows checked between pauses: small enough that the worker answers messages in between. */
export const VALIDATION_SLICE_ROWS = 2_000;

export interface ScanProgress {
  phase: 'reading' | 'validating' | 'done';
  rowsDone: number;
  rowsTotal: number;
}

export class ScanIncompleteError extends Error {}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Validate the rows a scan has received and store the report. Everything it needs is in
 * IndexedDB, so a worker restarted after the last chunk arrived can call it again.
 */
export async function finishScan(
  store: ProfileStore,
  scanId: string,
  onProgress: (progress: ScanProgress) => void = () => {},
): Promise<{ scan: ScanInfo; report: ValidationReport }> {
  const received = await store.readReceivedRows(scanId);
  if (received.nextStartRow < received.scan.rowCount) {
    throw new ScanIncompleteError(`Scan ${scanId} has ${received.nextStartRow} of ${received.scan.rowCount} rows.`);
  }
  const source = received.scan.source;
  const options = await validateOptionsFor(store, source.kind === 'page' ? source.url : null);
  const run = startValidation(received.table, options);
  while (!run.advance(VALIDATION_SLICE_ROWS)) {
    onProgress({ phase: 'validating', rowsDone: run.rowsDone, rowsTotal: run.rowCount });
    await pause();
  }
  const report = run.report();
  const scan = await store.completeScan(scanId, report);
  onProgress({ phase: 'done', rowsDone: run.rowCount, rowsTotal: run.rowCount });
  return { scan, report };
}

/**
 * Scans whose rows all arrived but which were never completed: the worker was stopped between
 * the last chunk and the report. Finished on start-up so no scan is lost.
 */
export async function finishInterruptedScans(store: ProfileStore): Promise<string[]> {
  const finished: string[] = [];
  for (const scan of await store.listScans()) {
    if (scan.status === 'reading' && scan.receivedRows >= scan.rowCount) {
      await finishScan(store, scan.id);
      finished.push(scan.id);
    }
  }
  return finished;
}
