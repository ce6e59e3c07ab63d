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
    // Codes and units repeat on thousands of lines: each distinct one is looked up once.
    const units = columnValues(context.catalog, 'unit');
    const unitId = units.ids[row.row - 1]!;
    if (unitId === 0) return NO_FINDINGS;
    const codes = columnValues(context.catalog, 'hts');
    const codeId = codes.ids[row.row - 1]!;
    let line: ScheduleLine | null | undefined;
    if (codeId === UNNUMBERED) line = lineRequiringUnits(row.text('hts'), context);
    else {
      const lines = context.memo.list<ScheduleLine | null>('unit-mismatch:line', codes.texts.length);
      line = lines[codeId];
      // null (no units to compare) is remembered too; only undefined means not looked up yet.
      if (line === undefined) lines[codeId] = line = lineRequiringUnits(codes.texts[codeId]!, context);
    }
    if (!line) return NO_FINDINGS;
    const unitText = row.text('unit');
    let unit: string;
    if (unitId === UNNUMBERED) unit = normalizeQuantityUnit(unitText);
    else {
      const normalized = context.memo.list<string>('unit-mismatch:unit', units.texts.length);
      unit = normalized[unitId] ??= normalizeQuantityUnit(unitText);
    }
    if (line.units.includes(unit)) return NO_FINDINGS;
    return [
      cellFinding(this, row, 'unit', `${formatUsCode(line.code)} is reported in ${line.units.join(' and ')}, not ${unitText}.`, {
        fix: line.units[0],
      }),
    ];
  },
};

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
