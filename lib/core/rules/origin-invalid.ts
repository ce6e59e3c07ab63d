import { JURISDICTIONS } from '../model/jurisdiction';
import { guessCountryCode, isCountryCode } from '../values/country';
import { notACountryTerm } from '../values/not-a-country';
import { type CellRule, NO_PROBLEMS } from './rule';

export const originInvalid: CellRule = {
  scope: 'cell',
  field: 'origin',
  id: 'origin-invalid',
  title: 'Country of origin is not an ISO 3166-1 code',
  severity: 'error',
  fields: ['origin'],
  jurisdictions: JURISDICTIONS,
  help:
    'Declarations give the country of origin as its ISO 3166-1 alpha-2 code (CN, DE, US). ' +
    'Names, alpha-3 codes and common slips are recognised and the right code suggested: UK → GB, China → CN, Deutschland → DE, Germny → DE.',
  source: { name: 'ISO 3166-1; CBP ACE CATAIR Appendix B (country codes); 19 CFR 134', url: 'https://www.iso.org/iso-3166-country-codes.html' },
  check(text) {
    if (text === '' || isCountryCode(text.toUpperCase()) || notACountryTerm(text)) return NO_PROBLEMS;
    const guess = guessCountryCode(text);
    if (!guess) return [{ message: `"${text}" is not an ISO 3166-1 country code.` }];
    const why = guess.basis === 'typo' ? 'probably means' : guess.basis === 'alias' ? 'is written' : 'has the code';
    return [{ message: `"${text}" is not an ISO 3166-1 code; it ${why} ${guess.code}.`, fix: guess.code }];
  },
};
