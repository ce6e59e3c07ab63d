import { ROWS_PER_CHUNK } from '../messaging/messages';
import { readCatalogFile } from '../../core/read/read-catalog';
import type { ProfileStore, ScanInfo } from '../storage';
import type { ValidationReport } from '../../core/validate';
import { finishScan, type ScanProgress } from './finish-scan';

/**
 * Check a catalog file the user dropped on the results page: read it (a CatalogReadError says
 * what is wrong and where), store its rows like a page scan's, validate, store the report.
 */
export async function checkCatalogFile(
  store: ProfileStore,
  file: { name: string; bytes: Uint8Array },
  onProgress?: (progress: ScanProgress) => void,
): Promise<{ scan: ScanInfo; report: ValidationReport }> {
  const table = readCatalogFile(file.bytes, file.name);
  const scan = await store.startScan({ source: { kind: 'file', fileName: file.name }, headers: table.headers, totalRows: table.rows.length });
  for (let start = 0; start < table.rows.length; start += ROWS_PER_CHUNK) {
    await store.appendScanRows(scan.id, { startRow: start, rows: table.rows.slice(start, start + ROWS_PER_CHUNK) });
    onProgress?.({ phase: 'reading', rowsDone: Math.min(start + ROWS_PER_CHUNK, table.rows.length), rowsTotal: table.rows.length });
  }
  return finishScan(store, scan.id, onProgress);
}
