import { JURISDICTIONS } from '../model/jurisdiction';
import { COUNT_UNITS, normalizeQuantityUnit } from '../values/quantity-unit';
import { perDistinctText } from './per-distinct-text';
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
  check(row, context) {
    const quantity = row.number('quantity');
    if (Number.isNaN(quantity)) {
      const cell = row.amount('quantity');
      if (cell.kind !== 'unreadable') return NO_FINDINGS;
      return [cellFinding(this, row, 'quantity', `Quantity ${cell.reason}.`, { fix: 'Enter the quantity as digits, e.g. 120.' })];
    }
    if (quantity <= 0) {
      return [cellFinding(this, row, 'quantity', `Quantity ${quantity} is ${quantity === 0 ? 'zero' : 'negative'}: it must be positive.`)];
    }
    if (Number.isInteger(quantity)) return NO_FINDINGS;
    // Read once per distinct unit: a fractional quantity is common (12.5 KG).
    const unit = row.has('unit') ? perDistinctText(row, context, 'unit', 'quantity-invalid:unit', normalizeQuantityUnit) : normalizeQuantityUnit((row.amount('quantity') as { unit?: string }).unit ?? '');
    if (!COUNT_UNITS.has(unit)) return NO_FINDINGS;
    return [
      cellFinding(this, row, 'quantity', `Quantity ${quantity} is fractional, but ${unit} counts whole units.`, {
        // Never suggest 0 for 0.4 pieces: a zero quantity is itself invalid.
        fix: String(Math.max(1, Math.round(quantity))),
      }),
    ];
  },
};
