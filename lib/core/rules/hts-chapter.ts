import { JURISDICTIONS } from '../model/jurisdiction';
import { chapterProblem, parseTariffCode } from '../values/tariff-code';
import { type CellRule, NO_PROBLEMS } from './rule';

export const htsChapter: CellRule = {
  scope: 'cell',
  field: 'hts',
  id: 'hts-chapter',
  title: 'Tariff chapter cannot be a primary classification',
  severity: 'error',
  fields: ['hts'],
  jurisdictions: JURISDICTIONS,
  help:
    'The Harmonized System has chapters 01–97; chapter 77 is reserved and chapter 00 does not exist. ' +
    'Chapters 98 and 99 hold national special provisions (U.S.: goods returned, temporary imports, additional duties) ' +
    'that are reported together with the goods\' own chapter 01–97 number, never alone.',
  source: { name: 'WCO Harmonized System 2022 nomenclature; USITC HTSUS Chapters 98 and 99', url: 'https://hts.usitc.gov/' },
  check(text, context) {
    if (text === '') return NO_PROBLEMS;
    const code = parseTariffCode(text, context.jurisdiction);
    // A malformed code is hts-format's to report; its chapter may be a typo too.
    if (code.problem || !code.digits) return NO_PROBLEMS;
    const problem = chapterProblem(code.digits, context.jurisdiction);
    if (!problem) return NO_PROBLEMS;
    return [{ message: problem.message, severity: problem.severity }];
  },
};
