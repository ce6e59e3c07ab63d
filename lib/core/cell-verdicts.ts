import type { Catalog, CatalogRow } from './catalog/catalog';
import { type ColumnValues, UNNUMBERED } from './catalog/column-values';
import type { FieldId } from './model/fields';
import type { Finding } from './model/finding';
import { FindingList, type FindingSink } from './model/finding-list';
import type { CellRule, RuleContext } from './rules/rule';

/**
 * Cell rules judge a distinct cell text once (see CellRule): here are their verdicts, kept per
 * column by value number, and how a verdict is placed in each row that has the text. A verdict's
 * findings become objects only where the findings are kept as objects (the extension's worker);
 * into a FindingList (the command line) they go by their parts, so the tens of thousands of rows
 * sharing a verdict make no object at all.
 */

/** The number of a judgement's kind in the run's FindingList (see FindingList.kindOf). */
export type KindOf = (judged: Omit<CellJudgement, 'kind'>) => number;

/** The kind numbers of a run's judgements: only a FindingList numbers kinds. */
export function kindsOf(findings: FindingSink): KindOf | null {
  return findings instanceof FindingList ? (judged) => findings.kindOf(judged) : null;
}

/** A verdict on one distinct cell text: the findings every row with that text gets. */
export type CellVerdict = readonly CellJudgement[];

/**
 * One finding of a cell verdict, before it is placed in a row: all of a finding but its row and
 * value. `kind` is its kind in the run's FindingList (-1 when the findings are kept as objects).
 */
export class CellJudgement {
  constructor(
    readonly ruleId: string,
    readonly severity: Finding['severity'],
    readonly field: FieldId,
    readonly column: string | null,
    readonly message: string,
    readonly fix: string | undefined,
    readonly kind: number,
  ) {}
}

/** The cell rules reading one column, and their verdicts so far, indexed by the column's value numbers. */
export interface ColumnCheck {
  field: FieldId;
  column: number;
  rules: CellRule[];
  values: ColumnValues;
  verdicts: (CellVerdict | undefined)[];
}

export function groupCellRules(rules: CellRule[], catalog: Catalog): ColumnCheck[] {
  const byField = new Map<FieldId, ColumnCheck>();
  for (const rule of rules) {
    let check = byField.get(rule.field);
    if (!check) {
      // Values and verdicts are set once the column is numbered (the run's preparation).
      check = { field: rule.field, column: catalog.mapping.columnOf[rule.field], rules: [], values: NOT_NUMBERED, verdicts: [] };
      byField.set(rule.field, check);
    }
    check.rules.push(rule);
  }
  return [...byField.values()];
}

const NOT_NUMBERED: ColumnValues = { ids: new Int32Array(0), texts: [] };

/**
 * The judgements of row `index` (0-based) in one column: its value's verdict, with the cell it is
 * placed on in `values` at the same places in `out`.
 */
export function addCellJudgements(
  check: ColumnCheck,
  index: number,
  row: CatalogRow,
  context: RuleContext,
  kindOf: KindOf | null,
  out: (Finding | CellJudgement)[],
  values: string[],
): void {
  const id = check.values.ids[index]!;
  let verdict: CellVerdict | undefined;
  if (id === UNNUMBERED) {
    verdict = judgeCell(check, row.text(check.field), context, kindOf);
  } else {
    verdict = check.verdicts[id];
    if (verdict === undefined) check.verdicts[id] = verdict = judgeCell(check, check.values.texts[id]!, context, kindOf);
  }
  if (verdict.length === 0) return;
  const raw = row.raw(check.field);
  for (let i = 0; i < verdict.length; i++) {
    values[out.length] = raw;
    out.push(verdict[i]!);
  }
}

/** Puts a row's findings into `findings`: a judgement placed in row `row` on the cell `value`, a finding as it is. */
export type PlaceFinding = (found: Finding | CellJudgement, row: number, value: string | undefined) => void;

export function placeFindings(findings: FindingSink): PlaceFinding {
  if (findings instanceof FindingList) {
    return (found, row, value) => {
      if (found instanceof CellJudgement) findings.pushOfKind(found.kind, row, value!, found.message, found.fix);
      else findings.push(found);
    };
  }
  return (found, row, value) => {
    if (!(found instanceof CellJudgement)) {
      findings.push(found);
      return;
    }
    const { ruleId, severity, field, column, message, fix } = found;
    // Written whole, with or without `fix`: a property added after the literal costs a shape
    // change and a property store of its own on each of tens of thousands of findings.
    findings.push(
      fix === undefined
        ? { ruleId, severity, row, field, column, value: value!, message }
        : { ruleId, severity, row, field, column, value: value!, message, fix },
    );
  };
}

const NO_VERDICT: CellVerdict = Object.freeze([]);

function judgeCell(check: ColumnCheck, text: string, context: RuleContext, kindOf: KindOf | null): CellVerdict {
  let verdict: CellJudgement[] | undefined;
  const column = context.catalog.table.headers[check.column] ?? null;
  for (let r = 0; r < check.rules.length; r++) {
    const rule = check.rules[r]!;
    const problems = rule.check(text, context);
    for (let p = 0; p < problems.length; p++) {
      const problem = problems[p]!;
      const judged = { ruleId: rule.id, severity: problem.severity ?? rule.severity, field: check.field, column, message: problem.message, fix: problem.fix };
      (verdict ??= []).push(new CellJudgement(judged.ruleId, judged.severity, judged.field, judged.column, judged.message, judged.fix, kindOf ? kindOf(judged) : -1));
    }
  }
  return verdict ?? NO_VERDICT;
}

