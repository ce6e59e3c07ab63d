import { buildCatalog } from './catalog/catalog';
import { type ColumnMapping, mapColumns, type MappingOverrides } from './mapping/column-mapping';
import { FIELD_LABELS } from './model/fields';
import type { Finding } from './model/finding';
import { DEFAULT_JURISDICTION, type Jurisdiction } from './model/jurisdiction';
import type { RawTable } from './read/raw-table';
import { RULES } from './rules/registry';
import type { Rule, RuleContext } from './rules/rule';
import type { TariffSchedule } from './schedule/tariff-schedule';

export interface ValidateOptions {
  jurisdiction?: Jurisdiction;
  schedule?: TariffSchedule | null;
  /** `YYYY-MM-DD`; today (UTC) by default. */
  checkDate?: string;
  mapping?: MappingOverrides;
  /** Rule ids to run; all rules when absent. */
  enabledRules?: readonly string[];
}

export interface SkippedRule {
  ruleId: string;
  reason: string;
}

/** The result of checking one catalog: plain data, ready to store, export or draw. */
export interface ValidationReport {
  source: string;
  jurisdiction: Jurisdiction;
  checkDate: string;
  schedule: { name: string; format: string; asOf: string | null; lines: number } | null;
  rowCount: number;
  mapping: ColumnMapping;
  rulesRun: string[];
  rulesSkipped: SkippedRule[];
  findings: Finding[];
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Why a rule will not run on this catalog, or null when it will. */
function skipReason(rule: Rule, mapping: ColumnMapping, context: Omit<RuleContext, 'catalog'>, enabled?: readonly string[]): string | null {
  if (enabled && !enabled.includes(rule.id)) return 'turned off in this profile';
  if (!rule.jurisdictions.includes(context.jurisdiction)) return `does not apply to ${context.jurisdiction}`;
  const missing = rule.fields.filter((field) => mapping.columnOf[field] < 0);
  const needsAny = rule.needs === 'any';
  if (needsAny ? missing.length === rule.fields.length && missing.length > 0 : missing.length > 0) {
    const names = missing.map((field) => `${field} (${FIELD_LABELS[field]})`).join(needsAny ? ' or ' : ', ');
    return `needs column ${names}, not found in the table`;
  }
  return rule.skipReason?.(context) ?? null;
}

/** Map, then run every applicable rule over the table. Findings come out in row order. */
export function validateTable(table: RawTable, options: ValidateOptions = {}): ValidationReport {
  const mapping = mapColumns(table.headers, options.mapping);
  const catalog = buildCatalog(table, mapping);
  const context: RuleContext = {
    jurisdiction: options.jurisdiction ?? DEFAULT_JURISDICTION,
    schedule: options.schedule ?? null,
    checkDate: options.checkDate ?? today(),
    catalog,
  };

  const rulesRun: Rule[] = [];
  const rulesSkipped: SkippedRule[] = [];
  for (const rule of RULES) {
    const reason = skipReason(rule, mapping, context, options.enabledRules);
    if (reason) rulesSkipped.push({ ruleId: rule.id, reason });
    else rulesRun.push(rule);
  }

  const findings: Finding[] = [];
  const rowRules = rulesRun.filter((rule) => rule.scope === 'row');
  for (const rule of rulesRun) if (rule.scope === 'table') findings.push(...rule.check(catalog.rows, context));
  for (const row of catalog.rows) {
    for (const rule of rowRules) {
      const found = rule.check(row, context);
      for (let i = 0; i < found.length; i++) findings.push(found[i]!);
    }
  }
  findings.sort(compareFindings);

  const schedule = context.schedule;
  return {
    source: table.sourceName,
    jurisdiction: context.jurisdiction,
    checkDate: context.checkDate,
    schedule: schedule ? { name: schedule.name, format: schedule.format, asOf: schedule.asOf, lines: schedule.lines.size } : null,
    rowCount: table.rows.length,
    mapping,
    rulesRun: rulesRun.map((rule) => rule.id),
    rulesSkipped,
    findings,
  };
}

const RULE_ORDER = new Map(RULES.map((rule, index) => [rule.id, index]));

/** Table-level findings first, then by row, then in rule order. */
function compareFindings(a: Finding, b: Finding): number {
  return (a.row ?? 0) - (b.row ?? 0) || (RULE_ORDER.get(a.ruleId) ?? 0) - (RULE_ORDER.get(b.ruleId) ?? 0);
}
