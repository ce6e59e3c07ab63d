import { JURISDICTIONS } from '../model/jurisdiction';
import { COUNT_UNITS, normalizeQuantityUnit } from '../values/quantity-unit';
import { cellFinding, NO_FINDINGS, type RowRule } from './rule';

export const quantityInvalid: RowRule = {
  scope: 'row',
  id: 'quantity-invalid',
  title: 'Quantity is not a usable number',
  severity: 'error',
  fields: ['quantity'],
  jurisdictions: JURISDICTIONS,
  help:
    'The quantity must be a positive number; for units that count whole things (NO, PCS, DOZ, PRS) it must be a whole number. ' +
    'Both decimal conventions are read (1,234.5 and 1.234,5). An empty quantity is reported by cell-required.',
  source: { name: '19 CFR 141.86(a)(2) (quantities); USITC HTSUS General Statistical Notes', url: 'https://www.ecfr.gov/current/title-19/chapter-I/part-141/subpart-F/section-141.86' },
  check(row) {
    const cell = row.amount('quantity');
    if (cell.kind === 'empty') return NO_FINDINGS;
    if (cell.kind === 'unreadable') {
      return [cellFinding(this, row, 'quantity', `Quantity ${cell.reason}.`, { fix: 'Enter the quantity as digits, e.g. 120.' })];
    }
    if (cell.value <= 0) {
      return [cellFinding(this, row, 'quantity', `Quantity ${cell.value} is ${cell.value === 0 ? 'zero' : 'negative'}: it must be positive.`)];
    }
    const unit = row.has('unit') ? normalizeQuantityUnit(row.text('unit')) : cell.unit ? normalizeQuantityUnit(cell.unit) : '';
    if (COUNT_UNITS.has(unit) && !Number.isInteger(cell.value)) {
      return [
        cellFinding(this, row, 'quantity', `Quantity ${cell.value} is fractional, but ${unit} counts whole units.`, {
          fix: String(Math.round(cell.value)),
        }),
      ];
    }
    return NO_FINDINGS;
  },
};
