import type { Catalog } from './catalog';
import { numberedValuesIfRead, UNNUMBERED } from './column-values';
import type { FieldId } from '../model/fields';
import { trimmed } from '../values/text';
import type { Steps } from '../work-steps';

/**
 * Which cells of a field's column are blank (empty or white space), 1 a row, read a part at a time
 * (see work-steps.ts) into `blank`. The answer of CatalogRow.isBlank, found for the whole column at
 * once from what the check read of it already: an amount read as a number is not blank, a numbered
 * value is blank when it is text 0 (the empty text); any other cell is trimmed. Asked row by row,
 * each cell cost a chain of look-ups by field name (cell-required asked six a row: a tenth of a
 * 100,000-row validation).
 */
export function readBlankCellsInSteps(catalog: Catalog, field: FieldId, blank: Uint8Array): Steps {
  const { cells } = catalog;
  const column = catalog.mapping.columnOf[field];
  const numbers = catalog.numberColumns[field];
  const values = numberedValuesIfRead(catalog, field);
  let index = 0;
  return (budget) => {
    const end = Math.min(cells.rowCount, index + budget);
    for (; index < end; index++) {
      if (numbers && !Number.isNaN(numbers[index]!)) continue;
      const id = values ? values.ids[index]! : UNNUMBERED;
      const isBlank = id === UNNUMBERED ? column < 0 || trimmed(cells.cell(index, column)) === '' : id === 0;
      if (isBlank) blank[index] = 1;
    }
    return index >= cells.rowCount;
  };
}
