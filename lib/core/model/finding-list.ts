import type { FieldId } from './fields';
import type { Finding, Severity } from './finding';

/**
 * Findings as a report writer reads them: how many, and a few at a time. An array of findings is
 * one; a FindingList (below) is the other, for a check too large to hold its findings as objects.
 */
export interface FindingSeries {
  readonly length: number;
  /** Findings `start` up to (not including) `end`, as objects. */
  slice(start: number, end: number): Finding[];
}

/** Findings taken at a time when a series is read through: a piece of a report's worth. */
const FINDINGS_AT_A_TIME = 1000;

/** Every finding of the series, a slice at a time (a FindingList makes each when reached). */
export function* eachFinding(findings: FindingSeries): Generator<Finding> {
  for (let start = 0; start < findings.length; start += FINDINGS_AT_A_TIME) yield* findings.slice(start, start + FINDINGS_AT_A_TIME);
}

/** What findings share: the rule and the column (a million-row check has a few dozen of these). */
interface FindingKind {
  ruleId: string;
  severity: Severity;
  field: FieldId | null;
  column: string | null;
}

const FIRST_CAPACITY = 1024;

/**
 * Findings kept as columns instead of objects: a finding object costs about 110 bytes (a million
 * rows of a catalog gave 880,000 findings, 100 MB), here about 32: its row and kind in typed
 * arrays, and its three texts (value, message, fix) as references, since the texts are shared
 * with the table and the rules' verdicts already. Findings are made again as objects when read,
 * equal to the ones pushed and with their fields in Finding's order, so a report written from
 * them is byte for byte the same.
 */
export class FindingList implements FindingSeries {
  length = 0;
  /** The row of each finding; 0 for a finding about the whole table (rows count from 1). */
  private rows = new Int32Array(FIRST_CAPACITY);
  private kindIds = new Uint32Array(FIRST_CAPACITY);
  /** Value, message and fix of each finding, three entries a finding. */
  private readonly texts: (string | null | undefined)[] = [];
  private readonly kinds: FindingKind[] = [];
  /** The kinds of each rule, found by a look through its few rather than a key made per finding. */
  private readonly kindsOfRule = new Map<string, number[]>();

  push(finding: Finding): void {
    const at = this.length;
    if (at === this.rows.length) this.grow();
    this.rows[at] = finding.row ?? 0;
    this.kindIds[at] = this.kindOf(finding);
    this.texts.push(finding.value, finding.message, finding.fix);
    this.length = at + 1;
  }

  at(index: number): Finding {
    const kind = this.kinds[this.kindIds[index]!]!;
    const row = this.rows[index]!;
    const finding: Finding = {
      ruleId: kind.ruleId,
      severity: kind.severity,
      row: row === 0 ? null : row,
      field: kind.field,
      column: kind.column,
      value: this.texts[index * 3] as string | null,
      message: this.texts[index * 3 + 1] as string,
    };
    const fix = this.texts[index * 3 + 2];
    if (fix !== undefined) finding.fix = fix as string;
    return finding;
  }

  slice(start: number, end: number): Finding[] {
    const last = Math.min(end, this.length);
    const findings: Finding[] = [];
    for (let i = Math.max(start, 0); i < last; i++) findings.push(this.at(i));
    return findings;
  }

  private kindOf({ ruleId, severity, field, column }: Finding): number {
    let ofRule = this.kindsOfRule.get(ruleId);
    if (!ofRule) this.kindsOfRule.set(ruleId, (ofRule = []));
    for (const id of ofRule) {
      const kind = this.kinds[id]!;
      if (kind.severity === severity && kind.field === field && kind.column === column) return id;
    }
    const id = this.kinds.length;
    this.kinds.push({ ruleId, severity, field, column });
    ofRule.push(id);
    return id;
  }

  private grow(): void {
    const rows = new Int32Array(this.rows.length * 2);
    rows.set(this.rows);
    this.rows = rows;
    const kindIds = new Uint32Array(this.kindIds.length * 2);
    kindIds.set(this.kindIds);
    this.kindIds = kindIds;
  }
}
