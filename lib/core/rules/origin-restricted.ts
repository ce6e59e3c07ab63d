import { countryName } from '../values/country';
import { type CellRule, NO_PROBLEMS } from './rule';

/**
 * U.S. treatment by origin: comprehensive OFAC sanctions (Cuba, Iran, North Korea, Syria: imports
 * generally prohibited without a licence) and Column 2 rates with import bans on listed goods
 * (Russia and Belarus, Suspending Normal Trade Relations with Russia and Belarus Act, 2022).
 */
const RESTRICTED_ORIGINS: Record<string, string> = {
  CU: 'comprehensive U.S. embargo (31 CFR 515): imports are prohibited without an OFAC licence',
  IR: 'comprehensive U.S. sanctions (31 CFR 560): imports are prohibited without an OFAC licence',
  KP: 'comprehensive U.S. sanctions (31 CFR 510; CAATSA §321 presumes North Korean labour): imports are prohibited',
  SY: 'U.S. sanctions on Syria (31 CFR 542): check current OFAC licensing before importing',
  RU: 'Column 2 duty rates since 2022 (Pub. L. 117-110) and import bans on listed goods (E.O. 14068)',
  BY: 'Column 2 duty rates since 2022 (Pub. L. 117-110)',
};

export const originRestricted: CellRule = {
  scope: 'cell',
  field: 'origin',
  id: 'origin-restricted',
  title: 'Origin under embargo or special U.S. treatment',
  severity: 'warning',
  fields: ['origin'],
  jurisdictions: ['US'],
  help:
    'Goods from Cuba, Iran, North Korea and Syria fall under OFAC sanctions programs; goods from Russia and Belarus pay Column 2 rates ' +
    'and some are banned. The line may be right, but it needs a licence, a different rate or a compliance review before filing.',
  source: { name: 'OFAC sanctions programs (31 CFR Chapter V); Pub. L. 117-110; E.O. 14068', url: 'https://ofac.treasury.gov/sanctions-programs-and-country-information' },
  check(text) {
    const code = text.toUpperCase();
    const treatment = RESTRICTED_ORIGINS[code];
    if (!treatment) return NO_PROBLEMS;
    return [{ message: `Origin ${countryName(code)} (${code}): ${treatment}.` }];
  },
};
