import { JURISDICTIONS } from '../model/jurisdiction';
import { notACountryTerm } from '../values/not-a-country';
import { type CellRule, NO_PROBLEMS } from './rule';

export const originNotCountry: CellRule = {
  scope: 'cell',
  field: 'origin',
  id: 'origin-not-country',
  title: 'Country of origin names no single country',
  severity: 'error',
  fields: ['origin'],
  jurisdictions: JURISDICTIONS,
  help:
    'Origin is one country per line: "EU", "XX", "Various", "Unknown" or "N/A" cannot be declared. ' +
    'Find the country where the goods were wholly obtained or last substantially transformed; split the line if origins differ.',
  source: { name: '19 CFR 134.1(b) (country of origin); EU UCC Art. 60', url: 'https://www.ecfr.gov/current/title-19/chapter-I/part-134' },
  check(text) {
    if (!notACountryTerm(text)) return NO_PROBLEMS;
    return [
      {
        message: `"${text}" is not a country: origin must be the one country the goods come from.`,
        fix: 'Enter the ISO code of the country of origin; split the line if the goods have several.',
      },
    ];
  },
};
