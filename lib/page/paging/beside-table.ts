/**
 * Where a table's pager, load-more control and row count are looked for: in the boxes around
 * the table, nearest first, and inside the open shadow roots in them (a web component draws its
 * pager in its own). Portals place the pager far from the rows (a toolbar of the card six boxes
 * above the table), so the search goes up as long as the box holds no other data table: a box
 * that holds a second table holds that table's pager too, and taking it would page the wrong
 * table (or press its "Load more").
 *
 * A table with no pager is the common case, and then every box up to <body> is looked at: the
 * whole page. The search is cut into slices (time-slices.ts) so that a page of 40,000 elements
 * goes on answering its user while it runs.
 */

import type { FoundTable } from '../discovery/discover-tables';
import { TimeSlicer } from '../time-slices';
import { composedParent } from '../dom/composed-tree';
import { BesideWalk } from './beside-walk';
import { DrawnTable } from './drawn-beside';
import { isAnotherDataTable, isTableLike } from './other-data-table';
import { pageOptions } from './page-chooser';
import { PAGER_PRESSABLES } from './pager-words';
import { isPlainPagerItem } from './plain-pager-items';

export { walkBeside } from './beside-walk';

/**
 * Boxes this close to the table are searched as before the wider search: libraries put their
 * pager within a few boxes of the table (DataTables: table → wrapper; Grid.js: table → wrapper →
 * container). Farther up, a "Next" or "More" may be the page's own (the next article, a wizard's
 * next step): the callers ask more of a control found there (a status line or a count beside it),
 * unless it is drawn right under or over the table (drawn-beside.ts: Naive UI's pager, seven
 * boxes up).
 */
const NEAR_LEVELS = 4;
/** Elements looked at between two chances for the page to answer its user (a clock read each time). */
const ELEMENTS_PER_PAUSE = 512;

/** A box around the table, whether it is one of the near ones, the box below it, and the controls the box adds. */
export interface BoxAround {
  element: Element;
  /** One of the NEAR_LEVELS boxes nearest the table. */
  near: boolean;
  /** Whether a control in the box counts as near the table: the box is near, or the control is drawn right under or over the table (measured: ask about few). */
  isNear(control: Element): boolean;
  /** The box one level down (the table itself for the first): a search of this box may skip it. */
  inner: Element;
  /** The buttons and links in this box outside `inner` (and outside the table), in tree order, then those of its open shadow roots. */
  controls: HTMLElement[];
}

/** The elements that are parts of the table as found: its header table and frozen side grids. */
export function partsOf(found: FoundTable): Element[] {
  return [found.element, found.headerTable, ...(found.sidesBefore ?? []), ...(found.sidesAfter ?? []), ...(found.sideHeaderTables?.values() ?? [])].filter(
    (part): part is Element => part !== undefined,
  );
}

/** A button, link or image (PAGER_PRESSABLES), or a page number or arrow drawn as a plain element (plain-pager-items.ts), asked of every element: the tag and the role attribute before any selector. */
function isControl(element: Element): element is HTMLElement {
  const name = element.localName;
  return name === 'button' || name === 'a' || name === 'img' || ((element.hasAttribute('role') || name === 'input') && element.matches(PAGER_PRESSABLES)) || isPlainPagerItem(element);
}

/**
 * The controls in `box` outside `inner`, or null when the box holds a data table other than the
 * table's parts there. The box's elements are walked once, in slices; the table's parts are not
 * walked (a frozen side grid holds as many rows as the table), nor is anything after another
 * table is seen.
 */
async function controlsOfBox(box: Element, inner: Element, table: Element, parts: readonly Element[], slicer: TimeSlicer): Promise<HTMLElement[] | null> {
  const controls: HTMLElement[] = [];
  const walk = new BesideWalk(box, table, { skipped: inner, text: false, alsoSkipped: parts });
  let seen = 0;
  for (let node = walk.next(); node; node = walk.next()) {
    if (++seen % ELEMENTS_PER_PAUSE === 0) await slicer.pause();
    const element = node as Element;
    if (isTableLike(element) && (await isAnotherDataTable(element, parts, slicer))) return null;
    if (isControl(element)) controls.push(element);
    // A select of the page numbers: its options are a pager's numbers (page-chooser.ts).
    else if (element.localName === 'select') controls.push(...pageOptions(element));
  }
  return controls;
}

/**
 * The boxes around the table, nearest first, up to the last one that holds no other data table.
 * `parts` are the table's own pieces drawn apart (see partsOf): not another table. Each box is
 * walked once, without the box below it, so going up to the page's top walks the page once; the
 * walk yields to the page through `slicer` (and stops when its reading is aborted).
 */
export async function* boxesAround(table: Element, parts: readonly Element[] = [table], slicer: TimeSlicer = new TimeSlicer()): AsyncGenerator<BoxAround> {
  let inner: Element = table;
  const drawn = new DrawnTable(parts);
  for (let box = composedParent(table), level = 0; box; inner = box, box = composedParent(box), level++) {
    const controls = await controlsOfBox(box, inner, table, parts, slicer);
    if (!controls) return;
    const near = level < NEAR_LEVELS;
    yield { element: box, near, isNear: (control) => near || drawn.hasRightBeside(control), inner, controls };
  }
}
