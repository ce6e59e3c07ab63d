import type { FieldId } from '../model/fields';
import type { RawTable } from '../read/raw-table';
import { inferDecimalMark } from '../values/number';
import type { AcceptedFix } from './replacement-fixes';

/** One cell changed in the fixed catalog: what the change log lists. */
export interface CatalogChange {
  row: number;
  columnIndex: number;
  column: string;
  old: string;
  new: string;
  ruleId: string;
}

export interface SkippedFix {
  fix: AcceptedFix;
  reason: string;
}

const AMOUNT_FIELDS: ReadonlySet<FieldId> = new Set(['quantity', 'unitValue', 'lineValue', 'netWeight', 'grossWeight']);

/**
 * The table's rows with the accepted fixes applied (the table itself is left as it was). A fix is
 * applied only where the cell still holds the text it was proposed for, once per cell; an amount
 * is written with the column's decimal mark ("1.234,50" columns get "12,50", not "12.50").
 */
export function applyFixes(table: RawTable, fixes: readonly AcceptedFix[]): { rows: string[][]; changes: CatalogChange[]; skipped: SkippedFix[] } {
  const rows = table.rows.slice();
  const changes: CatalogChange[] = [];
  const skipped: SkippedFix[] = [];
  const changedCells = new Set<string>();
  const decimalMarks = new Map<number, '.' | ','>();
  for (const fix of [...fixes].sort((a, b) => a.row - b.row || a.columnIndex - b.columnIndex)) {
    const cells = table.rows[fix.row - 1];
    const cell = `${fix.row}:${fix.columnIndex}`;
    if (!cells || fix.columnIndex >= table.headers.length) {
      skipped.push({ fix, reason: `row ${fix.row}, column ${fix.columnIndex + 1} is not in the catalog` });
      continue;
    }
    if (changedCells.has(cell)) {
      skipped.push({ fix, reason: `row ${fix.row}, "${fix.column}" is already changed by another accepted fix` });
      continue;
    }
    const current = cells[fix.columnIndex] ?? '';
    if (current !== fix.old) {
      skipped.push({ fix, reason: `row ${fix.row}, "${fix.column}" holds "${current}", not "${fix.old}" as when it was checked` });
      continue;
    }
    let value = fix.new;
    if (AMOUNT_FIELDS.has(fix.field) && value.includes('.')) {
      let mark = decimalMarks.get(fix.columnIndex);
      if (!mark) decimalMarks.set(fix.columnIndex, (mark = inferDecimalMark(table.rows.map((r) => r[fix.columnIndex] ?? ''))));
      if (mark === ',') value = value.replace('.', ',');
    }
    if (rows[fix.row - 1] === cells) rows[fix.row - 1] = cells.slice();
    rows[fix.row - 1]![fix.columnIndex] = value;
    changedCells.add(cell);
    changes.push({ row: fix.row, columnIndex: fix.columnIndex, column: table.headers[fix.columnIndex] ?? fix.column, old: current, new: value, ruleId: fix.ruleId });
  }
  return { rows, changes, skipped };
}
