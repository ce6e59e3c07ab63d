import { JURISDICTIONS } from '../model/jurisdiction';
import { guessCurrencyCode, isCurrencyCode } from '../values/currency';
import { type CellRule, NO_PROBLEMS } from './rule';

export const currencyInvalid: CellRule = {
  scope: 'cell',
  field: 'currency',
  id: 'currency-invalid',
  title: 'Currency is not an ISO 4217 code',
  severity: 'error',
  fields: ['currency'],
  jurisdictions: JURISDICTIONS,
  help:
    'Invoice values are converted at the rate for the declared currency, given as its ISO 4217 code (USD, EUR, CNY). ' +
    'Names and local abbreviations are recognised and the code suggested: EURO → EUR, RMB → CNY, US$ → USD.',
  source: { name: 'ISO 4217; 19 CFR 159.31–159.38 (conversion of currency)', url: 'https://www.iso.org/iso-4217-currency-codes.html' },
  check(text) {
    if (text === '' || isCurrencyCode(text.toUpperCase())) return NO_PROBLEMS;
    const guess = guessCurrencyCode(text);
    const hint = guess ? ` Did you mean ${guess}?` : '';
    return [{ message: `"${text}" is not an ISO 4217 currency code.${hint}`, fix: guess }];
  },
};
