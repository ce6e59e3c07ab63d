import { readNumberColumn, type Catalog } from './catalog';
import type { FieldId } from '../model/fields';

/**
 * A line of sums with no label: the amounts of the lines added up, nothing naming goods and no
 * word for a total (a grid's column sums pinned under its header, a spreadsheet's SUM line under
 * the data). Checked as a line, it got a "required cell is empty" error for each goods field.
 * It is one only when every amount it shows is a sum of the lines, to the precision it is
 * written in: of all the other lines (a grand total, above or below them), or of the lines
 * between it and the summary row before or after it (a group's subtotal).
 */

/** The amounts a line of sums adds up; a unit price is no sum. */
const SUMMED_FIELDS: readonly FieldId[] = ['quantity', 'lineValue', 'netWeight', 'grossWeight'];
/** The fields that name the goods: no summary row of any kind names them (summary-rows.ts reads them too). */
export const GOODS_FIELDS: readonly FieldId[] = ['sku', 'hts', 'origin', 'description'];

/** A column's running totals: `before[i]` is the sum of rows 0 to i − 1 (empty cells count 0). */
type RunningTotals = Float64Array;

/**
 * What looking for lines of sums keeps from row to row, the rows looked at top to bottom: each
 * amount column's running totals (made once one is needed) and the summary rows found so far.
 */
export class SumsMemo {
  private readonly totals = new Map<FieldId, RunningTotals>();
  /** Summary rows found so far (0-based), top to bottom, as noteSummary was told. */
  private readonly summaries: number[] = [];
  /** Per amount column, the sum of the first `counted` summary rows' amounts. */
  private readonly summarySums = new Map<FieldId, { counted: number; sum: number }>();

  /** A summary row found (any kind): no line to add up, and the end of the group above it. */
  noteSummary(index: number): void {
    this.summaries.push(index);
  }

  /** The row after the last summary row found, where the group a row may close begins. */
  groupStart(): number {
    return this.summaries.length > 0 ? this.summaries[this.summaries.length - 1]! + 1 : 0;
  }

  runningTotals(catalog: Catalog, field: FieldId): RunningTotals {
    let before = this.totals.get(field);
    if (!before) {
      const numbers = readNumberColumn(catalog, field);
      before = new Float64Array(numbers.length + 1);
      for (let i = 0; i < numbers.length; i++) before[i + 1] = before[i]! + (Number.isNaN(numbers[i]!) ? 0 : numbers[i]!);
      this.totals.set(field, before);
    }
    return before;
  }

  /** The amounts of the summary rows found so far in a column, added up (each row once, however often asked). */
  summariesSum(catalog: Catalog, field: FieldId): number {
    const before = this.runningTotals(catalog, field);
    const kept = this.summarySums.get(field) ?? { counted: 0, sum: 0 };
    for (; kept.counted < this.summaries.length; kept.counted++) {
      const row = this.summaries[kept.counted]!;
      kept.sum += before[row + 1]! - before[row]!;
    }
    this.summarySums.set(field, kept);
    return kept.sum;
  }
}

/** Whether the row (0-based) shows no goods: every goods field the catalog has is empty there. */
export function showsNoGoods(catalog: Catalog, index: number): boolean {
  return GOODS_FIELDS.every((field) => {
    const column = catalog.mapping.columnOf[field];
    return column < 0 || catalog.cells.cell(index, column).trim() === '';
  });
}

/**
 * The row (0-based) as a line of sums: the amounts it shows with their headers, or null when it
 * shows none (or only zeros), names goods, or an amount is no sum of the lines. Rows are looked
 * at top to bottom, the summary rows above told to `memo` (noteSummary) as they are found.
 */
export function unlabelledTotalAt(catalog: Catalog, index: number, memo: SumsMemo): string | null {
  if (!showsNoGoods(catalog, index)) return null;
  const shown = SUMMED_FIELDS.filter((field) => catalog.mapping.columnOf[field] >= 0 && catalog.cells.cell(index, catalog.mapping.columnOf[field]).trim() !== '');
  const rowCount = catalog.cells.rowCount;
  const groupStart = memo.groupStart();
  const words: string[] = [];
  let anyAmount = false;
  for (const field of shown) {
    const column = catalog.mapping.columnOf[field];
    const text = catalog.cells.cell(index, column).trim();
    const value = readNumberColumn(catalog, field)[index]!;
    if (Number.isNaN(value)) return null;
    // Zeros add up to zero whatever the lines hold: no evidence of a sum.
    anyAmount ||= value !== 0;
    const before = memo.runningTotals(catalog, field);
    const sum = (from: number, to: number): number => before[to]! - before[from]!;
    // Of all the other lines (the summary rows above are none), of the group above it, of the lines below it.
    const candidates = [before[rowCount]! - value - memo.summariesSum(catalog, field), sum(groupStart, index), sum(index + 1, rowCount)];
    const tolerance = halfLastDigit(text, catalog.decimalMarks[field] ?? '.') + Math.abs(value) * 1e-9;
    if (!candidates.some((total) => Math.abs(total - value) <= tolerance)) return null;
    words.push(`${catalog.table.headers[column] ?? field} ${text}`);
  }
  return anyAmount ? words.join(', ') : null;
}

/** Half a unit of the last digit written: "35650265.60" is a sum to within 0.005, "508100" to within 0.5. */
function halfLastDigit(text: string, decimalMark: '.' | ','): number {
  const at = text.lastIndexOf(decimalMark);
  if (at < 0) return 0.5;
  const decimals = /^\d*/.exec(text.slice(at + 1))![0].length;
  return 0.5 * 10 ** -decimals;
}
