/**
 * Where a table's pager, load-more control and row count are looked for: in the boxes around
 * the table, nearest first, and inside the open shadow roots in them (a web component draws its
 * pager in its own). Portals place the pager far from the rows (a toolbar of the card six boxes
 * above the table), so the search goes up as long as the box holds no other data table: a box
 * that holds a second table holds that table's pager too, and taking it would page the wrong
 * table (or press its "Load more").
 */

import type { FoundTable } from '../discovery/discover-tables';
import { ARIA_GRID_SELECTOR } from '../layout/aria-grid-rows';
import { composedContains, composedParent } from '../dom/composed-tree';

/**
 * Boxes this close to the table are searched as before the wider search: libraries put their
 * pager within a few boxes of the table (DataTables: table → wrapper; Grid.js: table → wrapper →
 * container). Farther up, a "Next" or "More" may be the page's own (the next article, a wizard's
 * next step): the callers ask more of a control found there (a status line or a count beside it).
 */
const NEAR_LEVELS = 4;

/** A box around the table, whether it is one of the near ones, and the box below it (looked at already). */
export interface BoxAround {
  element: Element;
  near: boolean;
  /** The box one level down (the table itself for the first): a search of this box may skip it. */
  inner: Element;
}

/** A table element or an ARIA grid: looked at for every element of the page, so the cheap test first. */
function isTableLike(element: Element): boolean {
  return element.localName === 'table' || (element.hasAttribute('role') && element.matches(ARIA_GRID_SELECTOR));
}
/** Fewer lines of data cells than this make no table of data (a header drawn as a table of its own has none). */
const MIN_DATA_ROWS = 2;

/** The elements that are parts of the table as found: its header table and frozen side grids. */
export function partsOf(found: FoundTable): Element[] {
  return [found.element, found.headerTable, ...(found.sidesBefore ?? []), ...(found.sidesAfter ?? []), ...(found.sideHeaderTables?.values() ?? [])].filter(
    (part): part is Element => part !== undefined,
  );
}

export interface WalkOptions {
  /** A box inside `container` not walked (one already looked at); the table is never walked. */
  skipped?: Element;
  /** Whether text nodes are visited too (the status line, the count); elements only otherwise, which is faster. */
  text?: boolean;
}

/**
 * Visit the elements (and text) in `container`, across open shadow roots (UI5 renders its growing
 * button in the growing feature's shadow root; a web-component pager its buttons and status in
 * its own), skipping the table whole and the rows a component slots into it: a long table must
 * not be walked for one button. `visit` returns false to skip an element's content.
 */
export function walkBeside(container: Element, table: Element, visit: (node: Node) => boolean | void, { skipped = table, text = true }: WalkOptions = {}): void {
  const roots: Node[] = [container];
  const doc = container.ownerDocument;
  const show = text ? NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT : NodeFilter.SHOW_ELEMENT;
  for (let next = 0; next < roots.length; next++) {
    const walker = doc.createTreeWalker(roots[next]!, show, {
      acceptNode: (node) => {
        if (node === table || node === skipped) return NodeFilter.FILTER_REJECT;
        if (node.nodeType !== Node.ELEMENT_NODE) {
          visit(node);
          return NodeFilter.FILTER_SKIP;
        }
        const element = node as Element;
        if (element.assignedSlot && composedContains(table, element)) return NodeFilter.FILTER_REJECT;
        if (visit(element) === false) return NodeFilter.FILTER_REJECT;
        if (element.shadowRoot) roots.push(element.shadowRoot);
        return NodeFilter.FILTER_SKIP;
      },
    });
    // Every node is visited from acceptNode; the walk only has to go through them.
    while (walker.nextNode());
  }
}

/** A table or grid with lines of data cells, shown, not a layout table. */
function isDataTable(element: Element): boolean {
  const role = element.getAttribute('role');
  if (role === 'presentation' || role === 'none' || !element.checkVisibility()) return false;
  let dataRows = 0;
  for (const row of Array.from(element.querySelectorAll('tr, [role="row"]'))) {
    if (row.querySelector('td, [role="gridcell"], [role="cell"]') && ++dataRows >= MIN_DATA_ROWS) return true;
  }
  return false;
}

/**
 * Whether `box` holds a data table other than the table's parts, outside `inner` (the box below,
 * looked at already). Every element walked before one is found is handed to `visit`: the callers
 * look for their controls in the same walk.
 */
function holdsAnotherTable(box: Element, inner: Element, table: Element, parts: readonly Element[], visit: (element: Element) => void): boolean {
  const isPart = (element: Element): boolean => parts.some((part) => composedContains(part, element) || composedContains(element, part));
  let found = false;
  walkBeside(
    box,
    table,
    (node) => {
      if (found) return false;
      const element = node as Element;
      if (isTableLike(element) && !isPart(element) && isDataTable(element)) {
        found = true;
        return false;
      }
      visit(element);
    },
    { skipped: inner, text: false },
  );
  return found;
}

/**
 * The boxes around the table, nearest first, up to the last one that holds no other data table.
 * `parts` are the table's own pieces drawn apart (see partsOf): not another table. Each box is
 * walked once, without the box below it, so going up to the page's top walks the page once (a
 * table with no pager is the common case: every box up to <body> is then looked at); `visit` is
 * handed each element of a box before the box is yielded.
 */
export function* boxesAround(table: Element, parts: readonly Element[] = [table], visit: (element: Element) => void = () => {}): Generator<BoxAround> {
  let inner: Element = table;
  for (let box = composedParent(table), level = 0; box; inner = box, box = composedParent(box), level++) {
    if (holdsAnotherTable(box, inner, table, parts, visit)) return;
    yield { element: box, near: level < NEAR_LEVELS, inner };
  }
}
