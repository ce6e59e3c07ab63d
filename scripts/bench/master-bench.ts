import { classificationMaster, type ClassificationMaster } from '../../lib/core/master/classification-master';
import type { MasterLine } from '../../lib/core/master/read-master-table';
import { mapColumns } from '../../lib/core/mapping/column-mapping';
import type { RawTable } from '../../lib/core/read/raw-table';
import type { TariffSchedule } from '../../lib/core/schedule/tariff-schedule';
import { validateTable } from '../../lib/core/validate';
import { median } from './process-timing';

export interface MasterBenchFigure {
  rows: number;
  masterParts: number;
  withoutMs: number;
  withMs: number;
  ratio: number;
  masterFindings: number;
}

/**
 * A master of `parts` part numbers taken from the catalog itself (so lookups hit), one in five with
 * another code and one in seven with another origin (so the rules report), padded with parts the
 * catalog does not have: what a team's master looks like beside one supplier's catalog.
 */
export function masterFromCatalog(table: RawTable, parts: number): ClassificationMaster {
  const mapping = mapColumns(table.headers, undefined, table.rows);
  const [sku, hts, origin] = [mapping.columnOf.sku, mapping.columnOf.hts, mapping.columnOf.origin];
  const lines = new Map<string, MasterLine>();
  for (const cells of table.rows) {
    if (lines.size >= parts) break;
    const partNumber = cells[sku]?.trim() ?? '';
    if (partNumber === '' || lines.has(partNumber.toUpperCase())) continue;
    const n = lines.size;
    const tariffCode = n % 5 === 0 ? '9999999999' : (cells[hts] ?? '').replace(/\D/g, '');
    const countryOfOrigin = n % 7 === 0 ? 'ZZ' : (cells[origin] ?? '').trim().toUpperCase().slice(0, 2) || null;
    lines.set(partNumber.toUpperCase(), { partNumber, tariffCode, countryOfOrigin, unit: null, note: null });
  }
  for (let n = lines.size; n < parts; n++) lines.set(`BENCH-ONLY-${n}`, { partNumber: `BENCH-ONLY-${n}`, tariffCode: '8471300100', countryOfOrigin: 'CN', unit: null, note: 'padding' });
  return classificationMaster('bench-master.csv', [...lines.values()]);
}

/** Validation of the same table with and without the master, alternated run by run; medians. */
export function benchMaster(table: RawTable, schedule: TariffSchedule, checkDate: string, runs: number, parts = 10_000): MasterBenchFigure {
  const master = masterFromCatalog(table, parts);
  const without: number[] = [];
  const withMaster: number[] = [];
  let masterFindings = 0;
  for (let run = 0; run <= runs; run++) {
    const a = performance.now();
    validateTable(table, { schedule, checkDate });
    const b = performance.now();
    const report = validateTable(table, { schedule, checkDate, master });
    const c = performance.now();
    masterFindings = report.findings.filter((f) => /master/.test(f.ruleId)).length;
    // The first run warms the JIT up for both.
    if (run === 0) continue;
    without.push(b - a);
    withMaster.push(c - b);
  }
  const [withoutMs, withMs] = [median(without), median(withMaster)];
  return { rows: table.rows.length, masterParts: master.size, withoutMs, withMs, ratio: withMs / withoutMs, masterFindings };
}
