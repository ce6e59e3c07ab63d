import { lookupCode } from '../schedule/tariff-schedule';
import { classifiableDigits, formatUsCode } from '../values/tariff-code';
import { type CellRule, NO_PROBLEMS } from './rule';

export const adcvdPossible: CellRule = {
  scope: 'cell',
  field: 'hts',
  id: 'adcvd-possible',
  title: 'Antidumping or countervailing duty may apply',
  severity: 'info',
  fields: ['hts'],
  jurisdictions: ['US'],
  help:
    'CBP flags the tariff lines that antidumping (AD) or countervailing (CVD) duty orders cover ("AD Duty", "CV Duty" in the ACE HTS PGA report). ' +
    'Whether a line owes the duty depends on the country of origin, the producer and the order\'s written scope, which the tariff code alone does not settle: ' +
    'if the goods are in scope, the entry (type 03) needs the AD/CVD case number and a cash deposit at the rate of the order. ' +
    'Orders and case numbers are listed in the ITA\'s AD/CVD search and CBP\'s ACE AD/CVD messages.',
  source: {
    name: '19 U.S.C. 1671 and 1673; 19 CFR 351; CBP ACE HTS PGA report AD/CV flags; ITA AD/CVD case search',
    url: 'https://www.cbp.gov/trade/priority-issues/adcvd',
  },
  skipReason: ({ schedule }) =>
    !schedule
      ? 'needs a tariff schedule with AD/CVD flags'
      : schedule.format !== 'ace-pga-report'
        ? `the schedule in use (${schedule.name}) carries no AD/CVD flags: load CBP's ACE "HTS PGA report"`
        : null,
  check(text, context) {
    const digits = classifiableDigits(text, context.jurisdiction);
    if (!digits || !context.schedule) return NO_PROBLEMS;
    const found = lookupCode(context.schedule, digits, context.checkDate);
    if (found.status !== 'in-force') return NO_PROBLEMS;
    const orders = [found.line.antidumping && 'antidumping (AD)', found.line.countervailing && 'countervailing (CVD)'].filter(Boolean);
    if (orders.length === 0) return NO_PROBLEMS;
    return [
      {
        message:
          `${formatUsCode(digits)} is covered by ${orders.join(' and ')} duty orders for some origins and producers: ` +
          'if these goods are in an order\'s scope, the entry needs the case number and a cash deposit.',
        fix: 'Check the order\'s scope for this origin and producer (ITA AD/CVD search) and report the case number.',
      },
    ];
  },
};
