/**
 * Whether a grid may show anything new since it was last read: its DOM changed, or one of its
 * scrolling boxes moved or changed size. Reading what a grid shows costs 20–100 ms a look on a
 * 3,000 px box (every rendered row is placed, geometry grids measure every cell), and the reader
 * looks after every frame while a grid loads, settles or has reached its end: most of those looks
 * would read the same DOM at the same scroll position again. Roots as for waitForQuietFrame: the
 * grid and its scrolling boxes (a web component renders its rows in a shadow root the host's
 * observer does not see).
 */
export class GridChanges {
  private readonly observer: MutationObserver | null;
  private readonly boxes: Element[];
  private changed = true;
  private lastPlace = '';

  constructor(roots: readonly (Element | null)[]) {
    this.boxes = [...new Set(roots.filter((root): root is Element => root !== null))];
    const view = this.boxes[0]?.ownerDocument.defaultView;
    this.observer = view ? new view.MutationObserver(() => (this.changed = true)) : null;
    for (const root of this.boxes) this.observer?.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  /** Whether anything changed since the last call (true at the first); the next call answers for the time after this one. */
  takeChanged(): boolean {
    // Records not yet delivered to the callback (it runs as a microtask) count too.
    if ((this.observer?.takeRecords().length ?? 0) > 0) this.changed = true;
    const place = this.boxes.map((box) => `${box.scrollTop},${box.scrollLeft},${box.clientHeight},${box.clientWidth}`).join(';');
    if (place !== this.lastPlace) this.changed = true;
    this.lastPlace = place;
    const changed = this.changed;
    this.changed = false;
    return changed;
  }

  disconnect(): void {
    this.observer?.disconnect();
  }
}
