import { buildCatalog, NUMERIC_FIELDS, readNumberColumnInSteps } from './catalog/catalog';
import { columnValues, numberColumnInSteps } from './catalog/column-values';
import { readKilogramsColumnInSteps, WEIGHT_FIELDS } from './catalog/row-weight';
import { findSummaryRowsInSteps, type SummaryRow } from './catalog/summary-rows';
import { addCellJudgements, type CellJudgement, groupCellRules, kindsOf, placeFindings } from './cell-verdicts';
import { type ColumnMapping, type MappingOverrides } from './mapping/column-mapping';
import { type ColumnContent, describeColumn, SAMPLE_CELLS } from './mapping/column-content';
import { decideMapping } from './mapping/decide-mapping';
import { FIELD_LABELS } from './model/fields';
import type { Finding } from './model/finding';
import { FindingList, type FindingSeries, type FindingSink } from './model/finding-list';
import { DEFAULT_JURISDICTION, type Jurisdiction } from './model/jurisdiction';
import type { RawTable } from './read/raw-table';
import { cellsOf } from './read/table-cells';
import { RULES } from './rules/registry';
import { type CellRule, type Rule, type RuleContext, RunMemo, type RowRule, type TablePass, type TableRule } from './rules/rule';
import { inOrder, later, type Steps } from './work-steps';
import type { ClassificationMaster } from './master/classification-master';
import type { Section301List } from './reference/section301-list';
import type { TariffSchedule } from './schedule/tariff-schedule';

export interface ValidateOptions {
  jurisdiction?: Jurisdiction;
  schedule?: TariffSchedule | null;
  /** The Section 301 list `duty-301` checks against (the built-in one, see lib/core/reference). */
  section301?: Section301List | null;
  /** `YYYY-MM-DD`; today (UTC) by default. */
  checkDate?: string;
  mapping?: MappingOverrides;
  /** Rule ids to run; all rules when absent. */
  enabledRules?: readonly string[];
  /** The team's approved classifications the master rules compare rows with (lib/core/master). */
  master?: ClassificationMaster | null;
}

export interface SkippedRule {
  ruleId: string;
  reason: string;
  /**
   * Why, as a kind: the user's choice (`turned-off`), a rule of another territory (`jurisdiction`),
   * or something the check lacked (`missing`: a column, a schedule) — the ones a user must be told of.
   */
  cause?: 'turned-off' | 'jurisdiction' | 'missing';
}

/**
 * The result of checking one catalog: plain data, ready to store, export or draw. The findings are
 * an array, except from validateTableCompactly (a FindingList, read a slice at a time).
 */
export interface ValidationReport<Findings extends FindingSeries = Finding[]> {
  source: string;
  jurisdiction: Jurisdiction;
  checkDate: string;
  schedule: { name: string; format: string; asOf: string | null; lines: number; builtIn?: boolean } | null;
  rowCount: number;
  mapping: ColumnMapping;
  rulesRun: string[];
  rulesSkipped: SkippedRule[];
  /** Rows that sum the lines up ("Total"), left out of the checks; absent when there are none. */
  summaryRows?: SummaryRow[];
  findings: Findings;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Why a rule will not run on this catalog, or null when it will. */
function skipReason(rule: Rule, mapping: ColumnMapping, context: RuleContext, enabled?: readonly string[]): Omit<SkippedRule, 'ruleId'> | null {
  if (enabled && !enabled.includes(rule.id)) return { reason: 'turned off in this profile', cause: 'turned-off' };
  if (!rule.jurisdictions.includes(context.jurisdiction)) return { reason: `does not apply to ${context.jurisdiction}`, cause: 'jurisdiction' };
  // A master the user has not set up is their choice: no column it would have read is missing.
  const notSetUp = rule.optionalInput ? rule.skipReason?.(context) : null;
  if (notSetUp) return { reason: notSetUp, cause: 'turned-off' };
  const reason = missingInput(rule, mapping, context);
  return reason ? { reason, cause: 'missing' } : null;
}

/** The column or data a rule needs that this check does not have, in words. */
function missingInput(rule: Rule, mapping: ColumnMapping, context: RuleContext): string | null {
  const missing = rule.fields.filter((field) => mapping.columnOf[field] < 0);
  const needsAny = rule.needs === 'any';
  if (needsAny ? missing.length === rule.fields.length && missing.length > 0 : missing.length > 0) {
    const names = missing.map((field) => `${field} (${FIELD_LABELS[field]})`).join(needsAny ? ' or ' : ', ');
    return `needs column ${names}, not found in the table`;
  }
  return rule.skipReason?.(context) ?? null;
}

const RULE_ORDER = new Map(RULES.map((rule, index) => [rule.id, index]));

/**
 * Map, then run every applicable rule over the table. Findings come out table-level first,
 * then by row, and within a row in rule order.
 */
export function validateTable(table: RawTable, options: ValidateOptions = {}): ValidationReport {
  const run = startValidation(table, options);
  run.advance(Number.POSITIVE_INFINITY);
  return run.report();
}

/**
 * The same, with the findings kept as a FindingList (a third of the memory of finding objects) for
 * the command line, which writes them a slice at a time: a million-row catalog can have as many findings.
 */
export function validateTableCompactly(table: RawTable, options: ValidateOptions = {}): ValidationReport<FindingList> {
  const run = startValidation(table, options, new FindingList());
  run.advance(Number.POSITIVE_INFINITY);
  return run.report();
}

/**
 * A validation that can be done a slice of rows at a time, so the extension's service worker
 * stays responsive on a 100,000-row table: `advance(rows)` until it returns true, then `report()`.
 */
export interface ValidationRun<Findings extends FindingSeries = Finding[]> {
  readonly rowCount: number;
  readonly rowsDone: number;
  /** Check up to `rows` more rows; true when every row has been checked. */
  advance(rows: number): boolean;
  report(): ValidationReport<Findings>;
}

export function startValidation(table: RawTable, options?: ValidateOptions): ValidationRun;
export function startValidation<Findings extends FindingSink>(table: RawTable, options: ValidateOptions, findings: Findings): ValidationRun<Findings>;
export function startValidation(table: RawTable, options: ValidateOptions = {}, findings: FindingSink = []): ValidationRun<FindingSink> {
  // The first part of the work: each column's values are sampled for the mapping (as mapColumns
  // does), a column per part.
  const contents: ColumnContent[] = [];
  const cells = cellsOf(table);
  const describeColumns: Steps = (rows) => {
    for (let read = 0; contents.length < table.headers.length && read < rows; read += SAMPLE_CELLS) {
      contents.push(describeColumn(cells, contents.length));
    }
    return contents.length >= table.headers.length;
  };
  let checking: ValidationRun<FindingSink> | undefined;
  return {
    rowCount: cells.rowCount,
    get rowsDone() {
      return checking?.rowsDone ?? 0;
    },
    advance(rows) {
      if (!checking) {
        if (!describeColumns(rows)) return false;
        checking = checkMapped(table, decideMapping(table.headers, cells.rowCount > 0 ? contents : [], options.mapping), options, findings);
      }
      return checking.advance(rows);
    },
    report() {
      if (!checking) throw new Error(`validation has checked 0 of ${cells.rowCount} rows`);
      return checking.report();
    },
  };
}

/** The rest of a validation once the columns are mapped: the rules and the rows. */
function checkMapped(table: RawTable, mapping: ColumnMapping, options: ValidateOptions, findings: FindingSink): ValidationRun<FindingSink> {
  const catalog = buildCatalog(table, mapping);
  const context: RuleContext = {
    jurisdiction: options.jurisdiction ?? DEFAULT_JURISDICTION,
    schedule: options.schedule ?? null,
    section301: options.section301 ?? null,
    checkDate: options.checkDate ?? today(),
    master: options.master ?? null,
    catalog,
    memo: new RunMemo(),
  };

  const rulesRun: Rule[] = [];
  const rulesSkipped: SkippedRule[] = [];
  for (const rule of RULES) {
    const skipped = skipReason(rule, mapping, context, options.enabledRules);
    if (skipped) rulesSkipped.push({ ruleId: rule.id, ...skipped });
    else rulesRun.push(rule);
  }

  const columnChecks = groupCellRules(rulesRun.filter((r): r is CellRule => r.scope === 'cell'), catalog);
  const rowRules = rulesRun.filter((r): r is RowRule => r.scope === 'row');
  const tableRules = rulesRun.filter((r): r is TableRule => r.scope === 'table');
  let tablePasses: TablePass[] = [];
  const summaryRows = new Map<number, SummaryRow>();
  // Before any row is checked, the columns are read a part at a time (the values the cell rules
  // judge, numbered; the amounts the row rules read) and the table rules make their passes over the
  // rows, so a service worker advancing this run is never held for a whole column or a whole table.
  const prepare = inOrder([
    ...columnChecks.map((check) => numberColumnInSteps(catalog, check.column)),
    ...[...new Set(rowRules.flatMap((rule) => rule.numbered ?? []))].map((field) => numberColumnInSteps(catalog, mapping.columnOf[field])),
    ...NUMERIC_FIELDS.filter((field) => rowRules.some((rule) => rule.fields.includes(field))).map((field) => readNumberColumnInSteps(catalog, field)),
    ...WEIGHT_FIELDS.filter((field) => rowRules.some((rule) => rule.fields.includes(field))).map((field) => readKilogramsColumnInSteps(catalog, field)),
    // After the columns are numbered: the tariff code's numbers tell the rows to look at.
    findSummaryRowsInSteps(catalog, summaryRows),
    later(() => {
      tablePasses = tableRules.map((rule) => rule.start(catalog.rows, context));
      return inOrder(tablePasses.map((pass) => pass.advance));
    }),
  ]);
  let prepared = false;

  let findingsByRow = new Map<number, Finding[]>();
  // A row's findings before they go to `findings`: a cell verdict's judgements with the cell they
  // are placed on, the row and table rules' findings as they are. Finding objects are made only
  // when the findings are kept as objects (an array: the extension's worker); a FindingList (the
  // command line) takes a judgement's parts, so the tens of thousands of rows sharing a verdict
  // make no object at all.
  const pending: (Finding | CellJudgement)[] = [];
  const pendingValues: string[] = [];
  // The rule order of each pending finding, and the places they are put in: kept from row to row.
  const orders: number[] = [];
  const places: number[] = [];
  const place = placeFindings(findings);
  const kindOf = kindsOf(findings);
  let next = 0;

  return {
    rowCount: catalog.cells.rowCount,
    get rowsDone() {
      return next;
    },
    advance(rows) {
      if (!prepared) {
        if (!prepare(rows)) return false;
        prepared = true;
        for (const check of columnChecks) {
          check.values = columnValues(catalog, check.field);
          check.verdicts = new Array(check.values.texts.length);
        }
        findingsByRow = tableFindingsByRow(tablePasses, findings);
      }
      const end = Math.min(catalog.rows.length, next + rows);
      // Row `next` (0-based) is data row next + 1: the columns' value numbers are read by index, and
      // the row itself only where a rule must look at it.
      for (; next < end; next++) {
        if (summaryRows.size > 0 && summaryRows.has(next)) continue;
        const row = catalog.rows.at(next);
        pending.length = 0;
        pendingValues.length = 0;
        for (let c = 0; c < columnChecks.length; c++) addCellJudgements(columnChecks[c]!, next, row, context, kindOf, pending, pendingValues);
        for (let r = 0; r < rowRules.length; r++) {
          const found = rowRules[r]!.check(row, context);
          for (let i = 0; i < found.length; i++) pending.push(found[i]!);
        }
        if (findingsByRow.size > 0) {
          const fromTable = findingsByRow.get(next + 1);
          if (fromTable) for (let i = 0; i < fromTable.length; i++) pending.push(fromTable[i]!);
        }
        if (pending.length === 0) continue;
        if (pending.length > 1 && !inRuleOrder(pending, orders)) {
          placesInOrder(orders, pending.length, places);
          for (let p = 0; p < pending.length; p++) place(pending[places[p]!]!, next + 1, pendingValues[places[p]!]);
        } else {
          for (let i = 0; i < pending.length; i++) place(pending[i]!, next + 1, pendingValues[i]);
        }
      }
      return next >= catalog.rows.length;
    },
    report() {
      if (!prepared || next < catalog.rows.length) throw new Error(`validation has checked ${next} of ${catalog.rows.length} rows`);
      const schedule = context.schedule;
      return {
        source: table.sourceName,
        jurisdiction: context.jurisdiction,
        checkDate: context.checkDate,
        schedule: schedule
          ? { name: schedule.name, format: schedule.format, asOf: schedule.asOf, lines: schedule.lines.size, ...(schedule.builtIn ? { builtIn: true } : {}) }
          : null,
        rowCount: catalog.cells.rowCount,
        mapping,
        rulesRun: rulesRun.map((rule) => rule.id),
        rulesSkipped,
        ...(summaryRows.size > 0 ? { summaryRows: [...summaryRows.values()] } : {}),
        findings,
      };
    },
  };
}

/**
 * Most rows' findings come out in rule order already (one column's rules, then the row rules): no
 * sort then. Each finding's rule order is written into `orders`.
 */
function inRuleOrder(found: readonly (Finding | CellJudgement)[], orders: number[]): boolean {
  let sorted = true;
  for (let i = 0; i < found.length; i++) {
    orders[i] = RULE_ORDER.get(found[i]!.ruleId)!;
    if (i > 0 && orders[i]! < orders[i - 1]!) sorted = false;
  }
  return sorted;
}

/**
 * The places 0 to count - 1 into `places`, in rule order and, within a rule, in the order found:
 * an insertion sort (stable), as a row has a few findings; nothing is made per row.
 */
function placesInOrder(orders: readonly number[], count: number, places: number[]): void {
  for (let i = 0; i < count; i++) {
    let at = i;
    while (at > 0 && orders[places[at - 1]!]! > orders[i]!) {
      places[at] = places[at - 1]!;
      at--;
    }
    places[at] = i;
  }
}

/** The table rules' findings: about the whole table into `tableFindings`, the rest by row. */
function tableFindingsByRow(passes: readonly TablePass[], tableFindings: FindingSink): Map<number, Finding[]> {
  const findingsByRow = new Map<number, Finding[]>();
  for (const pass of passes) {
    for (const finding of pass.findings) {
      if (finding.row === null) {
        tableFindings.push(finding);
        continue;
      }
      const list = findingsByRow.get(finding.row);
      if (list) list.push(finding);
      else findingsByRow.set(finding.row, [finding]);
    }
  }
  return findingsByRow;
}
