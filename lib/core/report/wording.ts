/** Small English wording helpers of the user interface (the product's UI language). */

/**
 * A count grouped as the interface words it, "5,000" (en-US), without Intl: the first number
 * formatted through Intl in a content script's world loads the locale's data, about 100 ms in one
 * task of the page (seen in the profile of listing a 5,000-card page). Counts are whole and not
 * negative; anything else is left to toLocaleString.
 */
export function groupedCount(count: number): string {
  if (!Number.isSafeInteger(count) || count < 0) return count.toLocaleString('en-US');
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** "1 row", "2 rows", "1,234 rows": a count with the noun agreeing. */
export function plural(count: number, one: string, many: string): string {
  return `${groupedCount(count)} ${count === 1 ? one : many}`;
}

/** A phrase ended with one full stop, whether or not it had its own (no ". ." or ".." after a reason). */
export function asSentence(text: string): string {
  const trimmed = text.trim().replace(/[\s.]+$/, '');
  return trimmed === '' ? '' : `${trimmed}.`;
}
