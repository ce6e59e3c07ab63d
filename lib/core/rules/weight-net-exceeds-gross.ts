import { JURISDICTIONS } from '../model/jurisdiction';
import { weightInKilograms } from '../catalog/row-weight';
import { cellFinding, NO_FINDINGS, type RowRule } from './rule';

export const weightNetExceedsGross: RowRule = {
  scope: 'row',
  id: 'weight-net-exceeds-gross',
  title: 'Net weight is above gross weight',
  severity: 'error',
  fields: ['netWeight', 'grossWeight'],
  jurisdictions: JURISDICTIONS,
  help:
    'Gross weight includes packing, so it can never be below net weight. The columns are often swapped, or one is in pounds. ' +
    'Weights are compared in kilograms after reading units given in the cells or headers.',
  source: { name: 'CBP Form 7501 Instructions (gross weight, net quantity); EU UCC DA Annex B, DS 6/1 and 6/5', url: 'https://www.cbp.gov/trade/programs-administration/entry-summary/cbp-form-7501' },
  check(row) {
    const net = weightInKilograms(row, 'netWeight');
    const gross = weightInKilograms(row, 'grossWeight');
    if (net === null || gross === null || net < 0 || gross < 0) return NO_FINDINGS;
    // A thousandth of slack absorbs unit conversion and rounding.
    if (net <= gross * 1.001) return NO_FINDINGS;
    return [
      cellFinding(this, row, 'netWeight', `Net weight ${row.text('netWeight')} is above gross weight ${row.text('grossWeight')}.`, {
        fix: 'Check whether the net and gross columns are swapped or in different units.',
      }),
    ];
  },
};
