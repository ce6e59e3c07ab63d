/**
 * The nodes beside a table in a box around it: the box's elements (and text) in tree order,
 * then those of the open shadow roots in it (UI5 renders its growing button in the growing
 * feature's shadow root; a web-component pager its buttons and status in its own), without the
 * table and the rows a component slots into it: a long table must not be walked for one button.
 *
 * The table's own pager rows are beside it too (GridView's pager is the grid's last row; Tabulator's
 * a footer inside its grid: pager-rows.ts).
 *
 * Walked by following the tree's own links (first child, next sibling, parent), not with a
 * TreeWalker and a filter: a filter is a call from the browser into script for every node, which
 * made most of the cost of looking at a 40,000-element page (beside-table-bench.ts).
 */

import { composedContains, openShadowRoot } from '../dom/composed-tree';
import { pagerPartsIn } from './pager-rows';

// Node types by number: frames are other realms, and unit tests have no `Node` global.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface WalkOptions {
  /** A box inside the container not walked (one already looked at); the table is never walked. */
  skipped?: Element;
  /** Whether text nodes are visited too (the status line, the count); elements only otherwise, which is faster. */
  text?: boolean;
  /** More elements not walked, with all they hold (the table's own parts: header table, frozen side grids). */
  alsoSkipped?: readonly Element[];
}

/**
 * A cursor over the nodes beside the table in `container` (the container itself is not one). The
 * caller may stop at any node, or keep the cursor out of the element it was last given
 * (`skipContent`): a long search can be cut into slices between two `next` calls.
 */
export class BesideWalk {
  private readonly roots: Node[];
  private rootIndex = 0;
  private node: Node | null = null;
  /** The element last handed out, and whether the walk goes into it. */
  private enter = false;
  private readonly skipped: Element;
  private readonly text: boolean;
  private readonly alsoSkipped: readonly Element[];

  constructor(
    container: Element,
    private readonly table: Element,
    { skipped = table, text = true, alsoSkipped = [] }: WalkOptions = {},
  ) {
    this.roots = [container];
    this.skipped = skipped;
    this.text = text;
    this.alsoSkipped = alsoSkipped;
  }

  /** The next element (or text node) beside the table, or null when the walk is over. */
  next(): Node | null {
    for (;;) {
      const node = this.advance();
      if (!node) return null;
      if (node.nodeType === TEXT_NODE) {
        if (this.text) return node;
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue;
      const element = node as Element;
      // Walked after the rest, as a shadow root is.
      if (element === this.table) this.roots.push(...pagerPartsIn(element));
      if (element === this.table || element === this.skipped || this.alsoSkipped.includes(element)) continue;
      // Rows a web component shows in the table through a slot are the table's, not beside it.
      if (element.assignedSlot && composedContains(this.table, element)) continue;
      this.enter = true;
      return element;
    }
  }

  /** Go neither into the element last returned nor into its shadow root. */
  skipContent(): void {
    this.enter = false;
  }

  /** The node after the current one in tree order (into it when it is to be entered), across the roots. */
  private advance(): Node | null {
    if (this.rootIndex >= this.roots.length) return null;
    let node = this.node;
    const root = this.roots[this.rootIndex]!;
    if (node === null) {
      node = root.firstChild;
    } else {
      const entered = this.enter && node.nodeType === ELEMENT_NODE;
      this.enter = false;
      const shadow = entered ? openShadowRoot(node as Element) : null;
      if (shadow) this.roots.push(shadow);
      if (entered && node.firstChild) node = node.firstChild;
      else {
        while (node && node !== root && !node.nextSibling) node = node.parentNode;
        node = node && node !== root ? node.nextSibling : null;
      }
    }
    if (node) return (this.node = node);
    // This root is done: the next shadow root found in it, if any.
    this.rootIndex++;
    this.node = null;
    return this.advance();
  }
}

/**
 * Visit the elements (and text) beside the table in `container`, as BesideWalk goes. `visit`
 * returns false to skip an element's content.
 */
export function walkBeside(container: Element, table: Element, visit: (node: Node) => boolean | void, options: WalkOptions = {}): void {
  const walk = new BesideWalk(container, table, options);
  for (let node = walk.next(); node; node = walk.next()) if (visit(node) === false) walk.skipContent();
}
