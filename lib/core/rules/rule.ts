import type { Catalog, CatalogRow, CatalogRows } from '../catalog/catalog';
import type { FieldId } from '../model/fields';
import type { Finding, Severity } from '../model/finding';
import type { Jurisdiction } from '../model/jurisdiction';
import type { ClassificationMaster } from '../master/classification-master';
import type { Section301List } from '../reference/section301-list';
import type { TariffSchedule } from '../schedule/tariff-schedule';
import { NO_STEPS, type Steps } from '../work-steps';

/** What every rule may consult besides the row: the territory, the schedule, the date. */
export interface RuleContext {
  jurisdiction: Jurisdiction;
  /** The tariff schedule the user loaded, or the built-in one, if any. */
  schedule: TariffSchedule | null;
  /** The U.S. Section 301 list (goods of China), when the check has it. */
  section301: Section301List | null;
  /** The day codes must be in force on, `YYYY-MM-DD`. */
  checkDate: string;
  /** The team's approved classification per part number (a master file or the workspace's), if any. */
  master: ClassificationMaster | null;
  catalog: Catalog;
  /** Results computed once per distinct value in this run (parsed codes, derived MID parts). */
  memo: RunMemo;
}

/**
 * A per-run cache of pure computations keyed by cell text. Catalogs repeat the same codes,
 * manufacturers and units on thousands of lines; row rules use this to work per distinct value.
 */
export class RunMemo {
  private readonly tables = new Map<string, Map<string, unknown>>();

  private readonly lists = new Map<string, unknown[]>();

  private readonly built = new Map<string, unknown>();

  /** The cache of one kind of result; rules get it once and look values up themselves. */
  table<T>(namespace: string): Map<string, T> {
    let table = this.tables.get(namespace);
    if (!table) this.tables.set(namespace, (table = new Map()));
    return table as Map<string, T>;
  }

  /**
   * The same, indexed by a column's value numbers (catalog/column-values): no text is hashed on
   * the way. `length` is the number of distinct values when the list is first asked for.
   */
  list<T>(namespace: string, length: number): (T | undefined)[] {
    let list = this.lists.get(namespace);
    if (!list) this.lists.set(namespace, (list = new Array(length)));
    return list as (T | undefined)[];
  }

  /** A structure a rule builds once per run (a verdict table sized to the catalog's columns). */
  once<T>(namespace: string, create: () => T): T {
    let value = this.built.get(namespace) as T | undefined;
    if (value === undefined) this.built.set(namespace, (value = create()));
    return value;
  }
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
  skipReason?: (context: Omit<RuleContext, 'catalog' | 'memo'>) => string | null;
  /**
   * What `skipReason` names is something a user may choose not to set up (a classification master):
   * the rule is then skipped like one turned off, not listed among the checks that could not run.
   */
  optionalInput?: true;
}

/** A problem with one cell's text, before it is placed in a row (see CellRule). */
export interface CellProblem {
  message: string;
  /** When the check lowers (or raises) the rule's usual severity for this case. */
  severity?: Severity;
  fix?: string;
}

/**
 * A rule whose verdict depends only on one cell's text (and the run's context). The engine
 * checks each distinct text of the column once and reuses the verdict for every row that repeats
 * it: catalogs repeat origins, codes, currencies and MIDs thousands of times.
 */
export interface CellRule extends RuleDeclaration {
  scope: 'cell';
  /** The one field the rule reads; `fields` is `[field]`. */
  field: FieldId;
  /** `text` is the trimmed cell; empty cells are passed too. */
  check(text: string, context: RuleContext): readonly CellProblem[];
}

export interface RowRule extends RuleDeclaration {
  scope: 'row';
  /**
   * Fields whose columns the rule reads as numbered values (catalog/column-values): the engine
   * numbers them a part at a time before any row is checked, rather than the rule's first row
   * numbering each whole column at once.
   */
  numbered?: readonly FieldId[];
  check(row: CatalogRow, context: RuleContext): readonly Finding[];
}

/**
 * A table rule's pass over the rows, done a part at a time like the rest of a validation (see
 * work-steps.ts): a 100,000-row table is never checked in one go inside the service worker.
 */
export interface TablePass {
  advance: Steps;
  /** What the pass has found so far; all of it once `advance` returned true. */
  readonly findings: readonly Finding[];
}

export interface TableRule extends RuleDeclaration {
  scope: 'table';
  start(rows: CatalogRows, context: RuleContext): TablePass;
}

/** A pass whose findings are known at the start (nothing to walk). */
export function finishedPass(findings: readonly Finding[]): TablePass {
  return { advance: NO_STEPS, findings };
}

export type Rule = CellRule | RowRule | TableRule;

/** Returned by checks that find nothing, so clean rows allocate nothing. */
export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
export const NO_PROBLEMS: readonly CellProblem[] = Object.freeze([]);

/** A finding about one cell, with the column header and cell text filled in from the row. */
export function cellFinding(
  rule: Pick<Rule, 'id' | 'severity'>,
  row: CatalogRow,
  field: FieldId,
  message: string,
  options: { fix?: string; severity?: Severity } = {},
): Finding {
  const ruleId = rule.id;
  const severity = options.severity ?? rule.severity;
  const column = row.header(field);
  const value = row.raw(field);
  const { fix } = options;
  // Written whole, with or without `fix` (see validate.ts addCellFindings): no shape change per finding.
  return fix === undefined
    ? { ruleId, severity, row: row.row, field, column, value, message }
    : { ruleId, severity, row: row.row, field, column, value, message, fix };
}
