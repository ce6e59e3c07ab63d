import { shadowRootsAround } from '../dom/composed-tree';

/**
 * Marks sit over cells that move: the page scrolls (the window or any scrolling box), the window
 * resizes, the table re-renders, fonts and images load. Every such event asks for one update in
 * the next animation frame, so a burst of events costs one pass over the marks.
 */

/**
 * Attribute changes that move or hide cells (a row collapsing, a column toggled, a class swap),
 * or say which line and column a rendered row and cell are. Web components state those in a
 * render pass of their own: SAP UI5's table sets each new row's aria-rowindex about a frame after
 * the page inserted the row, with nothing else changing then, and marks looked up in between
 * found rows that named no line (and stayed hidden until something else changed).
 */
const WATCHED_ATTRIBUTES = ['class', 'style', 'hidden', 'aria-hidden', 'colspan', 'rowspan', 'open', 'role', 'aria-rowindex', 'aria-colindex'];

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

const MUTATIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES };

/** A change the overlay made itself (its host arriving or leaving) is not the page changing. */
function isOwnChange(record: MutationRecord, host: Node): boolean {
  if (record.target === host) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every((node) => node === host);
}

/** What happened since the last update. */
export interface PageChange {
  /** Only scrolling: the page's layout is as it was, just moved. */
  scrolledOnly: boolean;
  /** The DOM changed: a cell may have been replaced and must be looked up again. */
  domChanged: boolean;
}

/**
 * Call `update` in an animation frame after anything that may move the watched elements.
 * `ignore` is the overlay's own host, whose appearance is not a page change. The watched elements
 * (the table, the boxes a grid scrolls in) may live in open shadow roots: a box scrolling in one
 * fires its scroll event inside it only, and changes in it are no mutation of the document, so
 * each such root is listened to as well. Returns the stop function.
 */
export function followPage(
  docs: readonly Document[],
  watched: readonly Element[],
  ignore: Node,
  update: (change: PageChange) => void,
): () => void {
  let frame = 0;
  let layoutChanged = false;
  let domChanged = false;
  const view = docs[docs.length - 1]?.defaultView ?? null;
  const run = (): void => {
    frame = 0;
    const change = { scrolledOnly: !layoutChanged, domChanged };
    layoutChanged = domChanged = false;
    update(change);
  };
  const scheduleScroll = (): void => {
    if (frame === 0 && view) frame = view.requestAnimationFrame(run);
  };
  const schedule = (): void => {
    layoutChanged = true;
    scheduleScroll();
  };

  const stops: (() => void)[] = [];
  const options: AddEventListenerOptions = { capture: true, passive: true };
  for (const doc of docs) {
    const win = doc.defaultView;
    if (!win) continue;
    // Scroll events do not bubble, but a capturing listener on the window sees every scrolling box.
    win.addEventListener('scroll', scheduleScroll, options);
    stops.push(() => win.removeEventListener('scroll', scheduleScroll, options));
    for (const type of ['resize', 'load', 'transitionend', 'animationend']) {
      win.addEventListener(type, schedule, options);
      stops.push(() => win.removeEventListener(type, schedule, options));
    }
    const mutations = new win.MutationObserver((records) => {
      if (records.every((record) => isOwnChange(record, ignore))) return;
      domChanged = true;
      schedule();
    });
    mutations.observe(doc.documentElement, MUTATIONS);
    stops.push(() => mutations.disconnect());
    const resizes = new win.ResizeObserver(schedule);
    resizes.observe(doc.documentElement);
    for (const element of watched) if (element.ownerDocument === doc) resizes.observe(element);
    stops.push(() => resizes.disconnect());
    doc.fonts?.addEventListener('loadingdone', schedule);
    stops.push(() => doc.fonts?.removeEventListener('loadingdone', schedule));
  }
  const shadowRoots = new Set(watched.flatMap(shadowRootsAround));
  for (const root of shadowRoots) {
    const win = root.ownerDocument.defaultView;
    if (!win) continue;
    root.addEventListener('scroll', scheduleScroll, options);
    stops.push(() => root.removeEventListener('scroll', scheduleScroll, options));
    const mutations = new win.MutationObserver(() => {
      domChanged = true;
      schedule();
    });
    mutations.observe(root, MUTATIONS);
    stops.push(() => mutations.disconnect());
  }

  return () => {
    for (const stop of stops) stop();
    if (frame !== 0) view?.cancelAnimationFrame(frame);
    frame = 0;
  };
}
