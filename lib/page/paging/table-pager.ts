/**
 * Paged tables (DataTables, Grid.js, most portals) show one page of rows and a pager. The pager
 * is found beside the table and used as a user would: its status line ("Showing 26 to 50 of
 * 1,998 entries (filtered from 2,000 total entries)", "Mostrando 26 a 50 de 1.998 registros",
 * "Seite 2 von 5") says where we are, and its Next / Previous / page-number buttons move, in
 * whatever language the portal speaks (pager-words.ts).
 */

import { boxesAround, walkBeside } from './beside-table';
import { optionEnabled, optionPage, pageOptions } from './page-chooser';
import { TimeSlicer } from '../time-slices';
import { isPageSizeChooser } from './page-size-chooser';
import { isPlainPagerItem, unnamedArrowDirection } from './plain-pager-items';
import { classNamesDirection, classNamesFirst, countValue, type Direction, PAGER_PRESSABLES, guillemetFor, inputButtonText, namesDirection, namesFirst, PAGE_WORD, readItemCount, readItemsInPages, readPageAlone, readPageOf, readPagesFrom, readRange, withoutPageOf } from './pager-words';

export interface PageStatus {
  /** 1-based page shown, and how many pages there are. */
  page: number;
  pages: number;
  /** Rows in the table (after any filter), and before the filter when the pager says. */
  total: number | null;
  unfiltered: number | null;
  /** Rows on the page shown, when the pager says ("26 to 50 of …"). */
  shownRows: number | null;
  /** The pager says the page shown and not how many there are ("page 2"): `pages` is the least there are, one past the page while Next moves. */
  pagesUncounted?: true;
}

export interface TablePager {
  status(): PageStatus | null;
  /** The enabled Next / Previous control, or null at the end (or when there is none). */
  next(): HTMLElement | null;
  previous(): HTMLElement | null;
  /**
   * The page-number button that goes to `target`, or, when the pager does not show its number, to
   * the page shown nearest to it, when that is nearer than `from` (the page shown now); with no
   * numbers nearer, its First control when page 1 is nearer.
   */
  pageButtonTowards(target: number, from: number): HTMLElement | null;
  /** Whether its controls are a pager's beyond one arrow: a Next and a Previous both (enabled or not), or a page-size chooser. */
  arrowsInPager(): boolean;
  container: Element;
}

const CONTROLS = PAGER_PRESSABLES;
const CURRENT_PAGE = '[aria-current="page"], [aria-current="true"], .current, .active, .gridjs-currentPage';
/** English status words kept from before the multilingual reading: "filtered from 2,000" without parentheses. */
const FILTERED = /filtered from\s+(\d[\d,.\u00a0\u202f ]*)/i;

const integer = countValue;
const TEXT_NODE = 3;

/** The words a control shows: its text, or an input button's value; a page chooser's option, the page it stands for ("Page 3": "3"). */
const shownText = (element: Element): string => {
  const page = optionPage(element);
  return page !== null ? String(page) : (inputButtonText(element) ?? element.textContent ?? '').trim();
};

const isPageNumber = (element: Element): boolean => /^\d+$/.test(shownText(element));

/** How far up a pager item that names an icon-only control is looked for (li > button > svg). */
const ITEM_LEVELS = 2;

/**
 * A control's name: its label, title or text (an image pressed as a control: its alternative
 * text); for an icon-only control, the title of the pager
 * item around it (Ant Design: `<li title="Next Page"><button><svg/></button></li>`), which is
 * the tooltip a user sees on it, or its image's alternative text.
 */
function nameOf(control: Element): string {
  const own = (control.getAttribute('aria-label') || control.getAttribute('title') || (control.localName === 'img' ? control.getAttribute('alt') : null) || shownText(control)).trim();
  if (own) return own;
  let item = control.parentElement;
  for (let level = 0; item && level < ITEM_LEVELS; level++, item = item.parentElement) {
    const title = item.getAttribute('title')?.trim();
    if (title) return title;
  }
  // An arrow drawn as an image says its name in its alternative text ("Weiter", "Siguiente"). Not an
  // icon font's label: Ant Design names its arrow "right", which says nothing of a page.
  const image = control.querySelector('img[alt], svg title');
  return (image?.getAttribute('alt') ?? image?.textContent ?? '').trim();
}

/**
 * The control that moves one page `direction`, found the way a user would find it: by its name in
 * any of the pager languages (its label, title, text or arrow); then by `rel="next"`; then by a
 * class naming the direction (icon-only buttons without a label), on it or on its icon; a lone « or », since some
 * pagers draw the first and last page with them; last, an unnamed icon drawn as a plain element
 * by the end of the pager's row it stands at (Naive UI's arrows).
 */
const namedTowards = (control: HTMLElement, direction: Direction): boolean => namesDirection(nameOf(control), direction) || namesDirection(shownText(control), direction);
const relTowards = (control: HTMLElement, direction: Direction): boolean => control.getAttribute('rel')?.split(/\s+/).includes(direction === 'next' ? 'next' : 'prev') ?? false;
const classTowards = (control: HTMLElement, direction: Direction): boolean =>
  classNamesDirection(control.getAttribute('class') ?? '', direction) || classNamesDirection(control.parentElement?.getAttribute('class') ?? '', direction);
/**
 * An icon-only control whose icon's class names its direction, the control itself unnamed and of
 * no telling class (jQuery EasyUI's pager: `<a class="l-btn"><span class="l-btn-icon
 * pagination-next">`; Bootstrap-era `<a><i class="icon-next">`).
 */
const iconTowards = (control: HTMLElement, direction: Direction): boolean => iconClassSays(control, (className) => classNamesDirection(className, direction));

/** Whether an unnamed control's icon says what it does by a class (`pagination-next`, `pagination-first`). */
function iconClassSays(control: HTMLElement, says: (className: string) => boolean): boolean {
  return nameOf(control) === '' && Array.from(control.querySelectorAll('[class]')).some((icon) => says(icon.getAttribute('class') ?? ''));
}
const guillemetTowards = (control: HTMLElement, direction: Direction): boolean => guillemetFor(nameOf(control), direction);
/** An icon drawn as a plain element, unnamed, at one end of a pager's row (plain-pager-items.ts): back at its start, on at its end. */
const endTowards = (control: HTMLElement, direction: Direction): boolean => nameOf(control) === '' && unnamedArrowDirection(control) === direction;
const TOWARDS = [namedTowards, relTowards, classTowards, iconTowards, guillemetTowards, endTowards];

function controlTowards(controls: readonly HTMLElement[], direction: Direction): HTMLElement | null {
  for (const towards of TOWARDS) {
    const found = controls.find((control) => towards(control, direction));
    if (found) return found;
  }
  return null;
}

/** Whether any of the controls moves `direction` (controlTowards would find one), looked at in slices: a page's box may hold thousands of links. */
async function anyTowards(controls: readonly HTMLElement[], direction: Direction, slicer: TimeSlicer): Promise<boolean> {
  for (const control of controls) {
    if (TOWARDS.some((towards) => towards(control, direction))) return true;
    await slicer.pause();
  }
  return false;
}

/** "active", "is-current", "ant-pagination-item-active", "Mui-selected": a class that marks the page shown. */
const CURRENT_CLASS = /(^|[-_])(active|current|selected)$/i;
/** A camel-cased one: Telerik's "rgCurrentPage", "pageActive", "isSelected" (its capitals say where the word is). */
const CAMEL_CURRENT_CLASS = /(^|[a-z])(Current|Active|Selected)([A-Z]|$)/;

/**
 * A page-number control marked as the page shown, on itself or on the pager item around it
 * (Ant Design marks the <li> around the number's link).
 */
function markedCurrent(control: Element): boolean {
  // A page chooser's option: the one selected.
  if (control.localName === 'option') return (control as HTMLOptionElement).selected;
  let node: Element | null = control;
  for (let level = 0; node && level <= ITEM_LEVELS; level++, node = node.parentElement) {
    const current = node.getAttribute('aria-current');
    if (current !== null && current !== 'false') return true;
    for (const name of Array.from(node.classList)) if (CURRENT_CLASS.test(name) || CAMEL_CURRENT_CLASS.test(name)) return true;
  }
  return false;
}

/** "disabled", "datatable-disabled", "Mui-disabled", "k-disabled", "ui-state-disabled", "is_disabled", ASP.NET's "aspNetDisabled"... */
const DISABLED_CLASS = /(^|[-_])disabled$/i;
/** A camel-cased class ending in Disabled ("aspNetDisabled", "btnDisabled"): its capital says where the word starts. */
const CAMEL_DISABLED_CLASS = /[a-z]Disabled$/;
/** A pager item marks its control disabled on the control itself or on the item around it. */
const DISABLED_MARK_LEVELS = 3;

function isDisabled(control: Element): boolean {
  if (control.localName === 'option') return !optionEnabled(control as HTMLOptionElement);
  if ((control as HTMLButtonElement).disabled === true || control.getAttribute('aria-disabled') === 'true') return true;
  // Libraries hide the Next of the last page rather than disable it (simple-datatables).
  if (!control.checkVisibility({ visibilityProperty: true })) return true;
  let node: Element | null = control;
  for (let level = 0; node && level < DISABLED_MARK_LEVELS; level++, node = node.parentElement) {
    for (const name of Array.from(node.classList)) if (DISABLED_CLASS.test(name) || CAMEL_DISABLED_CLASS.test(name)) return true;
  }
  return control.closest('.disabled') !== null;
}

/**
 * The controls in the container outside the table (in open shadow roots too), and among the
 * elements there the page number marked as the one shown, in one walk: the table's own subtree
 * is skipped, not searched and filtered (the container of a 50,000-row table holds 700,000
 * elements), and the status is asked for after every press of the pager.
 */
function controlsBeside(container: Element, table: Element): { controls: HTMLElement[]; currentPage: HTMLElement | undefined } {
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

function controlsIn(container: Element, table: Element): HTMLElement[] {
  return controlsBeside(container, table).controls;
}

/** The pager's page size, learnt from a full page (the last page may be shorter). */
interface PageSizeMemory {
  size: number | null;
}

/**
 * A pager of page numbers alone, with no status line (Ant Design's default, Bootstrap's and
 * MUI's Pagination): the page shown is the number marked current; the pages are at least the
 * highest number shown (such pagers show the last one) and, while Next still moves, one more than
 * the page shown, so a pager that shows a window of numbers is walked to its end, not to the
 * window's.
 */
function numbersOnlyStatus(controls: readonly HTMLElement[], currentPage: HTMLElement | undefined, nextEnabled: boolean, unfiltered: number | null): PageStatus | null {
  const numbers = controls.filter(isPageNumber);
  const current = numbers.find(markedCurrent) ?? currentPage;
  if (!current) return null;
  const page = Number(shownText(current));
  const highest = Math.max(page, ...numbers.map((control) => Number(shownText(control))));
  return { page, pages: Math.max(highest, nextEnabled || stepByNumber(controls, page, 1) ? page + 1 : page), total: null, unfiltered, shownRows: null };
}

/** "...": a pager that shows ten numbers at a time goes to the next (or previous) ten with it. */
const ELLIPSIS = /^(\.\.\.|…)$/;

/**
 * The control one page on (`step` 1) or back (-1) in a pager of numbers without Next and Previous
 * (GridView's): the number beside the current one, or, past the last number shown, the "..." after
 * the numbers (before them, going back).
 */
function stepByNumber(controls: readonly HTMLElement[], current: number, step: 1 | -1): HTMLElement | null {
  const enabled = controls.filter((control) => !isDisabled(control));
  const beside = enabled.find((control) => shownText(control) === String(current + step));
  if (beside) return beside;
  const numbers = enabled.filter(isPageNumber).map((control) => Number(shownText(control)));
  const ellipses = enabled.filter((control) => ELLIPSIS.test(shownText(control)));
  if (numbers.length === 0 || ellipses.length === 0) return null;
  // Only at the end of the numbers shown: within them a missing number is no window's end.
  if (step === 1 ? current < Math.max(...numbers) : current > Math.min(...numbers)) return null;
  // The controls come in the order they are drawn in (controlsBeside walks the tree).
  const firstNumber = enabled.findIndex(isPageNumber);
  const after = (control: HTMLElement): boolean => enabled.indexOf(control) > firstNumber;
  return (step === 1 ? ellipses.filter(after).pop() : ellipses.find((control) => !after(control))) ?? null;
}

/** Elements whose text is no part of a pager's status line: the table, the controls, a page-size select, scripts. */
const NOT_STATUS = `${CONTROLS}, select, option, script, style, template`;

/**
 * The text around the table that is not the table's nor a control's: where a pager says where the
 * reader is. Walked rather than taken as the container's text less the table's: the text of a
 * 50,000-row table is megabytes, made again at every status look.
 */
export function statusTextOf(container: Element, table: Element): string {
  const parts: string[] = [];
  walkBeside(container, table, (node) => {
    if (node.nodeType === TEXT_NODE) parts.push(node.nodeValue ?? '');
    else if ((node as Element).matches(NOT_STATUS)) return false;
    else {
      const shown = pageNumberBoxValue(node as Element);
      if (shown !== null) parts.push(shown);
    }
  });
  return parts.join(' ');
}

/** Text boxes a pager shows its page number in: what a user reads there is the box's value. */
const TEXT_BOX_TYPES = new Set(['text', 'number', 'tel']);

/**
 * The number a text box shows, where a pager writes the page shown in one ("Page [3] of 80": a
 * hand-made pager's <input>, jqGrid's, ZingGrid's): read with the words around it, as a user reads
 * them, or "Page of 80" says no page. Only a number: a search box's words are no status.
 */
function pageNumberBoxValue(element: Element): string | null {
  if (element.localName !== 'input' || !TEXT_BOX_TYPES.has((element as HTMLInputElement).type)) return null;
  const value = (element as HTMLInputElement).value.trim();
  return /^\d+$/.test(value) ? value : null;
}

function statusOf(container: Element, table: Element, memory: PageSizeMemory): PageStatus | null {
  const text = statusTextOf(container, table);
  const pageOf = readPageOf(text);
  const range = readRange(pageOf ? withoutPageOf(text) : text);
  const filtered = FILTERED.exec(text);
  const unfiltered = range?.unfiltered ?? (filtered ? integer(filtered[1]!) : null);
  const shownRows = range ? range.last - range.first + 1 : null;
  // A count in parentheses beside "Page 1 of 12" (DevExpress: "(300 items)") is the read's check.
  if (pageOf) return { ...pageOf, total: range ? range.total : readItemCount(text), unfiltered, shownRows };
  const { controls, currentPage: current } = controlsBeside(container, table);
  const nextEnabled = (): boolean => enabledTowards(controls, 'next') !== null;
  if (!range) {
    // "3 of 100" after the numbers, 3 being the page marked as shown: the pages the pager has.
    const shown = current ? Number(shownText(current)) : null;
    const pages = shown === null ? null : readPagesFrom(text, shown);
    if (shown !== null && pages !== null) return { page: shown, pages, total: readItemCount(text), unfiltered, shownRows };
    const numbers = numbersOnlyStatus(controls, current, nextEnabled(), unfiltered);
    if (!numbers) return pageAloneStatus(text, controls, unfiltered);
    // A pager of numbers that counts its rows and pages in words (RadGrid): the count is the read's check.
    const counted = readItemsInPages(text);
    return counted ? { ...numbers, pages: Math.max(numbers.pages, counted.pages), total: counted.total } : numbers;
  }
  const { first, last, total } = range;
  if (total === 0) return { page: 1, pages: 1, total, unfiltered, shownRows: 0 };
  const shownPage = current ? Number(shownText(current)) : null;
  // On a full page the page size is what it shows; only the last page may be shorter.
  if (last < total) {
    const size = Math.max(last - first + 1, 1);
    memory.size = size;
    return { page: Math.floor((first - 1) / size) + 1, pages: Math.ceil(total / size), total, unfiltered, shownRows };
  }
  const page = shownPage ?? (first === 1 ? 1 : memory.size ? Math.floor((first - 1) / memory.size) + 1 : null);
  return page === null ? null : { page, pages: page, total, unfiltered, shownRows };
}

/**
 * A pager that says only the page shown ("page 2" beside its Previous and Next, no count: Carbon's
 * pager of a server that does not count its rows) is walked as a user would: on while Next moves.
 * The pages are at least one past the page shown while Next is enabled; the walk finds how many.
 * Read only beside a Next or Previous: a "page 2" elsewhere pages nothing.
 */
function pageAloneStatus(text: string, controls: readonly HTMLElement[], unfiltered: number | null): PageStatus | null {
  const page = readPageAlone(text);
  if (page === null || !(controlTowards(controls, 'next') || controlTowards(controls, 'previous'))) return null;
  const pages = enabledTowards(controls, 'next') ? page + 1 : page;
  return { page, pages, total: null, unfiltered, shownRows: null, pagesUncounted: true };
}

function enabledTowards(controls: readonly HTMLElement[], direction: Direction): HTMLElement | null {
  const control = controlTowards(controls, direction);
  return control && !isDisabled(control) ? control : null;
}

/**
 * The table in `box` now: an app that draws each page afresh may replace the table element itself
 * (a single-page app redrawing its screen); its new one, of the same kind, is then the one whose
 * text is no status and whose controls are no pager's. Were the old one kept, the new table's
 * cells were read as the pager's status line, and the pager "stopped answering".
 */
function tableNow(box: Element, table: Element, parent: Element | null): Element {
  if (table.isConnected) return table;
  const role = table.getAttribute('role');
  const kind = role ? `${table.localName}[role="${role}"]` : table.localName;
  // Where the old one was: a grid drawn in parts (a header table, frozen columns' tables) redraws
  // its body table in the same box (jQuery EasyUI), and the box's first table is another part.
  const inPlace = parent?.isConnected ? Array.from(parent.children).find((child) => child.matches(kind)) : undefined;
  return inPlace ?? box.querySelector(kind) ?? table;
}

/** "Next page", "Go to Next Page", "Nächste Seite", "Página siguiente": a control's name that says it moves a page. */
const NAMES_A_PAGE = new RegExp(`(?<![\\p{L}])${PAGE_WORD}(?![\\p{L}])`, 'iu');
/** A name of no words: an arrow or a guillemet ("›", "»"), or none at all (an icon). */
const NO_WORDS = /^[\p{P}\p{S}\s]*$/u;

/**
 * Whether a pager that says neither its page nor its count still moves the table through pages:
 * an enabled Next or Previous named as a page's ("Next page", "Página siguiente") or drawn with no
 * words (an arrow, an icon) in a pager (arrowsInPager). Such a pager is walked by its rows
 * (arrow-walk.ts); taking its page for the table gave an all-clear for one page of 80. A wizard's
 * "Next" or "Continue" beside a table is neither, and says nothing of pages; nor is a toolbar's
 * lone icon ("▶" that opens a panel), pressed by a walk and said to hide the rest of the table.
 */
export function movesPages(pager: TablePager): boolean {
  return [pager.next(), pager.previous()].some((control) => {
    if (!control) return false;
    const name = nameOf(control);
    return NAMES_A_PAGE.test(name) || (NO_WORDS.test(name) && pager.arrowsInPager());
  });
}

/** A Next and a Previous both beside the table, enabled or not, or a page-size chooser: a pager, not a lone icon. */
function arrowsInPager(container: Element, table: Element): boolean {
  const { controls } = controlsBeside(container, table);
  if (controlTowards(controls, 'next') && controlTowards(controls, 'previous')) return true;
  let chooser = false;
  walkBeside(container, table, (node) => {
    if (!chooser && isPageSizeChooser(node as Element)) chooser = true;
    return !chooser;
  }, { text: false });
  return chooser;
}

/**
 * Of a pager's enabled page-number controls, the one nearest `target`, if nearer than `from`. A
 * pager shows a few numbers around the page shown and the first and last: back from page 80 to
 * page 3, "1" and two steps on, not 77 presses of Previous (each a server's answer on many portals).
 */
function numberNearest(controls: readonly HTMLElement[], target: number, from: number): HTMLElement | null {
  let nearest: HTMLElement | null = null;
  let distance = Math.abs(from - target);
  for (const control of controls) {
    if (!isPageNumber(control) || isDisabled(control)) continue;
    const away = Math.abs(Number(shownText(control)) - target);
    if (away < distance) [nearest, distance] = [control, away];
  }
  return nearest;
}

/**
 * The enabled First control of a pager that shows no page numbers, when page 1 is nearer `target`
 * than `from` is: a pager of arrows alone (AG Grid's, MUI's, jQuery EasyUI's) went back from page
 * 80 to page 3 by 77 presses of Previous, each a server's answer on many portals; by First, it is
 * one and two Nexts. A pager of numbers goes by its numbers: the window of numbers it shows may
 * depend on the way it came (jsGrid's), and the user's page is put back as they left it.
 */
function firstNearer(controls: readonly HTMLElement[], target: number, from: number): HTMLElement | null {
  if (from <= target || target - 1 >= from - target || controls.some(isPageNumber)) return null;
  const first = controls.find(
    (control) => namesFirst(nameOf(control)) || namesFirst(shownText(control)) || classNamesFirst(control.getAttribute('class') ?? '') || iconClassSays(control, classNamesFirst),
  );
  return first && !isDisabled(first) ? first : null;
}

/** The pager whose controls are in `box`. */
function pagerIn(box: Element, found: Element): TablePager {
  const memory: PageSizeMemory = { size: null };
  let table = found;
  const parent = found.parentElement;
  const shown = (): Element => (table = tableNow(box, table, parent));
  // Next or Previous; a pager of numbers alone steps by the number beside the page shown.
  const stepTowards = (direction: Direction): HTMLElement | null => {
    const { controls, currentPage } = controlsBeside(box, shown());
    const control = enabledTowards(controls, direction);
    if (control) return control;
    const page = statusOf(box, shown(), memory)?.page ?? (currentPage ? Number(shownText(currentPage)) : null);
    return page === null ? null : stepByNumber(controls, page, direction === 'next' ? 1 : -1);
  };
  return {
    container: box,
    status: () => statusOf(box, shown(), memory),
    next: () => stepTowards('next'),
    previous: () => stepTowards('previous'),
    pageButtonTowards: (target, from) => {
      const controls = controlsIn(box, shown());
      return numberNearest(controls, target, from) ?? firstNearer(controls, target, from);
    },
    arrowsInPager: () => arrowsInPager(box, shown()),
  };
}

/**
 * A control the page draws. A pager the page hides whole is not how it pages its table: DataTables'
 * Scroller (rows drawn as the body scrolls) still builds the usual pager, hidden by its stylesheet,
 * beside a visible "Showing 1 to 15 of 2,000 entries"; taken for the pager, it was pressed and
 * "stopped answering", and not one row of the grid was read. A select's options are drawn only
 * when it is open: their select is asked (page-chooser.ts).
 */
const isDrawn = (control: HTMLElement): boolean => control.localName === 'option' || control.checkVisibility({ visibilityProperty: true });

/** The page numbers measured to tell whether a far box's row of numbers is drawn against the table: its first few say where the row is. */
const NUMBERS_MEASURED = 3;

/**
 * The pager of a table, if one sits beside it: in the nearest box around the table that has a
 * Next control, up to the last box holding no other data table (beside-table.ts). `parts` are the
 * table's own pieces drawn apart (partsOf). Beyond the near boxes a Next is taken only with a
 * status beside it (a page's own "Next" pages nothing), and a row of page numbers only when it is
 * drawn right under or over the table (drawn-beside.ts). Looked for in slices (`slicer`): the
 * search may walk the whole page.
 */
export async function findPager(table: Element, parts?: readonly Element[], slicer: TimeSlicer = new TimeSlicer()): Promise<TablePager | null> {
  let nextSeen = false;
  for await (const box of boxesAround(table, parts, slicer)) {
    const controls = box.controls.filter(isDrawn);
    // Until a box has a Next, only the controls the next box adds can bring one. On its last page a
    // pager of links shows a Previous and no Next (a server-paged portal's pager: no control to disable).
    nextSeen ||= (await anyTowards(controls, 'next', slicer)) || (await anyTowards(controls, 'previous', slicer));
    if (!nextSeen) {
      // A pager of numbers alone (GridView's, Naive UI's: no Next, no Previous) is one when it
      // shows which page is shown, near the table: in a near box, or drawn against the table.
      const numbers = controls.filter(isPageNumber);
      if (!numbers.slice(0, NUMBERS_MEASURED).some((number) => box.isNear(number))) continue;
      const numbered = pagerIn(box.element, table);
      const status = numbered.status();
      await slicer.pause();
      if (status && status.pages > 1) return numbered;
      continue;
    }
    const pager = pagerIn(box.element, table);
    // Not where it is drawn: a far Next drawn right under the table is taken here all the same when
    // the box reads a status; without one it pages nothing (readWholeTable walks no pager without a
    // status), and taken it would end the search before a status line farther up (a toolbar over
    // the table) made the same Next a pager.
    if (box.near) return pager;
    // A far box's status line is looked for in all it holds: a look of its own, so its caller's next look starts a new slice.
    const status = pager.status();
    await slicer.pause();
    if (status !== null) return pager;
  }
  return null;
}
