import { shownChildren } from '../dom/composed-tree';

/**
 * Where a row is drawn: its own box, or, when that has no height, the box around its cells. A row
 * of `display: contents` has no box (its cells sit on the grid's own CSS grid: react-data-grid,
 * hand-written Vue and Svelte tables), and a row whose cells float collapses to no height
 * (AngularJS UI-Grid's `role="row"`): both are drawn where their cells are. A row whose cells have
 * no height either (the sizing row that sets column widths: jqGrid, w2ui) stays a row of no height.
 */
export function drawnBox(row: Element, cells: () => readonly Element[] = () => shownChildren(row)): DOMRect {
  const own = row.getBoundingClientRect();
  if (own.height > 0 && own.width > 0) return own;
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const cell of cells()) {
    const box = cell.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0) continue;
    [left, top] = [Math.min(left, box.left), Math.min(top, box.top)];
    [right, bottom] = [Math.max(right, box.right), Math.max(bottom, box.bottom)];
  }
  if (left === Infinity) return own;
  // A plain object, not `new DOMRect`: the same measures, without needing the page's constructor.
  const box = { left, top, right, bottom, width: right - left, height: bottom - top, x: left, y: top };
  return { ...box, toJSON: () => box };
}
