import { randomUUID } from 'node:crypto';
import { readCatalogText } from '../../../lib/core/read/read-catalog';
import type { RawTable } from '../../../lib/core/read/raw-table';
import { validateTable } from '../../../lib/core/validate';
import { buildScanUpload } from '../../../lib/workspace/api/build-scan-upload';
import type { ScanUpload } from '../../../lib/workspace/api/scan-upload';
import { CHECK_DATE } from '../catalog-builder';
import { sharedBytes } from '../shared-data';

/** The labelled English fixture catalog, checked once: real findings, real part numbers. */
let catalog: { table: RawTable; report: ReturnType<typeof validateTable> } | undefined;

export function fixtureCatalog() {
  if (!catalog) {
    const table = readCatalogText(new TextDecoder().decode(sharedBytes('fixtures/catalog-en-400.csv')), 'catalog-en-400.csv');
    catalog = { table, report: validateTable(table, { checkDate: CHECK_DATE }) };
  }
  return catalog;
}

/** An upload of the fixture catalog's check, as a client would send it; a new scan id each time. */
export function sampleUpload(options: { importerProfile?: string; scannedAt?: string; scanId?: string; source?: string } = {}): ScanUpload {
  const { table, report } = fixtureCatalog();
  return buildScanUpload({
    scanId: options.scanId ?? randomUUID(),
    importerProfile: options.importerProfile ?? 'Acme Imports',
    scannedAt: options.scannedAt,
    report: { ...report, source: options.source ?? report.source },
    table,
  });
}

/** A small upload with exactly the findings given, for tests that count. */
export function tinyUpload(findings: { ruleId: string; severity: 'error' | 'warning' | 'info'; row: number; partNumber: string }[], options: { importerProfile?: string; scannedAt?: string } = {}): ScanUpload {
  const summary = { error: 0, warning: 0, info: 0, byRule: {} as Record<string, number> };
  for (const f of findings) {
    summary[f.severity]++;
    summary.byRule[f.ruleId] = (summary.byRule[f.ruleId] ?? 0) + 1;
  }
  return {
    scanId: randomUUID(),
    importerProfile: options.importerProfile ?? 'Acme Imports',
    ...(options.scannedAt ? { scannedAt: options.scannedAt } : {}),
    partNumbers: Object.fromEntries(findings.map((f) => [String(f.row), f.partNumber])),
    report: {
      format: 'customs-preflight/issues@1',
      source: 'tiny.csv',
      jurisdiction: 'US',
      checkDate: CHECK_DATE,
      schedule: null,
      rowCount: Math.max(0, ...findings.map((f) => f.row)),
      mapping: [{ field: 'hts', column: 'HTS', columnIndex: 1, how: 'exact', synonym: 'hts' }],
      unmappedColumns: [],
      rulesRun: [...new Set(findings.map((f) => f.ruleId))],
      rulesSkipped: [],
      summary,
      findings: findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, row: f.row, field: 'hts', column: 'HTS', value: '1234', message: `${f.ruleId} on row ${f.row}` })),
    },
  };
}
