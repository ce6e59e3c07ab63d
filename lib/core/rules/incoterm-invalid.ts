import { JURISDICTIONS } from '../model/jurisdiction';
import { INCOTERMS_2020, WITHDRAWN_INCOTERMS } from '../values/incoterms';
import { editDistance } from '../values/text';
import { type CellRule, NO_PROBLEMS } from './rule';

export const incotermInvalid: CellRule = {
  scope: 'cell',
  field: 'incoterm',
  id: 'incoterm-invalid',
  title: 'Not an Incoterms 2020 term',
  severity: 'error',
  fields: ['incoterm'],
  jurisdictions: JURISDICTIONS,
  help:
    'The terms of sale decide which freight and insurance costs are in the customs value. Incoterms 2020 has eleven rules: ' +
    'EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR, CIF (a named place may follow, "FOB Shanghai"). DAT was replaced by DPU in 2020.',
  source: { name: 'ICC Incoterms® 2020 (ICC publication 723E)', url: 'https://iccwbo.org/business-solutions/incoterms-rules/incoterms-2020/' },
  check(text) {
    if (text === '') return NO_PROBLEMS;
    const term = text.split(/[\s,;/]+/)[0]!.toUpperCase();
    if (INCOTERMS_2020.has(term)) return NO_PROBLEMS;
    const withdrawn = WITHDRAWN_INCOTERMS[term];
    if (withdrawn) {
      return [
        {
          message: `${term} is from ${withdrawn.edition} and is not an Incoterms 2020 rule; it was replaced by ${withdrawn.replacement}.`,
          fix: withdrawn.replacement,
        },
      ];
    }
    const close = [...INCOTERMS_2020].filter((valid) => editDistance(term, valid, 1) <= 1);
    const fix = close.length === 1 ? close[0] : undefined;
    const hint = fix ? ` Did you mean ${fix}?` : '';
    return [{ message: `"${text}" is not an Incoterms 2020 rule.${hint}`, fix }];
  },
};
