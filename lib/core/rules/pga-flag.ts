import { lookupCode } from '../schedule/tariff-schedule';
import { agenciesForFlags, agenciesForChapter } from '../values/partner-agencies';
import { classifiableDigits } from '../values/tariff-code';
import { type CellRule, NO_PROBLEMS } from './rule';

export const pgaFlag: CellRule = {
  scope: 'cell',
  field: 'hts',
  id: 'pga-flag',
  title: 'Another agency usually needs data for this code',
  severity: 'info',
  fields: ['hts'],
  jurisdictions: ['US'],
  help:
    'Partner government agencies (FDA, USDA APHIS and AMS, Fish & Wildlife, EPA, NHTSA, TTB, CPSC, FCC...) require their own data ' +
    '(PGA message set) for many tariff lines. With a schedule loaded this uses its PGA flags (FD1–FD4, AQ1/AQ2, AL1/AL2, EP*, ...); ' +
    'without one it gives chapter-level hints.',
  source: { name: 'CBP ACE "HTS PGA report" flags; CBP ACE CATAIR PGA Message Set', url: 'https://www.cbp.gov/trade/ace/catair' },
  check(text, context) {
    const digits = classifiableDigits(text, context.jurisdiction);
    if (!digits) return NO_PROBLEMS;
    if (context.schedule) {
      const found = lookupCode(context.schedule, digits, context.checkDate);
      if (found.status !== 'in-force' || found.line.agencies.length === 0) return NO_PROBLEMS;
      return [{ message: `The schedule flags this line for ${agenciesForFlags(found.line.agencies)}: prepare their data (PGA message set).` }];
    }
    const hint = agenciesForChapter(digits);
    return hint ? [{ message: `Goods of this chapter usually need data for ${hint}.` }] : NO_PROBLEMS;
  },
};
