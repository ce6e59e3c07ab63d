/**
 * Paged tables (DataTables, Grid.js, most portals) show one page of rows and a pager. The pager
 * is found beside the table and used as a user would: its status line ("Showing 26 to 50 of
 * 1,998 entries (filtered from 2,000 total entries)", "Mostrando 26 a 50 de 1.998 registros",
 * "Seite 2 von 5") says where we are, and its Next / Previous / page-number buttons move, in
 * whatever language the portal speaks (pager-words.ts).
 */

import { boxesAround, walkBeside } from './beside-table';
import { controlsBeside, controlsIn } from './controls-beside';
import { TimeSlicer } from '../time-slices';
import { isPageSizeChooser } from './page-size-chooser';
import { firstNearer, numberNearest, stepByNumber } from './page-steps';
import { anyTowards, controlTowards, enabledTowards, isPageNumber, nameOf, shownText } from './pager-controls';
import { type PageSizeMemory, type PageStatus, statusOf } from './pager-status';
import { type Direction, PAGE_WORD } from './pager-words';

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
