import { approvedClassification, masterSource } from '../master/approved-classification';
import { perDistinctText } from './per-distinct-text';
import { MASTER_RULE_BASE } from '../master/master-rule-declaration';
import { classifiableDigits, formatUsCode } from '../values/tariff-code';
import { cellFinding, NO_FINDINGS, type RowRule } from './rule';

export const htsDiffersFromMaster: RowRule = {
  ...MASTER_RULE_BASE,
  scope: 'row',
  id: 'hts-differs-from-master',
  title: 'Tariff code differs from the team\u2019s approved classification',
  severity: 'warning',
  fields: ['sku', 'hts'],
  help:
    'The team keeps one approved classification per part number (a master file, or the workspace\u2019s classification master). ' +
    'A line that declares another code for the same part either repeats an old mistake or is a reclassification nobody approved; ' +
    'use the approved code, or have the master changed first. Codes written with or without dots are the same code, and a line more ' +
    'specific than an approval made at 8 digits agrees with it.',
  check(row, context) {
    const approved = approvedClassification(row, context);
    if (!approved) return NO_FINDINGS;
    const text = row.text('hts');
    // An empty or malformed code is hts-format's and cell-required's to report; comparing it says nothing more.
    const digits = perDistinctText(row, context, 'hts', 'master:hts-digits', (code) => classifiableDigits(code, context.jurisdiction));
    // A master may approve at a coarser level (8 digits): a line more specific within it agrees.
    if (digits === null || digits.startsWith(approved.tariffCode)) return NO_FINDINGS;
    const expected = context.jurisdiction === 'US' ? formatUsCode(approved.tariffCode) : approved.tariffCode;
    return [
      cellFinding(this, row, 'hts', `Part ${row.text('sku')} is approved under ${expected} (${masterSource(approved, context)}), not ${text}.`, {
        fix: expected,
      }),
    ];
  },
};
