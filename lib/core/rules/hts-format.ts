import { JURISDICTIONS } from '../model/jurisdiction';
import { statisticalLinesHint } from '../schedule/statistical-lines';
import { parseTariffCode } from '../values/tariff-code';
import { type CellRule, NO_PROBLEMS } from './rule';

export const htsFormat: CellRule = {
  scope: 'cell',
  field: 'hts',
  id: 'hts-format',
  title: 'Tariff code is malformed',
  severity: 'error',
  fields: ['hts'],
  jurisdictions: JURISDICTIONS,
  help:
    'U.S. entries declare the 10-digit HTSUS statistical reporting number (8471.30.0100 or 8471300100). ' +
    'EU declarations use the 8-digit CN code or the 10-digit TARIC code; the UK and Canada use 10 digits. ' +
    'Only digits, with dots or spaces between the usual groups (4.2.2.2 / 4.2.4).',
  source: {
    name: 'USITC HTSUS General Notes; 19 CFR 152.11; Council Regulation (EEC) 2658/87 (CN); UK Global Tariff; Canada Customs Tariff',
    url: 'https://hts.usitc.gov/',
  },
  check(text, context) {
    if (text === '') return NO_PROBLEMS;
    const code = parseTariffCode(text, context.jurisdiction);
    if (!code.problem) return NO_PROBLEMS;
    // A U.S. 8-digit subheading lacks its statistical suffix: with a schedule, name the lines under it.
    const { schedule } = context;
    if (!code.fix && context.jurisdiction === 'US' && schedule?.jurisdiction === 'US' && code.digits?.length === 8) {
      const lines = statisticalLinesHint(schedule, code.digits, context.checkDate);
      return [{ message: `Tariff code "${code.text}" ${code.problem}.${lines.hint}`, fix: lines.fix }];
    }
    const hint = code.fix ? ` Did you mean ${code.fix}?` : '';
    return [{ message: `Tariff code "${code.text}" ${code.problem}.${hint}`, fix: code.fix }];
  },
};
