import { midFormatProblem } from '../values/manufacturer-id';
import { type CellRule, NO_PROBLEMS } from './rule';

export const midFormat: CellRule = {
  scope: 'cell',
  field: 'mid',
  id: 'mid-format',
  title: 'Manufacturer ID is not built the way CBP requires',
  severity: 'error',
  fields: ['mid'],
  jurisdictions: ['US'],
  help:
    'A MID is the ISO country code (a province code XA–XY for Canada, never CA), the first three letters of the first two words of the ' +
    'manufacturer\'s name, the largest number of its street address (up to four digits) and the first three letters of its city: ' +
    'at most 15 capital letters and digits, e.g. CNBRIELE1288SHE.',
  source: { name: '19 CFR Part 102 Appendix (MID construction); CBP ACE CATAIR Appendix 2', url: 'https://www.ecfr.gov/current/title-19/chapter-I/part-102/appendix-Appendix%20to%20Part%20102' },
  check(mid) {
    if (mid === '') return NO_PROBLEMS;
    const found = midFormatProblem(mid);
    if (!found) return NO_PROBLEMS;
    const hint = found.fix ? ` Did you mean ${found.fix}?` : '';
    return [{ message: `MID "${mid}" ${found.problem}.${hint}`, fix: found.fix }];
  },
};
