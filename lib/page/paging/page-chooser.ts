/**
 * A pager drawn as a select of the page numbers ("Page [3 ▾] of 12"), as classic portals draw one
 * (ASP.NET's DropDownList that posts the form back when changed, a JSP's or PHP's page menu, a
 * script's own): its options are the pager's number controls, the one selected the page shown
 * (table-pager.ts), and "pressing" one chooses it as a user would, the select then told it changed
 * (press-in-place.ts). A select is a page chooser only when its options read 1, 2, … N in order:
 * a page-size select (10, 25, 50) or any other is not.
 */

/** The options of a select that chooses the page, or none when the select is no page chooser. */
export function pageOptions(select: Element): HTMLOptionElement[] {
  if (select.localName !== 'select' || (select as HTMLSelectElement).multiple) return [];
  const options = Array.from(select.querySelectorAll('option'));
  if (options.length < 2) return [];
  for (let i = 0; i < options.length; i++) if (options[i]!.textContent?.trim() !== String(i + 1)) return [];
  return options;
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
