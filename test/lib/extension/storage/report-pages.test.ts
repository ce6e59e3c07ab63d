import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../lib/core/model/finding';
import type { ValidationReport } from '../../../../lib/core/validate';
import { createProfile } from '../../../../lib/extension/storage/importer-profiles';
import { openProfileStore } from '../../../../lib/extension/storage/profile-store';
import { FINDINGS_PER_PAGE } from '../../../../lib/extension/storage/report-pages';
import { catalogReport, everythingStoredAsText, freshDatabase, PAGE_SOURCE, CATALOG_HEADERS, rawRecords } from './storage-fixture';

/** The small catalog's report with `count` findings about rows that each carry a searchable value. */
function reportWithFindings(count: number): ValidationReport {
  const report = catalogReport(3);
  const findings: Finding[] = Array.from({ length: count }, (_, i) => ({
    ruleId: 'hts-format',
    severity: i % 3 === 0 ? 'error' : 'warning',
    row: i + 1,
    field: 'hts',
    column: 'HTS Code',
    value: `CELLVALUE-${i}`,
    message: `Finding number ${i}.`,
  }));
  return { ...report, rowCount: count, findings };
}

async function completedScan(report: ValidationReport) {
  const db = await freshDatabase();
  const profile = await createProfile(db, { name: 'Acme Imports' });
  const store = await openProfileStore(db, profile.id);
  const scan = await store.startScan({ source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: report.rowCount });
  await store.completeScan(scan.id, report);
  return { db, store, scanId: scan.id };
}

describe('a report stored in pages of findings', () => {
  it('reads back equal, in order, from as many pages as its findings fill', async () => {
    const report = reportWithFindings(FINDINGS_PER_PAGE * 2 + 7);
    const { db, store, scanId } = await completedScan(report);
    expect(await rawRecords(db, 'scanFindingPages')).toHaveLength(3);
    expect((await store.getScan(scanId)).report).toEqual(report);
    // Every page is sealed: no cell value or message is stored in clear.
    const stored = await everythingStoredAsText(db);
    expect(stored).not.toContain('CELLVALUE-');
    expect(stored).not.toContain('Finding number');
  });

  it('a report without findings has no pages', async () => {
    const report = reportWithFindings(0);
    const { db, store, scanId } = await completedScan(report);
    expect(await rawRecords(db, 'scanFindingPages')).toEqual([]);
    expect((await store.getScan(scanId)).report).toEqual(report);
  });

  it('completing again replaces every page, leaving none of the longer report behind', async () => {
    const { db, store, scanId } = await completedScan(reportWithFindings(FINDINGS_PER_PAGE * 3));
    const shorter = reportWithFindings(5);
    await store.completeScan(scanId, shorter);
    expect(await rawRecords(db, 'scanFindingPages')).toHaveLength(1);
    expect((await store.getScan(scanId)).report).toEqual(shorter);
  });

  it('deleting the scan deletes its pages', async () => {
    const { db, store, scanId } = await completedScan(reportWithFindings(FINDINGS_PER_PAGE + 1));
    await store.deleteScan(scanId);
    expect(await rawRecords(db, 'scanFindingPages')).toEqual([]);
  });

  it('a page moved to another scan does not open', async () => {
    const { db, store, scanId } = await completedScan(reportWithFindings(FINDINGS_PER_PAGE + 1));
    const [first, second] = (await rawRecords(db, 'scanFindingPages')) as { page: number }[];
    // Swap the two pages' contents: each is bound to its own place by the seal.
    await db.put('scanFindingPages', { ...first!, page: 1 } as never);
    await db.put('scanFindingPages', { ...second!, page: 0 } as never);
    await expect(store.getScan(scanId)).rejects.toThrow(/findings page 1 of 2/);
  });
});
