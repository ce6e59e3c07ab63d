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

/** Where a validation puts its findings, in report order: an array, or a FindingList. */
export type FindingSink = FindingSeries & { push(finding: Finding): void };

/** Findings taken at a time when a series is read through: a piece of a report's worth. */
const FINDINGS_AT_A_TIME = 1000;

/** Every finding of the series, a slice at a time (a FindingList makes each when reached). */
export function* eachFinding(findings: FindingSeries): Generator<Finding> {
  for (let start = 0; start < findings.length; start += FINDINGS_AT_A_TIME) yield* findings.slice(start, start + FINDINGS_AT_A_TIME);
}

/** What findings share: the rule and the column (a million-row check has a few dozen of these). */
export interface FindingKind {
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

  /** A series of findings (an array of objects) kept as a list, in the same order. */
  static of(findings: FindingSeries): FindingList {
    const list = new FindingList();
    for (const finding of eachFinding(findings)) list.push(finding);
    return list;
  }

  push(finding: Finding): void {
    this.pushOfKind(this.kindOf(finding), finding.row ?? 0, finding.value, finding.message, finding.fix);
  }

  /**
   * A finding given by its parts, its kind from kindOf: the engine places a cell's verdict in
   * tens of thousands of rows this way without making an object for each (see validate.ts).
   * `row` 0 is a finding about the whole table.
   */
  pushOfKind(kindId: number, row: number, value: string | null, message: string, fix: string | undefined): void {
    const at = this.length;
    if (at === this.rows.length) this.grow();
    this.rows[at] = row;
    this.kindIds[at] = kindId;
    this.texts.push(value, message, fix);
    this.length = at + 1;
  }

  /** The kind of finding `index`, and its parts: what a report writer reads without making the finding. */
  kindAt(index: number): FindingKind {
    return this.kinds[this.kindIds[index]!]!;
  }

  /** The row of finding `index`, null for one about the whole table. */
  rowAt(index: number): number | null {
    const row = this.rows[index]!;
    return row === 0 ? null : row;
  }

  valueAt(index: number): string | null {
    return this.texts[index * 3] as string | null;
  }

  messageAt(index: number): string {
    return this.texts[index * 3 + 1] as string;
  }

  fixAt(index: number): string | undefined {
    return this.texts[index * 3 + 2] as string | undefined;
  }

  /** How many findings there are of each kind, the kinds in the order first pushed: a summary without a finding made. */
  countsByKind(): { kind: FindingKind; count: number }[] {
    const counts = new Array<number>(this.kinds.length).fill(0);
    for (let i = 0; i < this.length; i++) counts[this.kindIds[i]!]!++;
    return this.kinds.map((kind, id) => ({ kind, count: counts[id]! }));
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

  /** The number of a kind of finding, the same for the same rule, severity, field and column. */
  kindOf({ ruleId, severity, field, column }: FindingKind): number {
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
