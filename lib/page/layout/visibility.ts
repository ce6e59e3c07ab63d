import { composedParent, openShadowRoot } from '../dom/composed-tree';
import { undisplayedByWidth } from './width-rules';

/**
 * What a user of the page actually sees. A catalog read from a page must hold the cells the
 * filer looks at, not the template columns, screen-reader helpers and cost fields an ERP keeps
 * in the DOM but hides.
 */

/** Computed style in the element's own window: cells in a same-origin frame use that frame's styles. */
export function styleOf(element: Element): CSSStyleDeclaration | null {
  const view = element.ownerDocument.defaultView;
  return view ? view.getComputedStyle(element) : null;
}

/** `hidden`, `hidden="until-found"` and `aria-hidden="true"` take an element away from the user on purpose. */
function hiddenByAttribute(element: Element): boolean {
  return element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';
}

/**
 * Not shown to the user: not rendered (display:none on it or any ancestor), invisible
 * (visibility:hidden), or hidden by attribute on it or an ancestor up to `within` (the table):
 * attributes above the table are the app's business (aria-hidden on the app root behind a dialog).
 */
export function isHiddenFromUser(element: Element, within: Element): boolean {
  if (!isRendered(element)) return true;
  // Composed parents: a cell slotted into a web component's row is hidden when that row is.
  const stop = composedParent(within);
  for (let node: Element | null = element; node && node !== stop; node = composedParent(node)) {
    if (hiddenByAttribute(node)) return true;
  }
  return false;
}

/**
 * Undisplayed alone, as responsive tables collapse the columns a narrow window has no room for
 * (DataTables' Responsive, Bootstrap's `d-none d-lg-table-cell`, Tabulator's collapse): the element
 * itself is `display: none` while its row is drawn, and nothing hides it by attribute. Its text is
 * still the page's data, one press away; a column hidden by `hidden`, `aria-hidden` or
 * `visibility` is hidden from the user, not collapsed.
 */
export function isCollapsed(element: Element, within: Element): boolean {
  if (styleOf(element)?.display !== 'none' || !collapsedByLayout(element, within)) return false;
  const parent = composedParent(element);
  if (!parent || !isRendered(parent)) return false;
  const stop = composedParent(within);
  for (let node: Element | null = element; node && node !== stop; node = composedParent(node)) {
    if (hiddenByAttribute(node)) return false;
  }
  return true;
}

/**
 * A class showing or hiding by screen width: Bootstrap's d-lg-table-cell and hidden-sm, Foundation's
 * show-for-large, Tailwind's md:table-cell.
 */
const BREAKPOINT_CLASS = /^(?:d|hidden|visible|show-for|hide-for)-(?:xs|sm|md|lg|xl|xxl|small|medium|large|xlarge)(?:-|$)|^(?:sm|md|lg|xl|2xl):(?:table-cell|table|block|flex|grid|inline|hidden)$/;
/** DataTables' Responsive marks a table whose columns it collapsed. */
const COLLAPSING_TABLE = 'table.collapsed, table.dtr-inline, table.dtr-column';

/**
 * Undisplayed by the page's layout rather than by its data: by a style set on the cell itself (a
 * responsive script's), by a class naming a screen width, in a table a responsive extension
 * marks as collapsed, or by the page's own style sheets in a width query (width-rules.ts). A
 * class of the app's own that hides at every width (`col-hidden`) hides a column on purpose.
 */
function collapsedByLayout(element: Element, within: Element): boolean {
  if ((element as HTMLElement).style?.display === 'none') return true;
  if (Array.from(element.classList).some((name) => BREAKPOINT_CLASS.test(name))) return true;
  if (within.matches(COLLAPSING_TABLE) || within.closest(COLLAPSING_TABLE) !== null) return true;
  return undisplayedByWidth(element);
}

/**
 * Rendered and visible. An element of `display: contents` draws no box of its own, only its
 * children's (react-data-grid's rows: their cells sit on the grid's own CSS grid), and the
 * browser's checkVisibility says false for it: it is shown when one of its children is.
 */
function isRendered(element: Element): boolean {
  if (element.checkVisibility({ visibilityProperty: true })) return true;
  if (styleOf(element)?.display !== 'contents') return false;
  for (const child of Array.from(element.children)) if (isRendered(child)) return true;
  return false;
}

/** "rect(0px, 0px, 0px, 0px)" and friends: a clip that leaves at most one pixel. */
function clipsToNothing(clip: string): boolean {
  if (!clip.startsWith('rect(')) return false;
  const edges = clip.match(/-?\d+(\.\d+)?/g)?.map(Number);
  if (!edges || edges.length !== 4) return false;
  const [top, right, bottom, left] = edges as [number, number, number, number];
  return right - left <= 1 || bottom - top <= 1;
}

/** Pixels far off screen, where the older "offscreen" helper classes park text. */
const OFF_SCREEN_PX = -999;

/**
 * Screen-reader-only text ("sr-only", "visually-hidden", "offscreen"): taken out of flow and
 * clipped to a pixel or moved off screen. Sighted users never read it, so it is not cell text
 * ("Edit", "sorted ascending", "required").
 */
export function isVisuallyHidden(style: CSSStyleDeclaration): boolean {
  if (style.position !== 'absolute' && style.position !== 'fixed') return false;
  if (clipsToNothing(style.clip)) return true;
  const inset = /^inset\((\d+(\.\d+)?)%/.exec(style.clipPath);
  if (inset && Number(inset[1]) >= 50) return true;
  const tiny = parseFloat(style.width) <= 1 && parseFloat(style.height) <= 1;
  if (tiny && style.overflow !== 'visible') return true;
  return parseFloat(style.left) <= OFF_SCREEN_PX || parseFloat(style.top) <= OFF_SCREEN_PX;
}

/**
 * One check for an element inside a cell, given its computed style: not rendered, invisible,
 * hidden by attribute, or screen-reader only. A hidden element's subtree is skipped whole, so a
 * `visibility: visible` child inside a `visibility: hidden` parent is missed (pages rarely do that in cells).
 */
export function isHiddenInCell(element: Element, style: CSSStyleDeclaration | null): boolean {
  if (hiddenByAttribute(element)) return true;
  if (!style) return false;
  if (style.display === 'none' || style.visibility !== 'visible') return true;
  return isVisuallyHidden(style);
}

/**
 * An element that shows no words: no text, and no open shadow root whose text it would show
 * (a web component's cell). Grids' spacer cells and sizing rows are such elements.
 */
export function showsNoText(element: Element): boolean {
  return !openShadowRoot(element) && (element.textContent ?? '').trim() === '';
}
