import { lookupCode } from '../schedule/tariff-schedule';
import { normalizeQuantityUnit } from '../values/quantity-unit';
import { classifiableDigits, formatUsCode } from '../values/tariff-code';
import { cellFinding, NO_FINDINGS, type RowRule } from './rule';

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
    const unitText = row.text('unit');
    const digits = classifiableDigits(row.raw('hts'), context.jurisdiction);
    if (unitText === '' || !digits || !context.schedule) return NO_FINDINGS;
    const found = lookupCode(context.schedule, digits, context.checkDate);
    if (found.status !== 'in-force') return NO_FINDINGS;
    const required = found.line.units;
    // "X" means the line reports no quantity.
    if (required.length === 0 || required.includes('X')) return NO_FINDINGS;
    if (required.includes(normalizeQuantityUnit(unitText))) return NO_FINDINGS;
    const list = required.join(' and ');
    return [
      cellFinding(this, row, 'unit', `${formatUsCode(digits)} is reported in ${list}, not ${unitText}.`, { fix: required[0] }),
    ];
  },
};
