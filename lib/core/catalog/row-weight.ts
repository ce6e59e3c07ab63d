import { type Catalog, type CatalogRow, plainNumberOf } from './catalog';
import type { FieldId } from '../model/fields';
import { trimmed } from '../values/text';
import { parseNumberCell } from '../values/number';
import { kilogramsPer } from '../values/quantity-unit';
import { NO_STEPS, type Steps } from '../work-steps';

/** The fields read as weights (weight-invalid, weight-net-exceeds-gross). */
export const WEIGHT_FIELDS: readonly FieldId[] = ['netWeight', 'grossWeight'];

/**
 * A weight column's units read once, as kilograms per unit: cell i weighs its number (the
 * catalog's number column) times `factors[factorOf[i]]`, or is no weight where `factorOf[i]` is 0.
 * A byte a cell, not a number: a million-row check keeps it for both weight columns.
 */
export interface KilogramsColumn {
  factorOf: Uint8Array;
  /** The few factors of the column; 0 is no weight. */
  factors: number[];
}

/**
 * A weight cell in kilograms, taking its unit from the cell ("12 lb"), the weight-unit column,
 * or the header ("Net Weight (kg)"), in that order; kilograms when none says otherwise.
 * Null when the cell is not a readable number or names a unit that is not a weight.
 * Two rules ask for both weights of every row: the column is read once (see readKilogramsColumnInSteps).
 */
export function weightInKilograms(row: CatalogRow, field: FieldId): number | null {
  const column = row.catalog.kilogramsColumns[field] ?? readKilogramsColumn(row.catalog, field);
  const factor = column.factorOf[row.row - 1]!;
  return factor === 0 ? null : row.number(field) * column.factors[factor]!;
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
  const factorOf = new Uint8Array(rowCount);
  const factors = [Number.NaN];
  let i = 0;
  return (budget) => {
    if (catalog.kilogramsColumns[field]) return true;
    const end = Math.min(rowCount, i + budget);
    for (; i < end; i++) {
      // The number itself is the number column's (plainNumber, else parseNumberCell's value):
      // only a cell that is not a plain number is read again, for a unit written in it.
      let cellUnit: string | undefined;
      if (column < 0 || Number.isNaN(plainNumberOf(cells, i, column, mark))) {
        const cell = parseNumberCell(column >= 0 ? cells.cell(i, column) : '', mark);
        if (cell.kind !== 'number') continue;
        cellUnit = cell.unit;
      }
      const unit = cellUnit || (unitColumn >= 0 ? trimmed(cells.cell(i, unitColumn)) : '') || headerUnits[field] || 'kg';
      const factor = kilogramsPer(unit);
      if (factor === undefined) continue;
      let at = factors.indexOf(factor, 1);
      if (at < 0) at = factors.push(factor) - 1;
      if (at > 255) throw new Error(`${field}: more than 255 units of weight in one column`);
      factorOf[i] = at;
    }
    if (i < rowCount) return false;
    catalog.kilogramsColumns[field] = { factorOf, factors };
    return true;
  };
}
