import { JURISDICTIONS } from '../model/jurisdiction';
import { cellFinding, NO_FINDINGS, type RowRule } from './rule';

/** Rounding on invoices: a line total may differ from quantity × price by up to 1% or one cent. */
const RELATIVE_TOLERANCE = 0.01;
const ABSOLUTE_TOLERANCE = 0.01;

export const valueMismatch: RowRule = {
  scope: 'row',
  id: 'value-mismatch',
  title: 'Quantity × unit value does not equal the line value',
  severity: 'error',
  fields: ['quantity', 'unitValue', 'lineValue'],
  jurisdictions: JURISDICTIONS,
  help:
    'The line value should equal quantity × unit value. A difference above 1% (and above 0.01) usually means a wrong quantity, ' +
    'a price per dozen or per thousand, or a typo — and a misdeclared value.',
  source: { name: '19 CFR 141.86(a)(5)–(6) (purchase price per unit and total)', url: 'https://www.ecfr.gov/current/title-19/chapter-I/part-141/subpart-F/section-141.86' },
  check(row) {
    const quantity = row.number('quantity');
    const unitValue = row.number('unitValue');
    const lineValue = row.number('lineValue');
    // Unreadable (NaN), empty or non-positive amounts are other rules' findings; comparing them would repeat those.
    if (!(quantity > 0 && unitValue > 0 && lineValue > 0)) return NO_FINDINGS;
    const expected = quantity * unitValue;
    const difference = Math.abs(expected - lineValue);
    if (difference <= ABSOLUTE_TOLERANCE || difference <= RELATIVE_TOLERANCE * lineValue) return NO_FINDINGS;
    const computed = (Math.round(expected * 100) / 100).toFixed(2);
    return [
      cellFinding(
        this,
        row,
        'lineValue',
        `Line value ${lineValue} differs from quantity ${quantity} × unit value ${unitValue} = ${computed}.`,
        { fix: computed },
      ),
    ];
  },
};
