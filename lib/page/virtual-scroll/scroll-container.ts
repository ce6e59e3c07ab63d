import { composedParent } from '../dom/composed-tree';
import { ElementWalk } from '../dom/element-walk';

/**
 * Grids that render only the rows in view scroll a box of their own (or, less often, the
 * page). Reading them means scrolling that box as a user would, and putting it back after.
 */

export type ScrollAxis = 'x' | 'y';

/**
 * A box that hides its overflow yet holds many times its height of content: a virtual list that
 * draws its own scrollbar and moves its content on wheel and drag (rc-virtual-list under Ant
 * Design's virtual Table). Its scrollTop still moves the content, and such lists follow it (they
 * listen to the box's scroll events). Several screens of content, not a cell's clipped line or
 * two, is what tells it from a box that only clips (ellipsis cells, rounded corners). Sideways,
 * clipped cell text makes every cell such a box: a box hiding its overflow scrolls sideways only
 * when it scrolls its lines that way too (see scrolls).
 */
const HIDDEN_SCROLL_SCREENS = 3;

function scrolls(element: Element, axis: ScrollAxis): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(element);
  const overflow = axis === 'y' ? style.overflowY : style.overflowX;
  if (overflow === 'hidden' && axis === 'y') return drawsOwnScrollbar(element);
  // Sideways, a hidden overflow scrolls only in a box that draws its own scrollbars for its lines
  // too (hidden both ways, several screens tall): DevExtreme's simulated scrolling moves its rows
  // view's box both ways by its scrollTop and scrollLeft, drawing only the columns in view.
  // Taken for a box that only clips, its last columns were never scrolled to, and never read.
  if (overflow === 'hidden' && axis === 'x') return style.overflowY === 'hidden' && drawsOwnScrollbar(element) && element.scrollWidth > element.clientWidth + 1;
  if (overflow !== 'auto' && overflow !== 'scroll') return false;
  return axis === 'y' ? element.scrollHeight > element.clientHeight + 1 : element.scrollWidth > element.clientWidth + 1;
}

/** See HIDDEN_SCROLL_SCREENS (Element Plus table-v2 and Ant Design's virtual Table scroll such boxes). */
function drawsOwnScrollbar(element: Element): boolean {
  return element.clientHeight > 0 && element.scrollHeight > HIDDEN_SCROLL_SCREENS * element.clientHeight;
}

/**
 * The nearest box around `element` (itself included) that scrolls along `axis`; the document's
 * scrolling element when only the page scrolls; null when nothing does.
 */
export function scrollContainer(element: Element, axis: ScrollAxis): Element | null {
  // Composed parents: a web component's rows scroll in a box of its shadow root, or in the page around it.
  for (let node: Element | null = element; node; node = composedParent(node)) {
    if (node === node.ownerDocument.documentElement) break;
    if (node === node.ownerDocument.body && !bodyScrollsAsBox(node)) break;
    if (scrolls(node, axis)) return node;
  }
  const page = element.ownerDocument.scrollingElement;
  if (!page) return null;
  return (axis === 'y' ? page.scrollHeight > page.clientHeight + 1 : page.scrollWidth > page.clientWidth + 1) ? page : null;
}

/**
 * The box that scrolls a grid's rows along `axis`: the nearest box around `row` that scrolls, when
 * it is part of the grid; else a scrollbar the grid draws apart from its rows (remoteScrollbar);
 * else the box or page around the grid that scrolls (null when nothing does).
 */
export function gridScrollContainer(grid: Element, row: Element, axis: ScrollAxis): Element | null {
  const around = scrollContainer(row, axis);
  if (around && (around === grid || grid.contains(around))) return around;
  return remoteScrollbar(grid, row, axis) ?? around;
}

/** Whether `scroller` is a scrollbar `grid` draws beside its rows (see remoteScrollbar): inside the grid, with no text of its own. */
export function isRemoteScrollbar(scroller: Element, grid: Element): boolean {
  return scroller !== grid && grid.contains(scroller) && (scroller.textContent ?? '').trim() === '';
}

/** Elements of a grid looked at for a scrollbar of its own. */
const MAX_SCROLLBAR_CANDIDATES = 3_000;

/**
 * A scrollbar a grid draws beside its rows: a box of its own that scrolls an empty spacer as tall
 * (or wide) as every line, while the rows sit in a box that does not scroll and are drawn afresh
 * for the scrollbar's position (Webix's DataTable, Kendo's and DHTMLX's virtual grids, grids
 * built like them). Moving it is how a user scrolls such a grid, and how it is read. It is inside
 * the grid, holds no text, and lies beside the rows: across their band for up and down, along
 * their width for sideways.
 */
export function remoteScrollbar(grid: Element, row: Element, axis: ScrollAxis): Element | null {
  const rowBox = row.getBoundingClientRect();
  let best: Element | null = null;
  // The first candidates in tree order, walked rather than queried: a query lists every element
  // first, and a long table asked whether it renders only in view (page-table.ts) holds 700,000.
  const walk = new ElementWalk(grid, () => false);
  for (let element = walk.next(), seen = 1; element && seen <= MAX_SCROLLBAR_CANDIDATES; element = walk.next(), seen++) {
    // Cheap tests first: most elements hold no more than they show.
    if (axis === 'y' ? element.scrollHeight <= element.clientHeight + 1 : element.scrollWidth <= element.clientWidth + 1) continue;
    if (element.contains(row) || !scrolls(element, axis) || !isRemoteScrollbar(element, grid)) continue;
    const box = element.getBoundingClientRect();
    const beside = axis === 'y' ? box.top <= rowBox.bottom && box.bottom >= rowBox.top : box.left < rowBox.right && box.right > rowBox.left;
    if (!beside) continue;
    if (!best || (axis === 'y' ? element.scrollHeight > best.scrollHeight : element.scrollWidth > best.scrollWidth)) best = element;
  }
  return best;
}

/**
 * Screen pixels per pixel of the box's own scrolling. A box scrolls, and states its sizes
 * (scrollTop, clientHeight, scrollHeight, clientTop), in its own CSS pixels, while
 * getBoundingClientRect gives screen pixels: they differ under CSS `zoom` on the box or on any
 * element around it (portals zoom the whole page for density or larger text) and under a scale
 * transform. Mixing the two, reading stepped past rows it never saw and placed rows at offsets
 * that moved with every step. The page's own scrolling is in screen pixels whatever its root's zoom.
 */
export function scrollScale(scroller: Element, box: DOMRect = scroller.getBoundingClientRect()): number {
  if (scroller === scroller.ownerDocument.scrollingElement) return 1;
  const zoom = (scroller as { currentCSSZoom?: unknown }).currentCSSZoom;
  const measured = measuredScale(scroller, box);
  // currentCSSZoom is exact but blind to transforms; the measured ratio sees both, to the rounding of offsetWidth.
  if (typeof zoom === 'number' && zoom > 0 && (measured === null || Math.abs(measured / zoom - 1) < 0.01)) return zoom;
  return measured ?? 1;
}

/** The box's size on screen over its size in its own pixels (its longer side: offset sizes are whole pixels); null when it has none. */
function measuredScale(scroller: Element, box: DOMRect): number | null {
  const { offsetWidth, offsetHeight } = scroller as Partial<HTMLElement>;
  if (typeof offsetWidth !== 'number' || typeof offsetHeight !== 'number') return null;
  const ratio = offsetWidth >= offsetHeight ? box.width / offsetWidth : box.height / offsetHeight;
  return Number.isFinite(ratio) && ratio > 0 ? ratio : null;
}

/** A length on screen in the box's own pixels (see scrollScale). */
export function toBoxPixels(scroller: Element, screenLength: number): number {
  return screenLength / scrollScale(scroller);
}

/** A length in the box's own pixels on screen (see scrollScale). */
export function toScreenPixels(scroller: Element, boxLength: number): number {
  return boxLength * scrollScale(scroller);
}

/**
 * The body is a box of its own that scrolls (an app shell: `html { height: 100%; overflow: hidden }`,
 * `body { height: 100%; overflow: auto }`) when the root's overflow is not visible. Otherwise the
 * body's overflow is the viewport's, and what scrolls is the page. A headless grid virtualised
 * against such a body was read as shown: 41 rows of 2,000, with no word that more existed.
 */
function bodyScrollsAsBox(body: Element): boolean {
  const style = body.ownerDocument.defaultView?.getComputedStyle(body.ownerDocument.documentElement);
  return style !== undefined && (style.overflowX !== 'visible' || style.overflowY !== 'visible');
}

/** Where a scrolling box's visible area (inside its borders) starts on screen (the page's own scrolling starts at 0). */
export function visibleAreaTop(scroller: Element): number {
  return visibleArea(scroller).top;
}

export function visibleAreaLeft(scroller: Element): number {
  return visibleArea(scroller).left;
}

/**
 * Where the box's visible area starts on screen, and the box's scale (see scrollScale), from one
 * measure of the box: the helpers below run for every row of every look.
 */
function visibleArea(scroller: Element): { top: number; left: number; scale: number } {
  if (scroller === scroller.ownerDocument.scrollingElement) return { top: 0, left: 0, scale: 1 };
  const box = scroller.getBoundingClientRect();
  const scale = scrollScale(scroller, box);
  return { top: box.top + scroller.clientTop * scale, left: box.left + scroller.clientLeft * scale, scale };
}

/** Some of the elements is in the box's view (not only rows left from another scroll position); always, for no box. */
export function someInView(elements: readonly Element[], scroller: Element | null): boolean {
  if (!scroller) return true;
  const { top, scale } = visibleArea(scroller);
  const bottom = top + scroller.clientHeight * scale;
  return elements.some((element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > top && box.top < bottom;
  });
}

/** How far below the top of the box's content a point `screenTop` on screen is, in the box's own pixels. */
export function contentTopAt(scroller: Element, screenTop: number): number {
  const { top, scale } = visibleArea(scroller);
  return scroller.scrollTop + (screenTop - top) / scale;
}

/** How far right of the left edge of the box's content a point `screenLeft` on screen is, in the box's own pixels. */
export function contentLeftAt(scroller: Element, screenLeft: number): number {
  const { left, scale } = visibleArea(scroller);
  return scrolledFromLeftEdge(scroller) + (screenLeft - left) / scale;
}

/**
 * The box lays its content out right to left (Arabic and Hebrew portals, AG Grid's RTL mode): its
 * columns start at its right edge, where its scrollLeft is 0, and it scrolls to the left through
 * negative scrollLeft values down to −(scrollWidth − clientWidth), as browsers now agree.
 */
export function scrollsRightToLeft(scroller: Element): boolean {
  return scroller.ownerDocument.defaultView?.getComputedStyle(scroller).direction === 'rtl';
}

/** How far scrollLeft 0 is from the content's left edge: all the scrollable width in a right-to-left box, else 0. */
function leftEdgeToScrollOrigin(scroller: Element): number {
  return scrollsRightToLeft(scroller) ? scroller.scrollWidth - scroller.clientWidth : 0;
}

/** How far the box is scrolled from the left edge of its content (scrollLeft is counted from the right edge in a right-to-left box). */
export function scrolledFromLeftEdge(scroller: Element): number {
  return scroller.scrollLeft + leftEdgeToScrollOrigin(scroller);
}

/** Sideways steps overlap a little, so a column straddling the edge is seen whole in one of them. */
const SIDEWAYS_STEP = 0.85;

/**
 * Scroll positions that together show every column: the edge where rows start, a screen further
 * each time, the other edge (to the left through negative scrollLeft in a right-to-left box).
 */
export function sidewaysPositions(scrollerX: Element): number[] {
  const max = scrollerX.scrollWidth - scrollerX.clientWidth;
  const step = Math.max(scrollerX.clientWidth * SIDEWAYS_STEP, 50);
  const positions = [0];
  for (let left = step; left < max; left += step) positions.push(Math.round(left));
  if (max > 0) positions.push(max);
  return scrollsRightToLeft(scrollerX) ? positions.map((left) => (left === 0 ? 0 : -left)) : positions;
}

/** The scrollLeft that scrolls the box `fromLeftEdge` pixels from its content's left edge (see scrolledFromLeftEdge). */
export function scrollLeftAt(scroller: Element, fromLeftEdge: number): number {
  return fromLeftEdge - leftEdgeToScrollOrigin(scroller);
}

/** The box is scrolled as far down as it goes. */
export function atBottom(scroller: Element): boolean {
  return scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
}

/**
 * Scroll instantly: a page with `scroll-behavior: smooth` would otherwise still be moving when
 * the grid is read.
 */
export function scrollBoxTo(scroller: Element, position: { top?: number; left?: number }): void {
  scroller.scrollTo({ ...position, behavior: 'instant' });
}

/** The scroll positions of some boxes, to put back once reading is done. */
export interface SavedScrollPositions {
  /** Scroll every box back where it was. */
  restore(): void;
  /** Whether every box is where it was (to the pixel). */
  areBack(): boolean;
}

export function saveScrollPositions(scrollers: Iterable<Element | null>): SavedScrollPositions {
  const saved = [...new Set(scrollers)].filter((box): box is Element => box !== null).map((box) => ({ box, top: box.scrollTop, left: box.scrollLeft }));
  return {
    restore: () => {
      for (const { box, top, left } of saved) scrollBoxTo(box, { top, left });
    },
    areBack: () => saved.every(({ box, top, left }) => Math.abs(box.scrollTop - top) < 1 && Math.abs(box.scrollLeft - left) < 1),
  };
}

/**
 * Rows that fill only a small part of the room made for them: the grid is sized for rows not
 * rendered yet (a virtualised grid's spacer). In a box of the grid's own, that room is what the
 * box scrolls. When the page itself scrolls (TanStack Virtual's window virtualizer,
 * react-virtuoso's useWindowScroll), the page's height says nothing (a long page below a short
 * table is no virtual grid): the room is the element holding the rows, a spacer as tall as every
 * line or a list padded for the lines above and below, where a table's body is as tall as its rows.
 * Given the grid, its room may be a scrollbar it draws beside its rows (see remoteScrollbar), the
 * box its reading scrolls: a grid that states no row count (or a wrong one: Ignite UI's igc-grid
 * says aria-rowcount="1" for 2,000 lines) was otherwise read as the screenful it shows.
 */
export function rendersOnlyInView(rows: readonly Element[], grid?: Element): boolean {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return false;
  const scroller = grid ? gridScrollContainer(grid, first, 'y') : scrollContainer(first, 'y');
  if (!scroller) return false;
  const extent = last.getBoundingClientRect().bottom - first.getBoundingClientRect().top;
  if (scroller !== first.ownerDocument.scrollingElement) return scroller.scrollHeight > toBoxPixels(scroller, extent) + 2 * scroller.clientHeight;
  const holder = holderOf(first, last);
  return holder !== null && holder.getBoundingClientRect().height > extent + 2 * scroller.clientHeight;
}

/** The nearest element holding both rows (across shadow roots); null when only the document does. */
function holderOf(first: Element, last: Element): Element | null {
  for (let node = composedParent(first); node; node = composedParent(node)) {
    if (node === node.ownerDocument.documentElement || node === node.ownerDocument.body) return null;
    if (node.contains(last) || (last.getRootNode() !== node.getRootNode() && composedContains(node, last))) return node;
  }
  return null;
}

function composedContains(ancestor: Element, node: Element): boolean {
  for (let current: Element | null = node; current; current = composedParent(current)) if (current === ancestor) return true;
  return false;
}
