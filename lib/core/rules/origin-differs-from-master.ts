import { approvedClassification, masterSource } from '../master/approved-classification';
import { perDistinctText } from './per-distinct-text';
import { MASTER_RULE_BASE } from '../master/master-rule-declaration';
import { countryCodeOfName, isCountryCode } from '../values/country';
import { cellFinding, NO_FINDINGS, type RowRule } from './rule';

/** The ISO code of an origin written as a code or a country name; undefined when it is neither. */
function originCode(text: string): string | undefined {
  const upper = text.toUpperCase();
  return isCountryCode(upper) ? upper : countryCodeOfName(text);
}

export const originDiffersFromMaster: RowRule = {
  ...MASTER_RULE_BASE,
  scope: 'row',
  id: 'origin-differs-from-master',
  title: 'Country of origin differs from the team\u2019s approved classification',
  severity: 'warning',
  fields: ['sku', 'origin'],
  help:
    'The origin approved for a part number in the team\u2019s master is the one its duty rates, Section 301 and AD/CVD checks were decided on. ' +
    'A line with another origin for the same part may be a new source that needs its own review, or a typing error; ' +
    'use the approved origin, or have the master changed first. "China" and "CN" are the same origin.',
  check(row, context) {
    const approved = approvedClassification(row, context);
    if (!approved || approved.countryOfOrigin === null) return NO_FINDINGS;
    const text = row.text('origin');
    // An empty or unreadable origin is cell-required's and origin-invalid's to report.
    const code = text === '' ? undefined : perDistinctText(row, context, 'origin', 'master:origin-code', originCode);
    if (code === undefined || code === approved.countryOfOrigin) return NO_FINDINGS;
    return [
      cellFinding(this, row, 'origin', `Part ${row.text('sku')} is approved with origin ${approved.countryOfOrigin} (${masterSource(approved, context)}), not ${text}.`, {
        fix: approved.countryOfOrigin,
      }),
    ];
  },
};
