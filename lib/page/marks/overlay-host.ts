import { OVERLAY_HOST_ATTRIBUTE } from './overlay-host-attribute';
import { OVERLAY_CSS } from './overlay-styles';

/**
 * The one element the extension adds to a page: a plain <div> with a closed shadow root.
 *
 * Why a built-in element: the page and the content script share the DOM and its custom-element
 * registry, though not their JavaScript. A custom tag name (as this overlay once had) can be
 * defined by the page first; its constructor then runs page code on the extension's element and,
 * through attachInternals(), gets the "closed" shadow root, or attaches one of its own so the
 * extension's attachShadow throws. A <div> runs no page code when created, cannot be given
 * internals, and has no shadow root until this script attaches one. Page overrides of
 * Element.prototype.attachShadow and the like live in the page's own JavaScript world and never
 * reach this content script, which runs in an isolated world; the functions are still taken at
 * start-up and the result checked, so nothing later in this world can swap them either.
 */


const createElement = Document.prototype.createElement;
const attachShadow = Element.prototype.attachShadow;
const DivElement = HTMLDivElement;
const ShadowRootType = ShadowRoot;

/** The overlay cannot be drawn safely on this page; the message says why, for the popup. */
export class OverlayRefusedError extends Error {
  override name = 'OverlayRefusedError';
  constructor(reason: string) {
    super(`The marks cannot be drawn on this page: ${reason} The findings are in the results page.`);
  }
}

export interface OverlayHost {
  host: HTMLElement;
  /** Closed: page scripts cannot reach in and read or forge the marks. */
  root: ShadowRoot;
  /** Move the host where it is seen and can be used, when that changed (see hostParent). */
  place(): void;
  remove(): void;
}

/**
 * Where the host must sit to be seen and used: in the page's open modal dialog when there is one
 * (the last, the one opened over the others: a dialog opened from a dialog lies inside it or after
 * it), else at the end of the document element. A modal dialog lies in the browser's top layer,
 * above every z-index, and makes the rest of the page inert: outside it, the marks on a catalog
 * edited in such a dialog were drawn under it, and the panel could not be pressed.
 *
 * Design systems put their dialog in a component's shadow root (Material Web's md-dialog, Web
 * Awesome's wa-dialog: a native <dialog> shown modal there), where the document's list of dialogs
 * does not reach. Such a dialog is found from the page's focus, which showing it modal moves into
 * it and which cannot leave it while it is open; when the host is first placed (the user just
 * pressed the button, maybe after a click took the focus away), also from what lies on top at the
 * middle of the view: the dialog or its backdrop. Found once, it is kept while it stays open.
 */
function hostParent(doc: Document, current: Node | null, lookAtView: boolean): Element {
  // Only a <dialog> is shown modal; the browser keeps this list live, so a page of 50,000 rows
  // is not searched at every change of its DOM.
  let modal: Element | null = null;
  for (const dialog of doc.getElementsByTagName('dialog')) if (isOpenModal(dialog)) modal = dialog;
  if (modal) return modal;
  if (current instanceof Element && current.getRootNode() !== doc && isOpenModal(current)) return current;
  return modalAround(deepActiveElement(doc)) ?? (lookAtView ? modalAround(deepElementAtMiddle(doc)) : null) ?? doc.documentElement;
}

function isOpenModal(element: Element): boolean {
  return element.localName === 'dialog' && (element as HTMLDialogElement).open && isModal(element);
}

/** The open modal dialog holding `element`, across shadow roots, or null. */
function modalAround(element: Element | null): Element | null {
  for (let node: Element | null = element; node; ) {
    if (isOpenModal(node)) return node;
    const root = node.parentNode;
    node = root instanceof ShadowRootType ? root.host : node.parentElement;
  }
  return null;
}

/** The focused element, looked for inside the open shadow roots that hold it. */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What lies on top at the middle of the view, looked for inside open shadow roots. */
function deepElementAtMiddle(doc: Document): Element | null {
  const view = doc.defaultView;
  if (!view) return null;
  const [x, y] = [view.innerWidth / 2, view.innerHeight / 2];
  let element = doc.elementFromPoint(x, y);
  while (element?.shadowRoot) {
    const inner = element.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    element = inner;
  }
  return element;
}

function isModal(dialog: Element): boolean {
  try {
    return dialog.matches(':modal');
  } catch {
    // A browser without :modal has no top layer to be under either.
    return false;
  }
}

/**
 * In a modal dialog the host is itself put in the top layer, as a manual popover (no light
 * dismiss, no Escape): a dialog centred by a transform (`translate(-50%, -50%)`, common in
 * hand-written styles) is the containing block of fixed elements inside it, so every mark sat
 * off by the dialog's position (row 1's mark on row 5) and the panel was clipped to the dialog.
 * The top layer is laid out against the viewport whatever its ancestors do, and lies above the
 * dialog, which was shown first; inside the dialog, it is not inert. Elsewhere the host is no
 * popover, as before. A browser without popovers keeps the host where it is.
 */
function onTopLayer(host: HTMLElement, wanted: boolean): void {
  try {
    if (!wanted) {
      if (!host.hasAttribute('popover')) return;
      if (host.matches(':popover-open')) host.hidePopover();
      host.removeAttribute('popover');
      return;
    }
    if (typeof host.showPopover !== 'function') return;
    if (host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
    if (!host.matches(':popover-open')) host.showPopover();
  } catch {
    // A page that took the host out in the meantime: placed again at the next change.
  }
}

/**
 * A constructed style sheet is not subject to the page's Content-Security-Policy (strict
 * `style-src` portals block inline <style>), so it is the first choice; a <style> element is
 * the fallback where adopting fails.
 */
function applyStyles(root: ShadowRoot, doc: Document): void {
  const css = OVERLAY_CSS + undoRootZoom(doc);
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

/**
 * CSS zoom on the page's root (portals zoom the whole page for density or larger text) zooms the
 * overlay inside it too: every mark, placed at its cell's position on screen, landed that much
 * further off (at 125 %, a row's mark on the row below). The host undoes it. The browser's own
 * zoom is no CSS zoom: the overlay follows it as before.
 */
function undoRootZoom(doc: Document): string {
  const zoom = (doc.documentElement as { currentCSSZoom?: unknown } | null)?.currentCSSZoom;
  return typeof zoom === 'number' && zoom > 0 && Math.abs(zoom - 1) > 1e-6 ? `\n:host { zoom: ${1 / zoom} !important; }` : '';
}

/** The shadow root is the one just attached to our own element: closed, empty, and hidden from `host.shadowRoot`. */
function isOwnRoot(host: HTMLElement, root: unknown): root is ShadowRoot {
  return root instanceof ShadowRootType && root.host === host && root.mode === 'closed' && root.childNodes.length === 0 && host.shadowRoot === null;
}

/** Add the overlay's host element to the page, with its closed shadow root styled and empty. */
export function createOverlayHost(doc: Document): OverlayHost {
  const host = createElement.call(doc, 'div') as HTMLElement;
  if (!(host instanceof DivElement) || host.localName !== 'div' || host.shadowRoot !== null) {
    throw new OverlayRefusedError('the page changed how a plain element is made.');
  }
  let root: ShadowRoot;
  try {
    root = attachShadow.call(host, { mode: 'closed' });
  } catch (error) {
    throw new OverlayRefusedError(`the browser refused a private layer for them (${error instanceof Error ? error.name : String(error)}).`);
  }
  if (!isOwnRoot(host, root)) throw new OverlayRefusedError('the private layer for them was not the one the extension made.');
  applyStyles(root, doc);
  host.setAttribute(OVERLAY_HOST_ATTRIBUTE, '');
  if (!doc.documentElement) throw new OverlayRefusedError('the page has no document element to draw over.');
  const placeIn = (parent: Element): void => {
    if (host.parentNode !== parent) parent.append(host);
    onTopLayer(host, parent !== doc.documentElement);
  };
  const place = (): void => placeIn(hostParent(doc, host.parentNode, false));
  placeIn(hostParent(doc, null, true));
  return { host, root, place, remove: () => host.remove() };
}
