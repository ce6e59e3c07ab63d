import { JURISDICTIONS } from '../model/jurisdiction';
import { isHs2022Subheading } from '../reference/hs2022';
import { statisticalLinesHint } from '../schedule/statistical-lines';
import { lookupCode, type TariffSchedule } from '../schedule/tariff-schedule';
import { classifiableDigits, formatUsCode } from '../values/tariff-code';
import { type CellProblem, type CellRule, NO_PROBLEMS } from './rule';

export const htsUnknown: CellRule = {
  scope: 'cell',
  field: 'hts',
  id: 'hts-unknown',
  title: 'Tariff code is not in the schedule',
  severity: 'error',
  fields: ['hts'],
  jurisdictions: JURISDICTIONS,
  help:
    'A well-formed code can still not exist, or not be in force on the date of entry: schedules change several times a year. ' +
    'U.S. codes are looked up in the tariff schedule you load (CBP ACE "HTS PGA report" or the USITC HTS export), or the one built into the product, on the check date; ' +
    'a line whose end date falls after the schedule\'s own date is reported as a warning to confirm in a current schedule. ' +
    'For EU, UK and Canadian codes without a national schedule, the first six digits are checked against the HS 2022 subheadings.',
  source: { name: 'USITC Harmonized Tariff Schedule of the United States; WCO HS 2022 nomenclature', url: 'https://hts.usitc.gov/' },
  skipReason: ({ jurisdiction, schedule }) =>
    jurisdiction === 'US' && !schedule ? 'needs a tariff schedule: load one with --schedule (ACE HTS PGA report or USITC export)' : null,
  check(text, context) {
    const digits = classifiableDigits(text, context.jurisdiction);
    if (!digits) return NO_PROBLEMS;
    const { schedule } = context;
    if (!schedule || schedule.jurisdiction !== context.jurisdiction) {
      return isHs2022Subheading(digits.slice(0, 6))
        ? NO_PROBLEMS
        : [{ message: `${digits.slice(0, 6)} (the first six digits) is not a subheading of the Harmonized System 2022.` }];
    }
    return checkAgainstSchedule(schedule, digits, context.checkDate);
  },
};

function checkAgainstSchedule(schedule: TariffSchedule, digits: string, date: string): readonly CellProblem[] {
  const found = lookupCode(schedule, digits, date);
  const shown = formatUsCode(digits);
  switch (found.status) {
    case 'in-force':
      return NO_PROBLEMS;
    case 'expired':
      // An end date after the schedule's own date was a forecast when the schedule was made: the
      // line may since have been extended or replaced by lines this schedule does not have.
      if (schedule.asOf && found.line.expires! > schedule.asOf) {
        return [
          {
            message: `${shown} ends on ${found.line.expires} according to the schedule of ${schedule.asOf}; it is not in force on ${date} unless it was extended since. Check it in a current schedule.`,
            severity: 'warning',
          },
        ];
      }
      return [{ message: `${shown} expired on ${found.line.expires}; it is not in force on ${date}.` }];
    case 'not-yet':
      return [{ message: `${shown} takes effect on ${found.line.effective}; it is not in force on ${date}.` }];
    case 'not-statistical':
      return [{ message: `${shown} is a subheading with statistical lines below it: declare the full 10-digit number.` }];
    case 'absent': {
      const { hint, fix } = digits.length === 10 ? statisticalLinesHint(schedule, digits.slice(0, 8), date) : { hint: '', fix: undefined };
      return [{ message: `${shown} is not in the tariff schedule (${schedule.name}).${hint}`, fix }];
    }
  }
}
