/**
 * A walk over the elements under a root (a document, a shadow root or an element), in tree
 * order, that can stop anywhere and go on later: discovery walks a 100,000-element page in time
 * slices, the page answering its user between them (see time-slices.ts).
 *
 * It follows sibling links from script, as a TreeWalker would from the browser: a TreeWalker
 * asks a script filter about every element, and that call from the browser into the extension's
 * world cost more than the rest of a page's walk (profile of the 5,000-card page: 730 ms of
 * 1,070 ms of discovery).
 */
/** Elements walked between two steps of a walk in slices (see time-slices.ts Steps): a few hundred take well under a millisecond. */
export const WALK_STEP = 256;

export class ElementWalk {
  /** The element last returned; null before the first and after the last. */
  private current: Element | null = null;
  private ended = false;
  private intoCurrent = true;

  /**
   * `rejects`: elements left out together with everything inside them (a TreeWalker's
   * FILTER_REJECT). The root itself is not walked.
   */
  constructor(
    private readonly root: Node,
    private readonly rejects: (element: Element) => boolean,
  ) {}

  /** Do not go into the element last returned: the walk goes on after it. */
  skipChildren(): void {
    this.intoCurrent = false;
  }

  /**
   * The next element, or null at the end. A page may change between two calls: from an element
   * removed since, the walk finishes what was inside it and ends, finding no way back to the root.
   */
  next(): Element | null {
    if (this.ended) return null;
    const current = this.current;
    let candidate = current === null ? ((this.root as ParentNode).firstElementChild ?? null) : ((this.intoCurrent ? current.firstElementChild : null) ?? this.after(current));
    this.intoCurrent = true;
    while (candidate && this.rejects(candidate)) candidate = this.after(candidate);
    this.current = candidate;
    this.ended = candidate === null;
    return candidate;
  }

  /** The first element after `element` in tree order that is not inside it, under the root; null past the root's last. */
  private after(element: Element): Element | null {
    for (let node: Node | null = element; node && node !== this.root; node = node.parentNode) {
      const sibling = (node as Element).nextElementSibling;
      if (sibling) return sibling;
    }
    return null;
  }
}
