/**
 * Whether a control is drawn right under (or right above) a table, whatever its depth in the DOM.
 * Grid libraries put their pager in a box of their own far up from the body table: Naive UI's
 * NDataTable draws it seven boxes above its body <table> (scrollbar content, scrollbar, body,
 * base table, wrapper, data table), past the few boxes counted as near (beside-table.ts), yet
 * the user sees it 12 pixels under the rows. Where it is drawn says whose it is better than how
 * deep it sits: a control drawn across the table's width, a line or two under its last row (or
 * over its first), belongs to the table. The boxes searched hold no other data table
 * (beside-table.ts), so none can stand between them.
 *
 * Boxes are measured only for the few controls a caller asks about (a pager's first numbers, its
 * Next), and the table once per search: measuring forces the page's layout.
 */

import { composedContains, composedParent } from '../dom/composed-tree';

/** A box on the page, in the document's client coordinates. */
export interface DrawnBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The widest gap between the table's edge and a control that still counts as right under (or
 * over) it, in CSS pixels: a pager's margin and a table's (Bootstrap 3: 20 each), not a paragraph
 * and a heading between them.
 */
export const MAX_GAP = 48;
/** Borders and rounding: a control may overlap the table's edge by this much. */
const OVERLAP = 2;

/** Whether `control` is drawn against the table's top or bottom edge, overlapping it sideways (pure: the boxes as measured). */
export function isRightBeside(control: DrawnBox, table: DrawnBox): boolean {
  if (control.right <= control.left || control.bottom <= control.top || table.right <= table.left || table.bottom <= table.top) return false;
  if (control.right <= table.left || control.left >= table.right) return false;
  const under = control.top - table.bottom;
  const over = table.top - control.bottom;
  return (under >= -OVERLAP && under <= MAX_GAP) || (over >= -OVERLAP && over <= MAX_GAP);
}

/** The part of `box` inside `clip`, or null when nothing of it is. */
export function clipped(box: DrawnBox, clip: DrawnBox): DrawnBox | null {
  const cut = { left: Math.max(box.left, clip.left), top: Math.max(box.top, clip.top), right: Math.min(box.right, clip.right), bottom: Math.min(box.bottom, clip.bottom) };
  return cut.right > cut.left && cut.bottom > cut.top ? cut : null;
}

/** The smallest box holding both. */
function union(a: DrawnBox | null, b: DrawnBox | null): DrawnBox | null {
  if (!a || !b) return a ?? b;
  return { left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) };
}

const boxOf = (element: Element): DrawnBox => {
  const { left, top, right, bottom } = element.getBoundingClientRect();
  return { left, top, right, bottom };
};

/** The boxes around `part` that show only what lies inside them (a body scrolling under a fixed header, a wrapper's rounded corners). */
function clippingBoxes(part: Element): Element[] {
  const boxes: Element[] = [];
  const doc = part.ownerDocument;
  for (let node = composedParent(part); node && node !== doc.documentElement && node !== doc.body; node = composedParent(node)) {
    const style = doc.defaultView?.getComputedStyle(node);
    // linkedom (unit tests) gives no overflow: nothing clips there.
    if (style?.overflowX && style.overflowY && (style.overflowX !== 'visible' || style.overflowY !== 'visible')) boxes.push(node);
  }
  return boxes;
}

/**
 * A table as drawn: its parts (header table, body, frozen side grids) each cut to the boxes that
 * clip it. A body of 50 rows scrolling in 520 pixels shows 520: its pager is under those, not
 * under the 1,500 pixels of rows laid out below them. Only boxes that do not hold the control
 * cut: a page that scrolls in a box of its own scrolls the pager with the table.
 */
export class DrawnTable {
  private clips: { part: Element; boxes: Element[] }[] | null = null;

  constructor(private readonly parts: readonly Element[]) {}

  /** Whether `control` is drawn right under or over the table (isRightBeside). A page chooser's option is measured as its select. */
  hasRightBeside(control: Element): boolean {
    const shown = control.localName === 'option' ? control.closest('select') : control;
    if (!shown) return false;
    const table = this.boxFor(shown);
    return table !== null && isRightBeside(boxOf(shown), table);
  }

  private boxFor(control: Element): DrawnBox | null {
    // The page does not change its boxes' overflow as it runs: found once per search.
    this.clips ??= this.parts.map((part) => ({ part, boxes: clippingBoxes(part) }));
    let drawn: DrawnBox | null = null;
    for (const { part, boxes } of this.clips) {
      let box: DrawnBox | null = boxOf(part);
      for (const clip of boxes) if (box && !composedContains(clip, control)) box = clipped(box, boxOf(clip));
      drawn = union(drawn, box);
    }
    return drawn;
  }
}
