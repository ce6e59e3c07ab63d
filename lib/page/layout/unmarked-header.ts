import type { SourceCell, SourceRow } from './cell-grid';
import { composedParent } from '../dom/composed-tree';
import { collapseWhitespace } from './visible-text';

/**
 * Column headers a grid draws without marking them up. Some ARIA grids mark their data cells
 * (role="gridcell") but draw the header as plain elements in a strip of their own inside the
 * grid: Webix's DataTable (div.webix_hcell), grids built like it. Read by their semantics alone,
 * such a grid has no header, and its first line of goods was taken for one (the catalog's
 * columns named "LT-00001", "Wi-Fi routers…", nothing mapped, nothing checked). What the user
 * sees is still a header: a band of short texts just above the first line, one over each column.
 */

/** Elements looked at inside the grid; a header sits among the grid's first elements anyway. */
const MAX_CANDIDATES = 3_000;
/** Pixels of slack in comparing boxes (borders, sub-pixel layout). */
const OVERLAP_PX = 2;
/** A header text is a column's name, not a paragraph. */
const MAX_HEADER_TEXT = 200;
/** Share of the first line's columns that must have a header over them. */
const COVERED_SHARE = 0.8;

interface Candidate {
  element: Element;
  box: DOMRect;
}

/**
 * The header over `firstLine`'s columns among the grid's unmarked elements, as a head row whose
 * cells take the columns of the cells they sit over; null when no band of texts covers the line's
 * columns (the grid then reads as before: its first line names the columns, as in a CSV file).
 * `cellSelector` names the grid's cells: nothing inside one is a header.
 */
export function unmarkedHeaderRow(grid: Element, firstLine: SourceRow, cellSelector: string): SourceRow | null {
  const columns = firstLine.cells
    .map((cell) => ({ cell, box: cell.element.getBoundingClientRect() }))
    .filter(({ box }) => box.width > 0 && box.height > 0);
  if (columns.length < 2) return null;
  // The line may be scrolled partly under the header (a grid drawing its lines afresh for a
  // scrollbar's position shifts them by what is left of a line's height).
  const lineTop = Math.min(...columns.map(({ box }) => box.top));
  const lineBottom = Math.max(...columns.map(({ box }) => box.bottom));
  const candidates = textLeavesAbove(grid, lineTop, lineBottom, cellSelector);
  const chosen = new Map<SourceCell, Candidate>();
  for (const { cell, box: column } of columns) {
    let best: Candidate | null = null;
    for (const candidate of candidates) {
      const middle = (candidate.box.left + candidate.box.right) / 2;
      if (middle < column.left || middle >= column.right || candidate.box.width > column.width + OVERLAP_PX * 2) continue;
      if (!best || nearer(candidate, best, column)) best = candidate;
    }
    if (best) chosen.set(cell, best);
  }
  if (chosen.size < Math.max(2, Math.ceil(columns.length * COVERED_SHARE))) return null;
  // One element named two columns: a caption or a toolbar over the grid, not a header.
  if (new Set([...chosen.values()].map(({ element }) => element)).size < chosen.size) return null;
  const cells: SourceCell[] = [...chosen].map(([bodyCell, { element }]) => ({ element, header: true, colSpan: 1, rowSpan: 1, column: bodyCell.column }));
  return { element: commonAncestor(cells.map((cell) => cell.element)) ?? grid, section: 'head', cells };
}

/**
 * Whether `candidate` names `column` rather than `best`: of a header of several bands (column
 * groups over columns), the band nearest the line; in one band, the text whose edges are nearest
 * the column's (a column scrolled partly out of view sits over the frozen columns' headers too).
 */
function nearer(candidate: Candidate, best: Candidate, column: DOMRect): boolean {
  if (Math.abs(candidate.box.bottom - best.box.bottom) > OVERLAP_PX) return candidate.box.bottom > best.box.bottom;
  const offset = (box: DOMRect) => Math.abs(box.left - column.left) + Math.abs(box.right - column.right);
  return offset(candidate.box) < offset(best.box);
}

/**
 * The innermost elements of the grid showing a short text, starting above the line and ending
 * before its bottom, outside every data cell.
 */
function textLeavesAbove(grid: Element, lineTop: number, lineBottom: number, cellSelector: string): Candidate[] {
  const found: Candidate[] = [];
  const elements = Array.from(grid.querySelectorAll('*')).slice(0, MAX_CANDIDATES);
  for (const element of elements) {
    if (element.closest(cellSelector)) continue;
    // Innermost: an element with an element child showing the same text is not the leaf.
    if (Array.from(element.children).some((child) => (child.textContent ?? '').trim() !== '')) continue;
    const text = collapseWhitespace(element.textContent ?? '');
    if (text === '' || text.length > MAX_HEADER_TEXT) continue;
    const box = element.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0 || box.top >= lineTop || box.bottom > lineBottom - OVERLAP_PX) continue;
    found.push({ element, box });
  }
  return found;
}

/** The nearest element holding every one of `elements`. */
function commonAncestor(elements: readonly Element[]): Element | null {
  let ancestor: Element | null = elements[0] ? composedParent(elements[0]) : null;
  while (ancestor && !elements.every((element) => ancestor!.contains(element))) ancestor = composedParent(ancestor);
  return ancestor;
}
