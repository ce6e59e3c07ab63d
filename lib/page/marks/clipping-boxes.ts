import { composedParent } from '../dom/composed-tree';
import { documentOffset, type ViewportBox } from './viewport-box';
import { toScreenPixels } from '../virtual-scroll/scroll-container';

/**
 * A table that is not read by scrolling may still sit in a box of its own that scrolls or clips
 * (a portal's 520-pixel body under a fixed header, Ant Design's paged Table): its rows below that
 * box's edge are laid out but not shown, and a mark on them would be drawn over the pager and the
 * page below. The boxes around the table that cut what it shows, and the part of the screen they
 * all leave, tell where its marks may show.
 */

/** The elements around `table` (up to the page's own scrolling) that show only what lies inside them. */
function clippingBoxes(table: Element): Element[] {
  const boxes: Element[] = [];
  const doc = table.ownerDocument;
  for (let node = composedParent(table); node && node !== doc.documentElement && node !== doc.body; node = composedParent(node)) {
    const style = node.ownerDocument.defaultView?.getComputedStyle(node);
    if (style && (style.overflowX !== 'visible' || style.overflowY !== 'visible')) boxes.push(node);
  }
  return boxes;
}

/** Ancestors keep their overflow while the page lives; found once per table, measured at every update. */
const known = new WeakMap<Element, Element[]>();

/**
 * The band of the screen (top viewport) every clipping box around `table` shows, top to bottom,
 * inside their borders and scrollbars; null when no box clips the table (the viewport alone does).
 * Only rows past a box's top or bottom edge are left out: a cell cut by a box's side edge keeps
 * its whole outline, as marks on wide tables in a sideways-scrolling box have always had (the
 * user scrolls sideways to it; mark-placement.test.ts holds marks to their cells' boxes).
 */
export function clippedArea(table: Element): ViewportBox | null {
  let boxes = known.get(table);
  if (!boxes) known.set(table, (boxes = clippingBoxes(table)));
  if (boxes.length === 0) return null;
  const { dx, dy } = documentOffset(table.ownerDocument);
  let [top, bottom] = [-Infinity, Infinity];
  for (const box of boxes) {
    // Offsets inside the box are in its own pixels, zoomed on screen (see scrollScale).
    const boxTop = box.getBoundingClientRect().top + toScreenPixels(box, box.clientTop) + dy;
    top = Math.max(top, boxTop);
    bottom = Math.min(bottom, boxTop + toScreenPixels(box, box.clientHeight));
  }
  // Sideways unlimited (see above); `dx` only places the band in the top viewport's coordinates.
  return { left: -1e6 + dx, top, width: 2e6, height: Math.max(bottom - top, 0) };
}
