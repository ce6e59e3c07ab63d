import { columnValues, UNNUMBERED } from '../catalog/column-values';
import { lookupCode, type ScheduleLine } from '../schedule/tariff-schedule';
import { normalizeQuantityUnit } from '../values/quantity-unit';
import { classifiableDigits, formatUsCode } from '../values/tariff-code';
import { cellFinding, NO_FINDINGS, type RowRule, type RuleContext } from './rule';

export const unitMismatch: RowRule = {
  scope: 'row',
  id: 'unit-mismatch',
  title: 'Unit of quantity differs from the schedule',
  severity: 'warning',
  fields: ['unit', 'hts'],
  jurisdictions: ['US'],
  help:
    'Each HTSUS statistical line names the unit(s) quantities must be reported in (NO, KG, DOZ, PRS, M2...). ' +
    'A line reported in another unit is rejected by ACE or misstates the statistics. Units are compared after reading common spellings (PCS = NO, KGS = KG).',
  source: { name: 'USITC HTSUS General Statistical Note 1; CBP ACE CATAIR Appendix B (units of measure)', url: 'https://hts.usitc.gov/' },
  skipReason: ({ schedule }) => (schedule ? null : 'needs a tariff schedule: load one with --schedule'),
  check(row, context) {
    // Codes and units repeat on thousands of lines: each distinct pair of them is judged once.
    const units = columnValues(context.catalog, 'unit');
    const unitId = units.ids[row.row - 1]!;
    if (unitId === 0) return NO_FINDINGS;
    const codes = columnValues(context.catalog, 'hts');
    const codeId = codes.ids[row.row - 1]!;
    if (codeId === UNNUMBERED || unitId === UNNUMBERED) {
      const problem = unitProblem(lineRequiringUnits(row.text('hts'), context), row.text('unit'));
      return problem ? [cellFinding(this, row, 'unit', problem.message, { fix: problem.fix })] : NO_FINDINGS;
    }
    const pairs = context.memo.once('unit-mismatch', () => new PairVerdicts(codes.texts.length, units.texts.length));
    const pair = codeId * units.texts.length + unitId;
    let problem = pairs.verdict(pair);
    if (problem === undefined) {
      const lines = context.memo.list<ScheduleLine | null>('unit-mismatch:line', codes.texts.length);
      // null (no units to compare) is remembered too; only undefined means not looked up yet.
      let line = lines[codeId];
      if (line === undefined) lines[codeId] = line = lineRequiringUnits(codes.texts[codeId]!, context);
      pairs.remember(pair, (problem = unitProblem(line, units.texts[unitId]!)));
    }
    return problem ? [cellFinding(this, row, 'unit', problem.message, { fix: problem.fix })] : NO_FINDINGS;
  },
};

/** What a row is told when its unit is not one its code's schedule line names. */
interface UnitProblem {
  message: string;
  fix: string | undefined;
}

/**
 * The verdict on each (code, unit) pair by value numbers: a byte per pair while the table stays
 * small (it does: a catalog has thousands of codes and a few dozen units), the problems apart.
 */
class PairVerdicts {
  private static readonly MAX_BYTES = 4_000_000;
  private readonly judged: Uint8Array | null;
  private readonly problems = new Map<number, UnitProblem | null>();

  constructor(codes: number, units: number) {
    this.judged = codes * units <= PairVerdicts.MAX_BYTES ? new Uint8Array(codes * units) : null;
  }

  /** undefined: not judged yet; null: the unit is right (or the line names none). */
  verdict(pair: number): UnitProblem | null | undefined {
    if (!this.judged) return this.problems.get(pair);
    const judged = this.judged[pair];
    return judged === NOT_JUDGED ? undefined : judged === RIGHT ? null : this.problems.get(pair);
  }

  remember(pair: number, problem: UnitProblem | null): void {
    if (this.judged) this.judged[pair] = problem ? WRONG : RIGHT;
    if (problem || !this.judged) this.problems.set(pair, problem);
  }
}

const NOT_JUDGED = 0;
const RIGHT = 1;
const WRONG = 2;

/** The problem with reporting `unitText` against a schedule line, or null when the unit is one it names (or there is no line). */
function unitProblem(line: ScheduleLine | null, unitText: string): UnitProblem | null {
  if (!line || line.units.includes(normalizeQuantityUnit(unitText))) return null;
  return { message: `${formatUsCode(line.code)} is reported in ${line.units.join(' and ')}, not ${unitText}.`, fix: line.units[0] };
}

/** The schedule line of a classifiable code in force, when it names the units quantities are reported in. */
function lineRequiringUnits(hts: string, context: RuleContext): ScheduleLine | null {
  const digits = classifiableDigits(hts, context.jurisdiction);
  if (!digits || !context.schedule) return null;
  const found = lookupCode(context.schedule, digits, context.checkDate);
  if (found.status !== 'in-force') return null;
  // No units, or "X": the line reports no quantity.
  const { units } = found.line;
  return units.length === 0 || units.includes('X') ? null : found.line;
}
