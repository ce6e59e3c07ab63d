import type { CatalogRow } from '../catalog/catalog';
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
  numbered: ['unit', 'hts'],
  check(row, context) {
    const run = context.memo.once('unit-mismatch', () => unitRun(context));
    const unitId = run.units.ids[row.row - 1]!;
    if (unitId === 0) return NO_FINDINGS;
    const codeId = run.codes.ids[row.row - 1]!;
    let problem: UnitProblem | null;
    if (codeId === UNNUMBERED || unitId === UNNUMBERED) problem = unitProblem(run.lineOf(codeId, row), row.text('unit'));
    else {
      // Each distinct (code, unit) pair is judged once, by the two value numbers.
      const pair = codeId * run.units.texts.length + unitId;
      let judged = run.pairs.get(pair);
      if (judged === undefined) run.pairs.set(pair, (judged = unitProblem(run.lineOf(codeId, row), run.units.texts[unitId]!)));
      problem = judged;
    }
    return problem ? [cellFinding(this, row, 'unit', problem.message, { fix: problem.fix })] : NO_FINDINGS;
  },
};

/**
 * What the rule looks up once per check rather than on every row (a profile of a 100,000-row
 * check showed the look-ups, not the judging, as most of the rule's time): the two numbered
 * columns, each distinct code's schedule line, and the verdicts by (code, unit) pair.
 */
function unitRun(context: RuleContext) {
  const codes = columnValues(context.catalog, 'hts');
  const lines: (ScheduleLine | null | undefined)[] = new Array(codes.texts.length);
  return {
    units: columnValues(context.catalog, 'unit'),
    codes,
    pairs: new Map<number, UnitProblem | null>(),
    /** The schedule line requiring units of a row's code, looked up once per distinct code. */
    lineOf(codeId: number, row: CatalogRow): ScheduleLine | null {
      if (codeId === UNNUMBERED) return lineRequiringUnits(row.text('hts'), context);
      let line = lines[codeId];
      if (line === undefined) lines[codeId] = line = lineRequiringUnits(codes.texts[codeId]!, context);
      return line;
    },
  };
}

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
