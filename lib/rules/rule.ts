import type { Catalog, CatalogRow } from '../catalog/catalog';
import type { FieldId } from '../model/fields';
import type { Finding, Severity } from '../model/finding';
import type { Jurisdiction } from '../model/jurisdiction';
import type { TariffSchedule } from '../schedule/tariff-schedule';

/** What every rule may consult besides the row: the territory, the schedule, the date. */
export interface RuleContext {
  jurisdiction: Jurisdiction;
  /** The tariff schedule the user loaded, if any. */
  schedule: TariffSchedule | null;
  /** The day codes must be in force on, `YYYY-MM-DD`. */
  checkDate: string;
  catalog: Catalog;
}

interface RuleDeclaration {
  /** Stable id used in reports, exports and settings (`hts-format`). */
  id: string;
  title: string;
  /** The usual severity; a check may lower it for a particular case. */
  severity: Severity;
  /** Fields the rule reads. It runs only when they are mapped (all of them, or any with `needs: 'any'`). */
  fields: readonly FieldId[];
  needs?: 'all' | 'any';
  jurisdictions: readonly Jurisdiction[];
  /** What a filer should know, with the official source it is written from. */
  help: string;
  source: { name: string; url: string };
  /** A reason the rule cannot run in this context (e.g. no schedule loaded), or null. */
  skipReason?: (context: Omit<RuleContext, 'catalog'>) => string | null;
}

export interface RowRule extends RuleDeclaration {
  scope: 'row';
  check(row: CatalogRow, context: RuleContext): readonly Finding[];
}

export interface TableRule extends RuleDeclaration {
  scope: 'table';
  check(rows: readonly CatalogRow[], context: RuleContext): readonly Finding[];
}

export type Rule = RowRule | TableRule;

/** Returned by checks that find nothing, so clean rows allocate nothing. */
export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/** A finding about one cell, with the column header and cell text filled in from the row. */
export function cellFinding(
  rule: Pick<Rule, 'id' | 'severity'>,
  row: CatalogRow,
  field: FieldId,
  message: string,
  options: { fix?: string; severity?: Severity } = {},
): Finding {
  const finding: Finding = {
    ruleId: rule.id,
    severity: options.severity ?? rule.severity,
    row: row.row,
    field,
    column: row.header(field),
    value: row.raw(field),
    message,
  };
  if (options.fix !== undefined) finding.fix = options.fix;
  return finding;
}
