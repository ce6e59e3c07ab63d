/**
 * A page-size chooser: "Rows per page [10 ▾]", "Show [25 ▾] entries", a select of a few growing
 * counts. Beside a table's arrows it says they page the table (a pager of arrows alone, see
 * arrow-walk.ts), where a lone icon could be any toolbar's.
 */

/** The fewest and most choices a page-size chooser offers. */
const MIN_SIZES = 2;
const MAX_SIZES = 12;
/** "25", "25 rows", "50 / page", "100 per page", "All": a size, maybe with a word. */
const SIZE_TEXT = /^(\d{1,4})\b[^\d]{0,20}$/u;

export function isPageSizeChooser(element: Element): boolean {
  if (element.localName !== 'select' || (element as HTMLSelectElement).multiple) return false;
  const options = Array.from((element as HTMLSelectElement).options);
  if (options.length < MIN_SIZES || options.length > MAX_SIZES) return false;
  const sizes = options.map((option) => SIZE_TEXT.exec((option.textContent ?? '').trim())?.[1]).filter((size) => size !== undefined).map(Number);
  // "All" (or "-1") may end the list: the sizes before it grow, each more than the one before; a chooser of pages counts 1, 2, 3 instead.
  return sizes.length >= MIN_SIZES && sizes.length >= options.length - 1 && sizes[0]! > 1 && sizes.every((size, i) => i === 0 || size > sizes[i - 1]!) && sizes.some((size, i) => i > 0 && size - sizes[i - 1]! > 1);
}
