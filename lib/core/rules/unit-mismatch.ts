import { columnValues, UNNUMBERED } from '../catalog/column-values';
import { lookupCode, type ScheduleLine } from '../schedule/tariff-schedule';
import { normalizeQuantityUnit } from '../values/quantity-unit';
import { classifiableDigits, formatUsCode } from '../values/tariff-code';
import { perDistinctText } from './per-distinct-text';
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
    const units = columnValues(context.catalog, 'unit');
    const unitId = units.ids[row.row - 1]!;
    if (unitId === 0) return NO_FINDINGS;
    const codeId = columnValues(context.catalog, 'hts').ids[row.row - 1]!;
    // Codes repeat on thousands of lines: each distinct code's schedule line is looked up once.
    const line = () => perDistinctText(row, context, 'hts', 'unit-mismatch:line', (hts) => lineRequiringUnits(hts, context));
    let problem: UnitProblem | null;
    if (codeId === UNNUMBERED || unitId === UNNUMBERED) problem = unitProblem(line(), row.text('unit'));
    else {
      // And each distinct (code, unit) pair is judged once, by the two value numbers.
      const pairs = context.memo.once('unit-mismatch:pairs', () => new Map<number, UnitProblem | null>());
      const pair = codeId * units.texts.length + unitId;
      let judged = pairs.get(pair);
      if (judged === undefined) pairs.set(pair, (judged = unitProblem(line(), units.texts[unitId]!)));
      problem = judged;
    }
    return problem ? [cellFinding(this, row, 'unit', problem.message, { fix: problem.fix })] : NO_FINDINGS;
  },
};

/** What a row is told when its unit is not one its code's schedule line names. */
interface UnitProblem {
  message: string;
  fix: string | undefined;
}

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
