/** Small English wording helpers of the user interface (the product's UI language). */

/** "1 row", "2 rows", "1,234 rows": a count with the noun agreeing. */
export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** A phrase ended with one full stop, whether or not it had its own (no ". ." or ".." after a reason). */
export function asSentence(text: string): string {
  const trimmed = text.trim().replace(/[\s.]+$/, '');
  return trimmed === '' ? '' : `${trimmed}.`;
}
