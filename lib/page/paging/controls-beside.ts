/**
 * The controls beside a table, gathered in one walk of its box with the page number shown
 * among them: what a pager's status and steps are read from.
 */

import { walkBeside } from './beside-table';
import { pageOptions } from './page-chooser';
import { isPlainPagerItem } from './plain-pager-items';
import { isPageNumber, shownText } from './pager-controls';
import { PAGER_PRESSABLES } from './pager-words';

export const CONTROLS = PAGER_PRESSABLES;
const CURRENT_PAGE = '[aria-current="page"], [aria-current="true"], .current, .active, .gridjs-currentPage';

/**
 * The controls in the container outside the table (in open shadow roots too), and among the
 * elements there the page number marked as the one shown, in one walk: the table's own subtree
 * is skipped, not searched and filtered (the container of a 50,000-row table holds 700,000
 * elements), and the status is asked for after every press of the pager.
 */
export function controlsBeside(container: Element, table: Element): { controls: HTMLElement[]; currentPage: HTMLElement | undefined } {
  const controls: HTMLElement[] = [];
  let currentPage: HTMLElement | undefined;
  // Numbers written as text, no control: the page shown, in a pager that marks it no other way.
  const bareNumbers: Element[] = [];
  walkBeside(
    container,
    table,
    (node) => {
      const element = node as HTMLElement;
      const control = element.matches(CONTROLS) || isPlainPagerItem(element);
      if (control) controls.push(element);
      // A select of the page numbers: its options are the pager's numbers (page-chooser.ts).
      else if (element.localName === 'select') controls.push(...pageOptions(element));
      if (!currentPage && element.matches(CURRENT_PAGE) && isPageNumber(element)) currentPage = element;
      else if (!control && element.localName !== 'option' && element.childElementCount === 0 && isPageNumber(element) && !element.closest(CONTROLS)) bareNumbers.push(element);
    },
    { text: false },
  );
  return { controls, currentPage: currentPage ?? unmarkedCurrent(controls, bareNumbers) };
}

/** How far up from a bare number its pager's number controls are looked for (GridView: span < td < tr, beside the link's td). */
const BARE_NUMBER_LEVELS = 3;

/**
 * The page shown, in a pager that writes it as text among its numbered links and marks it no
 * other way (ASP.NET's GridView: `<span>3</span>` between the links to 2 and 4): a number no
 * control shows, next to one a control shows, in the same box as them.
 */
function unmarkedCurrent(controls: readonly HTMLElement[], bareNumbers: readonly Element[]): HTMLElement | undefined {
  const numbered = controls.filter(isPageNumber);
  if (numbered.length === 0) return undefined;
  const linked = new Set(numbered.map((control) => Number(shownText(control))));
  return bareNumbers.find((element) => {
    const page = Number(shownText(element));
    if (linked.has(page) || !(linked.has(page - 1) || linked.has(page + 1))) return false;
    let box: Element | null = element;
    for (let level = 0; box && level < BARE_NUMBER_LEVELS; level++) box = box.parentElement;
    return box !== null && numbered.some((control) => box.contains(control));
  }) as HTMLElement | undefined;
}

export function controlsIn(container: Element, table: Element): HTMLElement[] {
  return controlsBeside(container, table).controls;
}
