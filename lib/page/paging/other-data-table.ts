/**
 * Whether an element beside the table is another table of data: the search for a table's pager
 * stops below a box that holds one (beside-table.ts), since that box holds the other table's
 * pager too. Web-component grids count as well as plain ones: a grid whose rows are in its own
 * shadow root (role="grid" on the host), a grid in a component's shadow root, and a grid that
 * shows its rows through a <slot> (SAP UI5's table keeps role="grid" in its shadow root and its
 * rows in the component's light DOM): their rows are looked for in the tree as rendered.
 */

import { ARIA_GRID_SELECTOR } from '../layout/aria-grid-rows';
import { composedContains, openShadowRoot } from '../dom/composed-tree';
import type { TimeSlicer } from '../time-slices';

/** Fewer lines of data cells than this make no table of data (a header drawn as a table of its own has none). */
const MIN_DATA_ROWS = 2;
const ROW = 'tr, [role="row"]';
const DATA_CELL = 'td, [role="gridcell"], [role="cell"]';
/** Elements looked at between two chances for the page to answer its user. */
const ELEMENTS_PER_PAUSE = 512;

/** A table element or an ARIA grid: asked of every element beside the table, so the cheap test first. */
export function isTableLike(element: Element): boolean {
  return element.localName === 'table' || (element.hasAttribute('role') && element.matches(ARIA_GRID_SELECTOR));
}

/**
 * The elements an element renders: a shadow host its shadow root's, a slot those assigned to it
 * (its fallback content when none are), anything else its children.
 */
function renderedElements(element: Element): ArrayLike<Element> {
  const shadow = openShadowRoot(element);
  if (shadow) return shadow.children;
  if (element.localName === 'slot') return (element as HTMLSlotElement).assignedElements({ flatten: true });
  return element.children;
}

/** The elements under `root` in the rendered tree (root included) that match, depth first, without those inside them. */
async function* renderedMatching(root: Element, selector: string, slicer: TimeSlicer): AsyncGenerator<Element> {
  const frames: { elements: ArrayLike<Element>; index: number }[] = [{ elements: [root], index: 0 }];
  let seen = 0;
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    const element = frame.elements[frame.index++];
    if (!element) {
      frames.pop();
      continue;
    }
    if (++seen % ELEMENTS_PER_PAUSE === 0) await slicer.pause();
    // A matching element is handed out and not gone into: a grid does not nest inside a row.
    if (element.matches(selector)) yield element;
    else frames.push({ elements: renderedElements(element), index: 0 });
  }
}

async function hasDataCell(row: Element, slicer: TimeSlicer): Promise<boolean> {
  if (row.querySelector(DATA_CELL)) return true;
  // Cells in the row's own shadow root, or slotted into it.
  for await (const cell of renderedMatching(row, DATA_CELL, slicer)) if (cell !== row) return true;
  return false;
}

/**
 * A table or grid with lines of data cells, shown, not a layout table. Looked at in the tree as
 * rendered, only until its second line of data: a 50,000-row table is not walked whole.
 */
export async function isDataTable(element: Element, slicer: TimeSlicer): Promise<boolean> {
  const role = element.getAttribute('role');
  if (role === 'presentation' || role === 'none' || !element.checkVisibility()) return false;
  let dataRows = 0;
  for await (const row of renderedMatching(element, ROW, slicer)) {
    if ((await hasDataCell(row, slicer)) && ++dataRows >= MIN_DATA_ROWS) return true;
  }
  return false;
}

/**
 * Whether `element`, seen beside the table, is another data table: a table-like element that is
 * none of the table's parts (`parts`: its header table, frozen side grids, drawn apart from it)
 * and holds lines of data.
 */
export async function isAnotherDataTable(element: Element, parts: readonly Element[], slicer: TimeSlicer): Promise<boolean> {
  if (!isTableLike(element) || parts.some((part) => composedContains(part, element) || composedContains(element, part))) return false;
  return isDataTable(element, slicer);
}
