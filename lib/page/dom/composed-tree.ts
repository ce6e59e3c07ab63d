/**
 * The page as the user sees it is the *composed* tree: web components render their rows and
 * cells inside (open) shadow roots, and show light-DOM children through <slot>s. `querySelector`
 * and `parentElement` stop at every shadow boundary, so a grid built from web components (Vaadin,
 * FAST, Lit-based design systems) would look empty to them. These helpers cross the boundaries
 * the way rendering does. Closed shadow roots cannot be entered by anyone but their owner; our
 * own overlay lives in one, and so it is never read.
 */

import { runAtOnce, type Steps } from '../time-slices';
import { ElementWalk, WALK_STEP } from './element-walk';

// Frames are other realms: `instanceof Document` or `instanceof ShadowRoot` is false for their
// nodes, so node types are compared instead.
export function isDocument(node: Node): node is Document {
  return node.nodeType === Node.DOCUMENT_NODE;
}

function isShadowRoot(node: Node | null): node is ShadowRoot {
  return node !== null && node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node;
}

/**
 * The shadow root an element hosts, open or closed. A component that keeps its root closed
 * (`attachShadow({ mode: 'closed' })`) hides it from the page's scripts, not from the user, who
 * sees its rows all the same: extensions may open it (Chrome's `chrome.dom.openOrClosedShadowRoot`,
 * Chrome 88+; Firefox's `element.openOrClosedShadowRoot`, given to content scripts). Only registered
 * custom elements are asked: design systems attach their roots to those, and the call is not made
 * for every cell of a long table. Our own overlay's host is a plain div, so it is never read.
 */
export function openShadowRoot(element: Element): ShadowRoot | null {
  return element.shadowRoot ?? (isDefinedCustomElement(element) ? closedShadowRoot(element) : null);
}

/**
 * A registered custom element (`:defined`, a state the page's registry sets, seen from any world).
 * Frameworks name their own tags with a dash without registering them (Angular Material's
 * mat-cell, one per cell of a long table): those host no shadow root, and the extension API is
 * not called for each of them.
 */
function isDefinedCustomElement(element: Element): boolean {
  return element.localName.includes('-') && element.matches(':defined');
}

/** The extension API that opens closed roots, where the content script has it (not in unit tests). */
interface ExtensionDom {
  openOrClosedShadowRoot?: (element: HTMLElement) => ShadowRoot | null | undefined;
}
const extensionApis = globalThis as { browser?: { dom?: ExtensionDom }; chrome?: { dom?: ExtensionDom } };
const extensionDom: ExtensionDom | null = extensionApis.browser?.dom ?? extensionApis.chrome?.dom ?? null;

function closedShadowRoot(element: Element): ShadowRoot | null {
  // Firefox gives content scripts a property of the element for it.
  const own = (element as { openOrClosedShadowRoot?: ShadowRoot | null | (() => ShadowRoot | null) }).openOrClosedShadowRoot;
  if (own !== undefined) return typeof own === 'function' ? own.call(element) : own;
  if (typeof extensionDom?.openOrClosedShadowRoot !== 'function') return null;
  try {
    // Called on its namespace, as the API is documented (not detached from it).
    return extensionDom.openOrClosedShadowRoot(element as HTMLElement) ?? null;
  } catch {
    // Not an HTMLElement (an SVG or MathML element named with a dash): it hosts no root.
    return null;
  }
}

/**
 * The open shadow roots an element lives in, innermost first: its own tree's root, its host's,
 * and so on up to the document. Events that do not cross shadow boundaries (scroll) and
 * mutations inside them are seen only from these.
 */
export function shadowRootsAround(element: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (let root = element.getRootNode(); isShadowRoot(root); root = root.host.getRootNode()) roots.push(root);
  return roots;
}

/** The parent in the composed tree: the slot an element is shown in, its parent, or its shadow host. */
export function composedParent(node: Node): Element | null {
  const slot = (node as Element | Text).assignedSlot;
  if (slot) return slot;
  if (node.parentElement) return node.parentElement;
  const parent = node.parentNode;
  return isShadowRoot(parent) ? parent.host : null;
}

/** Whether `inner` is `outer` or shown inside it (across shadow roots and slots). */
export function composedContains(outer: Element, inner: Node): boolean {
  for (let node: Node | null = inner; node; node = composedParent(node)) if (node === outer) return true;
  return false;
}

/**
 * The nodes an element renders, in order: a shadow host shows its shadow root's children, a slot
 * the nodes assigned to it (or its fallback content when none are), anything else its children.
 */
export function renderedChildren(node: Node): Node[] {
  if (node.nodeType === Node.ELEMENT_NODE) {
    const shadow = openShadowRoot(node as Element);
    if (shadow) return Array.from(shadow.childNodes);
    if ((node as Element).localName === 'slot') {
      const assigned = (node as HTMLSlotElement).assignedNodes({ flatten: true });
      if (assigned.length > 0) return assigned;
    }
  }
  return Array.from(node.childNodes);
}

/** Elements in a tree that are never drawn: a shadow root's own <style> is no cell of a row. */
const NEVER_DRAWN = new Set(['style', 'script', 'template', 'link', 'meta']);

/**
 * The elements a box lays out as its children: its own, or, when it has none and renders an open
 * shadow root, that root's. A Lit-style component draws each row's cells, or a table's rows, in
 * its own shadow root, one element per row with nothing in its light DOM. A box with light-DOM
 * children keeps those (slotted cells are its children as the page wrote them).
 */
export function shownChildren(element: Element): Element[] {
  if (element.childElementCount > 0) return Array.from(element.children);
  const shadow = openShadowRoot(element);
  if (!shadow) return [];
  return Array.from(shadow.children).filter((child) => !NEVER_DRAWN.has(child.localName));
}

/** Whether a box shows its children only from its open shadow root (nothing in its light DOM): see shownChildren. */
export function drawsOnlyInShadow(element: Element): boolean {
  return element.childElementCount === 0 && openShadowRoot(element) !== null;
}

/** The elements an element renders, in order (renderedChildren without text). */
export function renderedElements(element: Element): Element[] {
  return renderedChildren(element).filter((node): node is Element => node.nodeType === Node.ELEMENT_NODE);
}

/** How many children a box lays out (see shownChildren), without listing them when it has its own. */
export function shownChildCount(element: Element): number {
  return element.childElementCount > 0 ? element.childElementCount : shownChildren(element).length;
}

/**
 * Every element under `root` matching `selector`, inside open shadow roots too, in tree order (a
 * host before its shadow content), then the light-DOM elements slotted into `root`'s rendering
 * from outside it.
 */
export function composedQueryAll(root: Document | Element | ShadowRoot, selector: string, skip?: (element: Element) => boolean): Element[] {
  return runAtOnce(composedQueryAllSteps(root, selector, skip));
}

/**
 * The same, without walking into the shadow roots of the elements found: the cells of a row. A
 * grid's cell holds no cells of its row, and a web-component cell (Spectrum's sp-table-cell, many
 * a design system's) draws its text in a shadow root of its own: walking each one at every look
 * at a virtual grid was most of finding a row's cells (profile of Spectrum's table: ~1.3 s of a
 * 17 s read). What a cell shows is read by the cell text reader (visible-text.ts), shadow root
 * and all; cells in the light DOM of a cell are still found.
 */
export function composedQueryAllNotInFound(root: Document | Element | ShadowRoot, selector: string): Element[] {
  return runAtOnce(composedQueryAllSteps(root, selector, undefined, false));
}

/** The same, as steps (see time-slices.ts): the walk for shadow hosts goes through every element of a page. */
export function* composedQueryAllSteps(root: Document | Element | ShadowRoot, selector: string, skip?: (element: Element) => boolean, intoFound = true): Steps<Element[]> {
  const found: Element[] = [];
  const walk = new ComposedWalk(root, intoFound ? null : selector);
  // A root that draws in a shadow root of its own: a row component (role="row" on the host)
  // whose cells live in its shadow root. The walk below looks only under the root.
  const own = root.nodeType === Node.ELEMENT_NODE ? openShadowRoot(root as Element) : null;
  if (own && walk.entersShadowOf(root as Element)) walk.addShadowRoot(own);
  for (let next = 0; next < walk.roots.length; next++) {
    const current = walk.roots[next]!;
    if (walk.isSlotted(current) && current.matches(selector) && !skip?.(current)) found.push(current);
    found.push(...Array.from(current.querySelectorAll(selector)).filter((element) => !skip?.(element)));
    for (const host of yield* shadowHostSteps(current)) if (walk.entersShadowOf(host)) walk.addShadowRoot(openShadowRoot(host)!);
    // From the document down, every slotted element is in a tree walked anyway.
    if (!isDocument(root)) walk.addSlottedFromOutside(current);
  }
  return found;
}

/**
 * The trees a composed query walks: its root, the shadow roots below, and the elements slotted
 * in from outside. A grid found inside a component's shadow root (SAP UI5's table keeps
 * role="grid" there) shows its rows through a <slot>: they are the component's light-DOM
 * children, outside the tree the grid lives in, so neither querySelectorAll nor the shadow roots
 * below the grid reach them.
 */
class ComposedWalk {
  readonly roots: (Document | Element | ShadowRoot)[];
  private readonly shadowRoots = new Set<ShadowRoot>();
  private readonly slotted = new Set<Element>();
  /** Per shadow root: whether its host is inside a tree already walked (then so are the host's children it slots). */
  private readonly hostWalked = new Map<ShadowRoot, boolean>();

  /** `notInto`: a selector whose elements' shadow roots are not walked (see composedQueryAllNotInFound); null to walk every one. */
  constructor(
    private readonly root: Document | Element | ShadowRoot,
    private readonly notInto: string | null,
  ) {
    this.roots = [root];
  }

  entersShadowOf(host: Element): boolean {
    return this.notInto === null || !host.matches(this.notInto);
  }

  isSlotted(node: Node): node is Element {
    return this.slotted.has(node as Element);
  }

  addShadowRoot(shadow: ShadowRoot): void {
    this.shadowRoots.add(shadow);
    this.roots.push(shadow);
  }

  addSlottedFromOutside(current: Document | Element | ShadowRoot): void {
    const slots = Array.from(current.querySelectorAll('slot'));
    if ((current as Element).localName === 'slot') slots.unshift(current as HTMLSlotElement);
    for (const slot of slots) {
      const shadow = slot.getRootNode();
      if (!isShadowRoot(shadow) || this.walked(shadow)) continue;
      for (const element of slot.assignedElements({ flatten: true })) {
        if (this.slotted.has(element)) continue;
        this.slotted.add(element);
        this.roots.push(element);
        // A slotted component renders its own shadow root too (rows are not walked into, as below).
        const shadow = openShadowRoot(element);
        if (shadow && !isRowLike(element) && this.entersShadowOf(element)) this.addShadowRoot(shadow);
      }
    }
  }

  private walked(shadow: ShadowRoot): boolean {
    let walked = this.hostWalked.get(shadow);
    if (walked === undefined) {
      const host = shadow.host;
      const tree = host.getRootNode();
      walked = this.root.contains(host) || (isShadowRoot(tree) && this.shadowRoots.has(tree)) || [...this.slotted].some((element) => element.contains(host));
      this.hostWalked.set(shadow, walked);
    }
    return walked;
  }
}

/**
 * Table bodies and rows of grids are not walked into: a grid does not nest inside a row, and a
 * 150,000-row table would make every walk of the page cost a million elements. Web components
 * inside cells are still read, by the cell text reader (visible-text.ts).
 */
function isRowLike(element: Element): boolean {
  const name = element.localName;
  return name === 'tr' || name === 'tbody' || element.getAttribute('role') === 'row';
}

/**
 * Elements under `root` that have an open shadow root. Custom elements need a hyphen in their
 * name, but any element may host a shadow root, so every element is asked.
 */
export function shadowHostsIn(root: Document | Element | ShadowRoot): Element[] {
  return runAtOnce(shadowHostSteps(root));
}

function* shadowHostSteps(root: Document | Element | ShadowRoot): Steps<Element[]> {
  const started = performance.now();
  const cached = recentHosts.get(root);
  if (cached && started - cached.at < HOSTS_FRESH_MS) return cached.hosts;
  const hosts: Element[] = [];
  const walk = new ElementWalk(root, isRowLike);
  let walked = 0;
  for (let element = walk.next(); element; element = walk.next()) {
    if (openShadowRoot(element)) hosts.push(element);
    if (++walked % WALK_STEP === 0) yield;
  }
  // Fresh from when the walk began: a walk in slices may have taken a while, the page changing meanwhile.
  recentHosts.set(root, { hosts, at: started });
  return hosts;
}

/**
 * Reading a virtual grid looks at it after every scroll, dozens of times a second; walking all of
 * its elements for shadow hosts each time would cost more than the read. Components are not
 * created and dropped that fast, so a walk is reused for a moment (rows and cells inside the
 * hosts are still looked up afresh each time).
 */
const HOSTS_FRESH_MS = 1_000;
const recentHosts = new WeakMap<Node, { hosts: Element[]; at: number }>();

/** `closest` across shadow boundaries and slots. */
export function composedClosest(element: Element, selector: string): Element | null {
  for (let node: Element | null = element; node; node = composedParent(node)) if (node.matches(selector)) return node;
  return null;
}

/**
 * The element and the hosts of the shadow trees it lies in. A grid inside a component's shadow
 * root may show rows slotted from the component's light DOM (SAP UI5's table): a MutationObserver
 * of the grid alone never hears them change, one of the hosts does.
 */
export function withShadowHosts(element: Element): Element[] {
  const elements = [element];
  for (let tree = element.getRootNode(); isShadowRoot(tree); tree = tree.host.getRootNode()) elements.push(tree.host);
  return elements;
}
