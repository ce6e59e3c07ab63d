import type { MappingOverrides } from '../../core/mapping/column-mapping';
import type { ClassificationMaster } from '../../core/master/classification-master';
import { startValidation, type ValidationReport } from '../../core/validate';
import { allRowsReceived, type ProfileStore, type ScanInfo } from '../storage';
import { validateOptionsFor } from './scan-options';
import { PROGRESS_EVERY_MS, validateInSlices } from './validation-slices';

export interface ScanProgress {
  phase: 'validating';
  rowsDone: number;
  rowsTotal: number;
}

export class ScanIncompleteError extends Error {}

/** How a scan's rows are validated: see finishScan. */
interface ValidationChoices {
  mapping?: MappingOverrides;
  master?: ClassificationMaster | null;
  rowsAtHand?: (rowCount: number) => string[][] | null;
}

/**
 * Validate the rows a scan has received and store the report, in slices so the worker stays
 * responsive. Everything it needs is in IndexedDB, so a worker restarted after the last chunk
 * arrived can call it again. `mapping` replaces the site's column mapping (a user's correction);
 * `master` is the team's approved classifications (lib/extension/sync); finishing a complete scan
 * again replaces its report. `rowsAtHand` are the rows as this worker stored them (RowsAtHand),
 * used instead of reading them back when they are all there.
 */
export async function finishScan(
  store: ProfileStore,
  scanId: string,
  options: ValidationChoices & { onProgress?: (progress: ScanProgress) => void } = {},
): Promise<{ scan: ScanInfo; report: ValidationReport }> {
  const rowsTotal = (await store.listScans()).find((scan) => scan.id === scanId)?.rowCount ?? 0;
  const progress = keepTelling({ phase: 'validating', rowsDone: 0, rowsTotal }, options.onProgress);
  try {
    const report = await validateReceivedRows(store, scanId, rowsTotal, options, (rowsDone, total) => progress.tell({ phase: 'validating', rowsDone, rowsTotal: total }));
    // Sealing and storing the report take a second or more of a large table: what the popup hears
    // meanwhile says every row is checked, not the last count told during the validation.
    progress.update({ phase: 'validating', rowsDone: rowsTotal, rowsTotal });
    return { scan: await store.completeScan(scanId, report), report };
  } finally {
    progress.stop();
  }
}

/**
 * The report of a scan's received rows. Its own function so that the rows (100,000 arrays of cells)
 * are garbage once it returns: sealing the report allocates tens of
 * megabytes, and a major GC with the rows still live as well held the worker 320–470 ms.
 */
async function validateReceivedRows(
  store: ProfileStore,
  scanId: string,
  rowsTotal: number,
  options: ValidationChoices,
  onProgress: (rowsDone: number, rowsTotal: number) => void,
): Promise<ValidationReport> {
  const received = await store.readReceivedRows(scanId, options.rowsAtHand?.(rowsTotal) ?? undefined);
  if (!allRowsReceived(received.scan) || received.nextStartRow < received.scan.rowCount) {
    throw new ScanIncompleteError(`Scan ${scanId} has ${received.nextStartRow} of ${received.scan.rowCount} rows.`);
  }
  const source = received.scan.source;
  const validateOptions = { ...(await validateOptionsFor(store, source.kind === 'page' ? source.url : null)), master: options.master ?? null };
  const run = startValidation(received.table, options.mapping ? { ...validateOptions, mapping: options.mapping } : validateOptions);
  await validateInSlices(run, onProgress);
  return run.report();
}

/**
 * Progress told at least every PROGRESS_EVERY_MS for the whole finish, not only while rows are
 * validated: reading 100,000 rows back and sealing their report take seconds too, and a popup
 * that hears nothing for a while cannot tell a busy worker from one Chrome stopped.
 */
function keepTelling(first: ScanProgress, onProgress: ((progress: ScanProgress) => void) | undefined) {
  let current = first;
  // One timer, set again at each telling: PROGRESS_EVERY_MS after the last one, the same is told
  // again. A clock checking every half of it told up to 1.5 times it apart; in bench:worker (6
  // alternating runs each, loaded machine) the longest wait between events went from 165–533 ms
  // (median 252) to 151–250 ms (median 184), the 90th percentile while finishing from 165–187 ms
  // to 134–177 ms. A small table is finished before the timer: only its "done" is sent.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tellAgainLater = () => {
    clearTimeout(timer);
    timer = setTimeout(() => tell(current), PROGRESS_EVERY_MS);
  };
  const tell = (progress: ScanProgress) => {
    current = progress;
    onProgress?.(progress);
    tellAgainLater();
  };
  tellAgainLater();
  /** What the next telling says, without telling it now (a small table's "done" follows at once). */
  const update = (progress: ScanProgress) => {
    current = progress;
  };
  return { tell, update, stop: () => clearTimeout(timer) };
}

/**
 * Scans whose rows all arrived but which were never completed: the worker was stopped between
 * the last chunk and the report. The worker finishes them on start-up so no scan is lost.
 */
export async function interruptedScans(store: ProfileStore): Promise<string[]> {
  return (await store.listScans()).filter((scan) => scan.status === 'reading' && allRowsReceived(scan)).map((scan) => scan.id);
}
