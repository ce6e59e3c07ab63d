import type { CatalogRow } from './catalog';
import type { FieldId } from '../model/fields';
import { plainNumber } from '../values/number';
import { kilogramsPer } from '../values/quantity-unit';

/**
 * A weight cell in kilograms, taking its unit from the cell ("12 lb"), the weight-unit column,
 * or the header ("Net Weight (kg)"), in that order; kilograms when none says otherwise.
 * Null when the cell is not a readable number or names a unit that is not a weight.
 */
export function weightInKilograms(row: CatalogRow, field: FieldId): number | null {
  let value = plainNumber(row.raw(field), row.catalog.decimalMarks[field] ?? '.');
  let cellUnit: string | undefined;
  if (Number.isNaN(value)) {
    const cell = row.amount(field);
    if (cell.kind !== 'number') return null;
    value = cell.value;
    cellUnit = cell.unit;
  }
  const unit = cellUnit || (row.has('weightUnit') ? row.text('weightUnit') : '') || row.catalog.headerUnits[field] || 'kg';
  const factor = kilogramsPer(unit);
  return factor === undefined ? null : value * factor;
}
