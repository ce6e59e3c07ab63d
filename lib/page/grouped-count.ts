/**
 * A count as the page side words it, "5,000" (en-US grouping), without Intl: the first number
 * formatted through Intl in the content script's world loads the locale's data, about 100 ms in
 * one task (the profile of listing a 5,000-card page showed it in tableLabel). Counts are whole
 * and not negative; anything else is left to toLocaleString.
 */
export function groupedCount(count: number): string {
  if (!Number.isSafeInteger(count) || count < 0) return count.toLocaleString('en-US');
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}
