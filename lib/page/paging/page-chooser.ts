/**
 * A pager drawn as a select of the page numbers ("Page [3 ▾] of 12"), as classic portals draw one
 * (ASP.NET's DropDownList that posts the form back when changed, a JSP's or PHP's page menu, a
 * script's own): its options are the pager's number controls, the one selected the page shown
 * (table-pager.ts), and "pressing" one chooses it as a user would, the select then told it changed
 * (press-in-place.ts). A select is a page chooser only when its options count the pages from 1 in
 * order: a page-size select (10, 25, 50) or any other is not.
 */

import { OF_WORD, PAGE_WORD } from './pager-words';

/** The words a page chooser's options may have besides their numbers: none, "Page", "of", "Seite … von"… */
const PAGE_WORDS_ONLY = new RegExp(String.raw`^${PAGE_WORD}?\s*${OF_WORD}?$`, 'iu');

/** The page each option of a page chooser stands for (its place among the options, from 1). */
const pageNumbers = new WeakMap<Element, number>();

/**
 * The options of a select that chooses the page, or none when the select is no page chooser: its
 * options' texts count the pages from 1 in order ("1", "2"…; "Page 1", "Page 2"…; "1 of 12", "2 of
 * 12"…), one number counting, their words and any other number the same in each.
 */
export function pageOptions(select: Element): HTMLOptionElement[] {
  if (select.localName !== 'select' || (select as HTMLSelectElement).multiple) return [];
  const options = Array.from(select.querySelectorAll('option'));
  if (options.length < 2 || !countsPages(options.map((option) => (option.textContent ?? '').trim()))) return [];
  options.forEach((option, i) => pageNumbers.set(option, i + 1));
  return options;
}

/** The page a page chooser's option stands for (pageOptions numbers them), or null for any other element. */
export function optionPage(element: Element): number | null {
  return pageNumbers.get(element) ?? null;
}

/**
 * Whether the texts count from 1 in order: the same words, and only a page's ("Page", "of"), one
 * number counting 1, 2, 3…, any other number the same. "Entry 1", "Entry 2" count entries, not pages.
 */
function countsPages(texts: readonly string[]): boolean {
  if (!PAGE_WORDS_ONLY.test(texts[0]!.replace(/\d+/g, ' ').replace(/\s+/g, ' ').trim())) return false;
  // Split at numbers: the odd pieces are the numbers, the even ones the words around them.
  const pieces = texts.map((text) => text.split(/(\d+)/));
  const shape = pieces[0]!.length;
  if (pieces.some((piece) => piece.length !== shape)) return false;
  let counting = 0;
  for (let k = 0; k < shape; k++) {
    if (k % 2 === 0) {
      const words = pieces[0]![k]!.trim().toLowerCase();
      if (pieces.some((piece) => piece[k]!.trim().toLowerCase() !== words)) return false;
    } else if (pieces.every((piece, i) => Number(piece[k]) === i + 1)) {
      counting++;
    } else if (pieces.some((piece) => piece[k] !== pieces[0]![k])) {
      return false;
    }
  }
  return counting === 1;
}

/** The select an option of a page chooser belongs to. */
export function chooserOf(option: Element): HTMLSelectElement | null {
  return option.localName === 'option' ? ((option as HTMLOptionElement).closest('select') as HTMLSelectElement | null) : null;
}

/** Whether the option can be chosen: it, its group and its select are enabled, and the select is shown. */
export function optionEnabled(option: HTMLOptionElement): boolean {
  const select = chooserOf(option);
  return !!select && !option.disabled && !select.disabled && !option.closest('optgroup[disabled]') && select.checkVisibility({ visibilityProperty: true });
}

/**
 * Choose the option as a user would: selected, then `input` and `change` told to the select (its
 * page's listeners and its `onchange` run). Answers a function that puts the select back as it
 * was, without telling it, for a choice whose effect was cancelled (a load of another document).
 */
export function chooseOption(option: HTMLOptionElement): () => void {
  const select = chooserOf(option)!;
  const before = select.selectedIndex;
  option.selected = true;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return () => {
    if (select.isConnected) select.selectedIndex = before;
  };
}
