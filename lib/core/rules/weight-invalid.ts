import type { Finding } from '../model/finding';
import { JURISDICTIONS } from '../model/jurisdiction';
import { weightInKilograms } from '../catalog/row-weight';
import { cellFinding, NO_FINDINGS, type RowRule } from './rule';

/** Checked on every row: one list, not a new one per row. */
const WEIGHT_FIELDS = ['netWeight', 'grossWeight'] as const;

export const weightInvalid: RowRule = {
  scope: 'row',
  id: 'weight-invalid',
  title: 'Weight is not a usable number',
  severity: 'error',
  fields: ['netWeight', 'grossWeight'],
  needs: 'any',
  jurisdictions: JURISDICTIONS,
  help:
    'Net and gross weights must be numbers, not negative, in kilograms unless a unit is given in the cell, a weight-unit column or the header. ' +
    'Weights feed the net quantity for KG-reported lines and the manifest.',
  source: { name: 'CBP Form 7501 Instructions (block 35, net quantity; gross weight); EU DS 6/1 and 6/5', url: 'https://www.cbp.gov/trade/programs-administration/entry-summary/cbp-form-7501' },
  check(row) {
    let findings: Finding[] | undefined;
    for (const field of WEIGHT_FIELDS) {
      if (!row.has(field)) continue;
      const weight = row.number(field);
      // A readable weight passes only in a unit of weight: "12 pcs" or a "PCS" weight-unit column does not.
      if (weight >= 0 && weightInKilograms(row, field) !== null) continue;
      const label = field === 'netWeight' ? 'Net weight' : 'Gross weight';
      if (weight < 0) {
        (findings ??= []).push(cellFinding(this, row, field, `${label} ${weight} is negative.`));
        continue;
      }
      const cell = row.amount(field);
      if (cell.kind === 'unreadable') {
        (findings ??= []).push(cellFinding(this, row, field, `${label} ${cell.reason}.`, { fix: 'Enter the weight in kilograms, e.g. 12.5.' }));
      } else if (cell.kind === 'number') {
        const unit = cell.unit ?? row.text('weightUnit');
        (findings ??= []).push(
          cellFinding(this, row, field, `${label} ${row.text(field)} is in "${unit}", which is not a unit of weight.`, {
            fix: 'Give the weight in kg (or g, t, lb, oz).',
          }),
        );
      }
    }
    return findings ?? NO_FINDINGS;
  },
};
