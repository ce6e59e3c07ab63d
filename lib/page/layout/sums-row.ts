import { visibleText } from './visible-text';

/**
 * A line of sums drawn with the header: a totals line pinned under it (AG Grid's and Tabulator's
 * pinned rows, a hand-written grid's sticky totals, a second <thead> row of column totals). It
 * shows amounts and blanks, not one word, so it names no column: taken for the header, every
 * column was named by a sum ("508100", "35650265.60") and none was mapped.
 */

/**
 * An amount as a totals line writes it: digits with group and decimal separators, a sign or
 * parentheses, a currency symbol or code, a percent sign ("35,650,265.60", "(1 200,50) €",
 * "USD 4.5", "12 %").
 */
const AMOUNT = /^[-+−(]?\s*(?:\p{Sc}|[A-Z]{3}\s)?\s*\d[\d\s.,'\u00a0\u202f]*\s*(?:\p{Sc}|\s[A-Z]{3}|%)?\)?$/u;

export function isAmountText(text: string): boolean {
  return AMOUNT.test(text.trim());
}

/** Cells that show at least one amount and nothing else but blanks. */
export function isSumsRow(cells: readonly Element[]): boolean {
  let amounts = 0;
  for (const cell of cells) {
    const text = visibleText(cell);
    if (text === '') continue;
    if (!isAmountText(text)) return false;
    amounts++;
  }
  return amounts > 0;
}
