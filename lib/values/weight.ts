import type { CatalogRow } from '../catalog/catalog';
import type { FieldId } from '../model/fields';
import { kilogramsPer } from './quantity-unit';

/**
 * A weight cell in kilograms, taking its unit from the cell ("12 lb"), the weight-unit column,
 * or the header ("Net Weight (kg)"), in that order; kilograms when none says otherwise.
 * Null when the cell is not a readable number or names a unit that is not a weight.
 */
export function weightInKilograms(row: CatalogRow, field: FieldId): number | null {
  const cell = row.amount(field);
  if (cell.kind !== 'number') return null;
  const unit = cell.unit ?? (row.has('weightUnit') ? row.text('weightUnit') : '') ?? '';
  const headerUnit = row.catalog.headerUnits[field];
  const factor = kilogramsPer(unit || headerUnit || 'kg');
  return factor === undefined ? null : cell.value * factor;
}
