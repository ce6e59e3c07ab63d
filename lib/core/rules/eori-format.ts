import { type CellRule, NO_PROBLEMS } from './rule';

/** EU member states' EORI prefixes (ISO codes; Greece issues EORIs under both GR and EL). */
const EU_MEMBER_STATES = new Set([
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'EL', 'GR', 'ES', 'FI', 'FR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV',
  'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
]);

export const eoriFormat: CellRule = {
  scope: 'cell',
  field: 'importerId',
  id: 'eori-format',
  title: 'EORI number is malformed',
  severity: 'error',
  fields: ['importerId'],
  jurisdictions: ['EU', 'UK'],
  help:
    'An EORI number is the issuing member state\'s country code followed by up to 15 letters or digits (EU). ' +
    'UK EORIs are GB followed by 12 digits; traders in Northern Ireland use XI followed by 12 digits.',
  source: { name: 'Commission Implementing Regulation (EU) 2015/2447 Art. 7; HMRC "Get an EORI number"', url: 'https://taxation-customs.ec.europa.eu/customs-4/customs-procedures-import-and-export-0/customs-procedures/economic-operators-registration-and-identification-number-eori_en' },
  check(text, context) {
    if (text === '') return NO_PROBLEMS;
    const eori = text.replace(/\s+/g, '').toUpperCase();
    const prefix = eori.slice(0, 2);
    let problem: string | null = null;
    if (prefix === 'GB' || prefix === 'XI') {
      if (!/^(GB|XI)\d{12}$/.test(eori)) problem = `${prefix} EORI numbers are ${prefix} followed by 12 digits`;
      // Since 2021 a GB EORI is not valid in EU declarations; XI (Northern Ireland) is valid in both.
      else if (prefix === 'GB' && context.jurisdiction === 'EU') problem = 'a GB EORI is not valid in an EU declaration; use an EU (or XI) EORI';
    } else if (EU_MEMBER_STATES.has(prefix)) {
      if (!/^[A-Z]{2}[A-Z0-9]{1,15}$/.test(eori)) problem = 'EU EORI numbers are the country code followed by 1–15 letters or digits';
      else if (context.jurisdiction === 'UK') problem = 'UK declarations need a GB EORI (or XI for Northern Ireland), not an EU one';
    } else {
      problem = `"${prefix}" is not the code of an EU member state, GB or XI`;
    }
    if (!problem) return NO_PROBLEMS;
    return [{ message: `EORI "${text}" is malformed: ${problem}.` }];
  },
};
