import { JURISDICTIONS } from '../model/jurisdiction';
import { notACountryTerm } from '../values/not-a-country';
import { cellFinding, NO_FINDINGS, type RowRule } from './rule';

export const originNotCountry: RowRule = {
  scope: 'row',
  id: 'origin-not-country',
  title: 'Country of origin names no single country',
  severity: 'error',
  fields: ['origin'],
  jurisdictions: JURISDICTIONS,
  help:
    'Origin is one country per line: "EU", "XX", "Various", "Unknown" or "N/A" cannot be declared. ' +
    'Find the country where the goods were wholly obtained or last substantially transformed; split the line if origins differ.',
  source: { name: '19 CFR 134.1(b) (country of origin); EU UCC Art. 60', url: 'https://www.ecfr.gov/current/title-19/chapter-I/part-134' },
  check(row) {
    const text = row.text('origin');
    if (!notACountryTerm(text)) return NO_FINDINGS;
    return [
      cellFinding(this, row, 'origin', `"${text}" is not a country: origin must be the one country the goods come from.`, {
        fix: 'Enter the ISO code of the country of origin; split the line if the goods have several.',
      }),
    ];
  },
};
