import { approvedClassification } from '../master/approved-classification';
import { MASTER_RULE_BASE } from '../master/master-rule-declaration';
import { cellFinding, NO_FINDINGS, type RowRule } from './rule';

export const masterUnknownPart: RowRule = {
  ...MASTER_RULE_BASE,
  scope: 'row',
  id: 'master-unknown-part',
  title: 'Part number not in the team\u2019s classification master',
  severity: 'info',
  fields: ['sku'],
  help:
    'The part number has no approved classification in the team\u2019s master, so its tariff code and origin were checked only on their own. ' +
    'New parts are expected here; have the classification approved (in the workspace, from a finding, or by adding it to the master file) ' +
    'so the next catalogs are compared with it.',
  check(row, context) {
    if (approvedClassification(row, context) !== undefined) return NO_FINDINGS;
    return [cellFinding(this, row, 'sku', `Part ${row.text('sku')} has no approved classification in ${context.master!.name}.`)];
  },
};
