import { contentLeftAt, scrollsRightToLeft, toBoxPixels, visibleAreaTop } from './scroll-container';

/**
 * A virtualised grid renders the rows (and columns) that fit its scrolling box, so reading it a
 * screen at a time costs one render and one frame per screen: 10,000 rows take hundreds of
 * steps. While it is read, its box is made much taller (and as wide as its content, so columns
 * rendered only in view are all rendered at once): grids size what they render from the box
 * they watch (ResizeObserver, or its clientHeight at each scroll), so each step then brings many
 * screens of rows. Nothing depends on a library: a grid that ignores the new size is read as
 * before (the reader checks, see drawsWholeWidth, and falls back at the end of the box). The
 * box's inline style is put back exactly afterwards, whatever happened during the read (Cancel,
 * an error, the page changing).
 */

/**
 * How tall the box is made while read: some 5 screens, 70–120 rows of common grid heights per
 * render. Taller boxes make fewer steps but each render (and the page's layout of it) longer:
 * measured with `npm run profile:pages`, Vaadin Grid's pool of row elements grows with its box
 * and its forced layouts took seconds per step at 6,000 px, on a page that must stay usable.
 */
export const ENLARGED_HEIGHT_PX = 3_000;
/** Wider than this, a grid's columns are swept sideways as before (a render that wide would be slow). */
export const MAX_ENLARGED_WIDTH_PX = 8_000;

export type Axis = 'x' | 'y';

const SIZE_PROPERTIES: Record<Axis, readonly string[]> = {
  y: ['height', 'min-height', 'max-height'],
  x: ['width', 'min-width', 'max-width'],
};

interface SavedStyle {
  hadStyleAttribute: boolean;
  /** The inline value and priority each property had before it was set here ('' when it had none). */
  properties: Map<string, { value: string; priority: string }>;
}

/**
 * The box's size as its `height` / `width` property counts it (with its padding and borders under
 * `box-sizing: border-box`, without them otherwise); its visible area then grows by what is added.
 */
function cssSize(box: HTMLElement, axis: Axis): number {
  const style = box.ownerDocument.defaultView!.getComputedStyle(box);
  const outer = axis === 'y' ? box.offsetHeight : box.offsetWidth;
  if (style.boxSizing === 'border-box') return outer;
  const edges =
    axis === 'y'
      ? [style.paddingTop, style.paddingBottom, style.borderTopWidth, style.borderBottomWidth]
      : [style.paddingLeft, style.paddingRight, style.borderLeftWidth, style.borderRightWidth];
  return outer - edges.reduce((sum, edge) => sum + (parseFloat(edge) || 0), 0);
}

/** The page's own scrolling cannot be made larger than the window; only a box of the grid's can. */
function ownBox(scroller: Element | null): scroller is HTMLElement {
  return scroller !== null && scroller !== scroller.ownerDocument.scrollingElement && 'style' in scroller;
}

/** The scrolling boxes of a grid being read, made larger, and how to put them back. */
export class EnlargedScrollBoxes {
  private readonly saved = new Map<HTMLElement, SavedStyle>();
  private readonly axes = new Set<Axis>();

  /**
   * Make a box taller (y) or as wide as its content (x), when that shows more of it; returns
   * whether it did. The size is set with `!important` on min and max too, so flex and grid
   * layouts neither shrink nor stretch it back. Only these properties are touched: a grid that
   * sets other inline styles on its box while it is read (its own width, a transform) keeps them.
   */
  enlarge(box: Element | null, axis: Axis): boolean {
    if (!ownBox(box)) return false;
    let target: number;
    if (axis === 'y') {
      if (box.scrollHeight <= box.clientHeight + 1) return false;
      target = cssSize(box, 'y') + Math.min(box.scrollHeight, Math.max(ENLARGED_HEIGHT_PX, box.clientHeight)) - box.clientHeight;
    } else {
      if (box.scrollWidth <= box.clientWidth + 1 || box.scrollWidth > MAX_ENLARGED_WIDTH_PX) return false;
      target = cssSize(box, 'x') + box.scrollWidth - box.clientWidth;
    }
    let saved = this.saved.get(box);
    if (!saved) {
      saved = { hadStyleAttribute: box.hasAttribute('style'), properties: new Map() };
      this.saved.set(box, saved);
    }
    for (const name of SIZE_PROPERTIES[axis]) {
      if (!saved.properties.has(name)) saved.properties.set(name, { value: box.style.getPropertyValue(name), priority: box.style.getPropertyPriority(name) });
      box.style.setProperty(name, `${Math.round(target)}px`, 'important');
    }
    this.axes.add(axis);
    return true;
  }

  /** Whether some box is enlarged along `axis` (either, without one). */
  isEnlarged(axis?: Axis): boolean {
    return axis ? this.axes.has(axis) : this.axes.size > 0;
  }

  /** Put the boxes' inline sizes back as they were, along one axis or both. */
  restore(axis?: Axis): void {
    const names = new Set(axis ? SIZE_PROPERTIES[axis] : [...SIZE_PROPERTIES.x, ...SIZE_PROPERTIES.y]);
    for (const [box, saved] of this.saved) {
      for (const [name, { value, priority }] of saved.properties) {
        if (!names.has(name)) continue;
        if (value === '') box.style.removeProperty(name);
        else box.style.setProperty(name, value, priority);
        saved.properties.delete(name);
      }
      if (saved.properties.size > 0) continue;
      if (!saved.hadStyleAttribute && box.getAttribute('style') === '') box.removeAttribute('style');
      this.saved.delete(box);
    }
    if (axis) this.axes.delete(axis);
    else this.axes.clear();
  }
}

/**
 * The grid draws columns across the whole width of its (widened) box: its last header cell ends
 * where the scrolled content ends (its right edge, or its left edge in a right-to-left grid). A
 * grid that sizes its columns from its own settings rather than from its box draws fewer; then
 * its columns must be swept sideways, at the box's own width.
 */
export function drawsWholeWidth(headerCells: readonly Element[], scrollerX: Element): boolean {
  // Right to left, the columns start at the content's right edge: the far end is its left edge.
  if (scrollsRightToLeft(scrollerX)) return Math.min(...headerCells.map((cell) => contentLeftAt(scrollerX, cell.getBoundingClientRect().left))) <= 2;
  const right = Math.max(...headerCells.map((cell) => contentLeftAt(scrollerX, cell.getBoundingClientRect().right)));
  return right >= scrollerX.scrollWidth - 2;
}

/**
 * The grid draws rows down into the room its (heightened) box gained: its lowest row drawn ends
 * past the middle of that room. A grid that sizes what it draws from its own settings (TOAST UI
 * Grid's bodyHeight) or from a size it measured once (react-window, Element Plus table-v2) draws
 * a screen of rows at the top of the taller box and leaves the rest empty: reading it there costs
 * the page the layout and paint of the taller box at every step and brings no more rows per step.
 */
export function drawsWholeHeight(rows: readonly Element[], scrollerY: Element, ownHeight: number): boolean {
  const top = visibleAreaTop(scrollerY);
  const bottom = toBoxPixels(scrollerY, Math.max(...rows.map((row) => row.getBoundingClientRect().bottom - top)));
  return bottom >= ownHeight + (scrollerY.clientHeight - ownHeight) / 2;
}
