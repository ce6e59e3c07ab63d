import { describe, expect, it } from 'vitest';
import { finishScan, type ScanProgress } from '../../../../lib/extension/scan/finish-scan';
import { createProfile, openProfileStore, type ProfileStore } from '../../../../lib/extension/storage';
import { CATALOG_HEADERS, catalogRows, freshDatabase } from '../storage/storage-fixture';

/** Wait for `condition`, polling; gives up after a generous while so a failure ends the test. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1_000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('finishing a scan', () => {
  it('tells every row validated while the report is sealed and stored, not the last count told while validating', async () => {
    const db = await freshDatabase();
    const store = await openProfileStore(db, (await createProfile(db, { name: 'Acme Imports' })).id);
    const scan = await store.startScan({ source: { kind: 'file', fileName: 'invoice-4471.csv' }, headers: CATALOG_HEADERS, totalRows: 40 });
    await store.appendScanRows(scan.id, { startRow: 0, rows: catalogRows(40) });

    const told: ScanProgress[] = [];
    let toldWhileStoring: ScanProgress | undefined;
    // Storing waits for the next progress told on the worker's clock, as a large report's storing outlasts it.
    const slowToStore: ProfileStore = {
      ...store,
      completeScan: async (scanId, report) => {
        const before = told.length;
        await until(() => told.length > before);
        toldWhileStoring = told.at(-1);
        return store.completeScan(scanId, report);
      },
    };
    await finishScan(slowToStore, scan.id, { onProgress: (progress) => told.push(progress) });
    expect(toldWhileStoring).toEqual({ phase: 'validating', rowsDone: 40, rowsTotal: 40 });
  });
});
