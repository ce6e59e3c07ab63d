import type { Finding } from '../../lib/core/model/finding';
import type { RawTable } from '../../lib/core/read/raw-table';
import type { ScheduleLine, TariffSchedule } from '../../lib/core/schedule/tariff-schedule';
import { type ValidateOptions, type ValidationReport, validateTable } from '../../lib/core/validate';

/**
 * Build catalogs the way a filer would write them in a spreadsheet, so a test reads like the
 * example it is about: headers, rows of cell text, and the options of the check.
 */
export interface CatalogExample extends ValidateOptions {
  headers: string[];
  rows: string[][];
  source?: string;
}

/** A fixed check date, so tests do not change with the calendar. */
export const CHECK_DATE = '2026-03-01';

export function rawTable(headers: string[], rows: string[][], source = 'catalog.csv'): RawTable {
  return { headers, rows, sourceName: source };
}

export function checkCatalog({ headers, rows, source, ...options }: CatalogExample): ValidationReport {
  return validateTable(rawTable(headers, rows, source), { checkDate: CHECK_DATE, ...options });
}

/** The findings of one rule, in row order. */
export function findingsOf(report: ValidationReport, ruleId: string): Finding[] {
  return report.findings.filter((finding) => finding.ruleId === ruleId);
}

/**
 * Run one rule alone over a catalog: the findings it gives, and nothing from the other rules.
 * `options.enabledRules` is set to the rule, so a missing column shows up as the rule skipped.
 */
export function checkWithRule(ruleId: string, example: CatalogExample): Finding[] {
  const report = checkCatalog({ ...example, enabledRules: [ruleId] });
  const skipped = report.rulesSkipped.find((skip) => skip.ruleId === ruleId);
  if (skipped) throw new Error(`${ruleId} did not run: ${skipped.reason}`);
  return findingsOf(report, ruleId);
}

/** One rule over one column of values, one value per row: the common shape of a cell rule's test. */
export function checkCells(ruleId: string, header: string, values: readonly string[], options: ValidateOptions = {}): Finding[] {
  return checkWithRule(ruleId, { headers: [header], rows: values.map((value) => [value]), ...options });
}

/** A U.S. tariff schedule held in memory, as a loaded ACE report would give it. */
export function scheduleOf(
  lines: (Partial<ScheduleLine> & { code: string })[],
  options: Partial<Omit<TariffSchedule, 'lines'>> = {},
): TariffSchedule {
  return {
    name: 'test-schedule.csv',
    format: 'ace-pga-report',
    jurisdiction: 'US',
    asOf: null,
    ...options,
    lines: new Map(
      lines.map((line) => [
        line.code,
        { description: '', units: [], agencies: [], effective: null, expires: null, leaf: true, ...line },
      ]),
    ),
  };
}

/** The findings on one data row (1-based), in rule order. */
export function onRow(findings: readonly Finding[], row: number): Finding[] {
  return findings.filter((finding) => finding.row === row);
}
