/**
 * Marks sit over cells that move: the page scrolls (the window or any scrolling box), the window
 * resizes, the table re-renders, fonts and images load. Every such event asks for one update in
 * the next animation frame, so a burst of events costs one pass over the marks.
 */

/** Attribute changes that move or hide cells (a row collapsing, a column toggled, a class swap). */
const LAYOUT_ATTRIBUTES = ['class', 'style', 'hidden', 'aria-hidden', 'colspan', 'rowspan', 'open'];

/** The documents an element's position depends on: its own and those of the frames around it. */
export function documentsAround(element: Element): Document[] {
  const docs: Document[] = [];
  let doc: Document | null = element.ownerDocument;
  while (doc && !docs.includes(doc)) {
    docs.push(doc);
    doc = doc.defaultView?.frameElement?.ownerDocument ?? null;
  }
  return docs;
}

/** A change the overlay made itself (its host arriving or leaving) is not the page changing. */
function isOwnChange(record: MutationRecord, host: Node): boolean {
  if (record.target === host) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every((node) => node === host);
}

/**
 * Call `update` in an animation frame after anything that may move the watched elements;
 * `pageChanged` is true when the DOM changed (a replaced cell must then be looked up again).
 * `ignore` is the overlay's own host, whose appearance is not a page change. Returns the stop function.
 */
export function followPage(
  docs: readonly Document[],
  watched: readonly Element[],
  ignore: Node,
  update: (pageChanged: boolean) => void,
): () => void {
  let frame = 0;
  let changed = false;
  const view = docs[docs.length - 1]?.defaultView ?? null;
  const schedule = (): void => {
    if (frame !== 0 || !view) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      const pageChanged = changed;
      changed = false;
      update(pageChanged);
    });
  };

  const stops: (() => void)[] = [];
  const options: AddEventListenerOptions = { capture: true, passive: true };
  for (const doc of docs) {
    const win = doc.defaultView;
    if (!win) continue;
    // Scroll events do not bubble, but a capturing listener on the window sees every scrolling box.
    for (const type of ['scroll', 'resize', 'load', 'transitionend', 'animationend']) {
      win.addEventListener(type, schedule, options);
      stops.push(() => win.removeEventListener(type, schedule, options));
    }
    const mutations = new win.MutationObserver((records) => {
      if (records.every((record) => isOwnChange(record, ignore))) return;
      changed = true;
      schedule();
    });
    mutations.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: LAYOUT_ATTRIBUTES });
    stops.push(() => mutations.disconnect());
    const resizes = new win.ResizeObserver(schedule);
    resizes.observe(doc.documentElement);
    for (const element of watched) if (element.ownerDocument === doc) resizes.observe(element);
    stops.push(() => resizes.disconnect());
    doc.fonts?.addEventListener('loadingdone', schedule);
    stops.push(() => doc.fonts?.removeEventListener('loadingdone', schedule));
  }

  return () => {
    for (const stop of stops) stop();
    if (frame !== 0) view?.cancelAnimationFrame(frame);
    frame = 0;
  };
}
