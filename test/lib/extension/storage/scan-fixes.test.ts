import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../../../lib/core/read/read-catalog';
import { validateTable } from '../../../../lib/core/validate';
import { createProfile } from '../../../../lib/extension/storage/importer-profiles';
import { openProfileStore, type ProfileStore } from '../../../../lib/extension/storage/profile-store';
import { purgeExpiredScans } from '../../../../lib/extension/storage/retention';
import { InvalidInputError, ScanNotFoundError } from '../../../../lib/extension/storage/storage-errors';
import { completedScan, everythingStoredAsText, freshDatabase, rawRecords, SECRET_SKU, testClock } from './storage-fixture';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url)));

/** A file check as the results page runs it: rows into the scan, the report, and the file's form kept. */
async function checkedFile(store: ProfileStore, path: string, fileName: string) {
  const bytes = fixture(path);
  const read = readCatalog(bytes, fileName);
  const scan = await store.startScan({ source: { kind: 'file', fileName }, headers: read.table.headers, totalRows: read.table.rows.length });
  await store.appendScanRows(scan.id, { startRow: 0, rows: read.table.rows });
  const report = validateTable(read.table, { checkDate: '2026-03-01' });
  await store.completeScan(scan.id, report);
  await store.fixes.keepSource(scan.id, { format: read.format, workbook: read.format.kind === 'xlsx' ? bytes : undefined });
  return { scan, report };
}

async function profileStore(clock = testClock()) {
  const db = await freshDatabase();
  const profile = await createProfile(db, { name: 'Acme Imports' }, clock.clock);
  return { db, store: await openProfileStore(db, profile.id, { clock: clock.clock }) };
}

describe('accepted fixes of a scan', () => {
  it('accepts one finding, then all of a rule, and builds the fixed workbook equal to --fix-out\'s', async () => {
    const { store } = await profileStore();
    const { scan, report } = await checkedFile(store, 'xlsx/libreoffice-catalog.xlsx', 'libreoffice-catalog.xlsx');
    const origin = report.findings.find((f) => f.ruleId === 'origin-invalid')!;
    expect(await store.fixes.acceptFinding(scan.id, origin)).toMatchObject([{ row: 2, column: 'Country of Origin', old: 'China', new: 'CN' }]);
    await store.fixes.acceptRule(scan.id, 'currency-invalid');
    await store.fixes.acceptRule(scan.id, 'value-mismatch');
    expect((await store.fixes.accepted(scan.id)).map((f) => f.ruleId)).toEqual(['origin-invalid', 'currency-invalid', 'value-mismatch']);

    const fixed = await store.fixes.buildFixedCatalog(scan.id);
    expect(fixed.fileName).toBe('libreoffice-catalog.fixed.xlsx');
    expect(fixed.changeLogName).toBe('libreoffice-catalog.fixed.changes.csv');
    expect(Buffer.from(fixed.bytes).equals(Buffer.from(fixture('fixed/libreoffice-catalog.fixed.xlsx')))).toBe(true);
    // The change log lists the cells in row order, as the command line's does.
    expect(fixed.changeLog).toBe(readFileSync(new URL('../../../fixtures/fixed/libreoffice-catalog.fixed.changes.csv', import.meta.url), 'utf8'));

    await store.fixes.withdraw(scan.id, { row: 2, columnIndex: 4 });
    expect((await store.fixes.buildFixedCatalog(scan.id)).changes.map((c) => c.ruleId)).toEqual(['value-mismatch', 'currency-invalid']);
  });

  it('writes a CSV scan back from its stored rows in the file\'s delimiter and encoding', async () => {
    const { store } = await profileStore();
    const { scan } = await checkedFile(store, 'fixed/katalog-de.csv', 'katalog-de.csv');
    for (const rule of ['origin-invalid', 'currency-invalid', 'value-mismatch', 'quantity-invalid']) await store.fixes.acceptRule(scan.id, rule);
    const fixed = await store.fixes.buildFixedCatalog(scan.id);
    expect(fixed.fileName).toBe('katalog-de.fixed.csv');
    expect(Buffer.from(fixed.bytes).equals(Buffer.from(fixture('fixed/katalog-de.fixed.csv')))).toBe(true);
  });

  it('writes a page scan as UTF-8 CSV, and refuses a finding that is not the scan\'s or has only advice', async () => {
    const { store } = await profileStore();
    const scan = await completedScan(store, 3);
    const { report } = await store.getScan(scan.id);
    const origin = report!.findings.find((f) => f.ruleId === 'origin-invalid')!;
    await store.fixes.acceptFinding(scan.id, origin);
    const fixed = await store.fixes.buildFixedCatalog(scan.id);
    expect(fixed.fileName).toBe('page-catalog.fixed.csv');
    expect(new TextDecoder().decode(fixed.bytes)).toContain(`${SECRET_SKU},`);
    expect(fixed.changes).toMatchObject([{ row: 1, old: 'Germny', new: 'DE' }]);

    await expect(store.fixes.acceptFinding(scan.id, { ...origin, fix: 'XX' })).rejects.toThrow(InvalidInputError);
    const advice = report!.findings.find((f) => f.fix !== undefined && f.ruleId === 'description-vague');
    if (advice) await expect(store.fixes.acceptFinding(scan.id, advice)).rejects.toThrow(/has no correction to accept/);
  });

  it('keeps accepted fixes and the kept workbook encrypted, and deletes them with the scan (also on expiry)', async () => {
    const clock = testClock();
    const { db, store } = await profileStore(clock);
    const { scan } = await checkedFile(store, 'fixed/katalog-de.csv', 'katalog-de.csv');
    await store.fixes.acceptRule(scan.id, 'origin-invalid');
    expect(await rawRecords(db, 'scanFixes')).toHaveLength(1);
    const stored = await everythingStoredAsText(db);
    expect(stored).not.toContain('Ursprungsland');
    expect(stored).not.toContain('China');
    await store.deleteScan(scan.id);
    expect(await rawRecords(db, 'scanFixes')).toEqual([]);

    const { scan: old } = await checkedFile(store, 'xlsx/libreoffice-catalog.xlsx', 'old.xlsx');
    await store.fixes.acceptRule(old.id, 'origin-invalid');
    clock.advanceDays(400);
    await purgeExpiredScans(db, clock.now());
    expect(await rawRecords(db, 'scanFixes')).toEqual([]);
    await expect(store.fixes.accepted(old.id)).rejects.toThrow(ScanNotFoundError);
  });
});
