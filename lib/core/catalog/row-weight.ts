import type { Catalog, CatalogRow } from './catalog';
import type { FieldId } from '../model/fields';
import { trimmed } from '../values/text';
import { parseNumberCell, plainNumber } from '../values/number';
import { kilogramsPer } from '../values/quantity-unit';
import { NO_STEPS, type Steps } from '../work-steps';

/** The fields read as weights (weight-invalid, weight-net-exceeds-gross). */
export const WEIGHT_FIELDS: readonly FieldId[] = ['netWeight', 'grossWeight'];

/** A weight column read once in kilograms: `kilograms[i]` where `read[i]` is 1, no weight where 0. */
export interface KilogramsColumn {
  kilograms: Float64Array;
  read: Uint8Array;
}

/**
 * A weight cell in kilograms, taking its unit from the cell ("12 lb"), the weight-unit column,
 * or the header ("Net Weight (kg)"), in that order; kilograms when none says otherwise.
 * Null when the cell is not a readable number or names a unit that is not a weight.
 * Two rules ask for both weights of every row: the column is read once (see readKilogramsColumnInSteps).
 */
export function weightInKilograms(row: CatalogRow, field: FieldId): number | null {
  const column = row.catalog.kilogramsColumns[field] ?? readKilogramsColumn(row.catalog, field);
  const index = row.row - 1;
  return column.read[index] === 1 ? column.kilograms[index]! : null;
}

function readKilogramsColumn(catalog: Catalog, field: FieldId): KilogramsColumn {
  readKilogramsColumnInSteps(catalog, field)(Infinity);
  return catalog.kilogramsColumns[field]!;
}

/**
 * Read a weight column into kilograms a part at a time (see work-steps.ts); once finished,
 * weightInKilograms answers from it. The validation reads the weight columns before its rules run.
 */
export function readKilogramsColumnInSteps(catalog: Catalog, field: FieldId): Steps {
  if (catalog.kilogramsColumns[field]) return NO_STEPS;
  const { cells, mapping, decimalMarks, headerUnits } = catalog;
  const column = mapping.columnOf[field];
  const unitColumn = mapping.columnOf.weightUnit;
  const mark = decimalMarks[field] ?? '.';
  const rowCount = cells.rowCount;
  const kilograms = new Float64Array(rowCount);
  const read = new Uint8Array(rowCount);
  let i = 0;
  return (budget) => {
    if (catalog.kilogramsColumns[field]) return true;
    const end = Math.min(rowCount, i + budget);
    for (; i < end; i++) {
      const raw = column >= 0 ? cells.cell(i, column) : '';
      let value = plainNumber(raw, mark);
      let cellUnit: string | undefined;
      if (Number.isNaN(value)) {
        const cell = parseNumberCell(raw, mark);
        if (cell.kind !== 'number') continue;
        value = cell.value;
        cellUnit = cell.unit;
      }
      const unit = cellUnit || (unitColumn >= 0 ? trimmed(cells.cell(i, unitColumn)) : '') || headerUnits[field] || 'kg';
      const factor = kilogramsPer(unit);
      if (factor === undefined) continue;
      kilograms[i] = value * factor;
      read[i] = 1;
    }
    if (i < rowCount) return false;
    catalog.kilogramsColumns[field] = { kilograms, read };
    return true;
  };
}
