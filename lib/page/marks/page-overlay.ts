import type { MarkFocus, PageMark } from '../../extension/messaging/messages';
import type { CellLocator } from './cell-locator';
import { documentsAround, followPage } from './follow-page';
import { IssuePanel } from './issue-panel';
import { MarkLayer } from './mark-layer';
import { MarkTooltip } from './mark-tooltip';
import { orderMarks } from './overlay-marks';
import { createOverlayHost } from './overlay-host';
import { TimeSlicer } from '../time-slices';

/** How soon to look again for a replaced cell the locator could not look up yet. */
const RETRY_MS = 300;

export interface ShownOverlay {
  /** Marks whose cell was found on the page. */
  drawn: number;
  /** Marks pointing at a row or column the table does not have (any more). */
  unplaced: number;
  /** Set when asked to focus a mark: whether it was among the marks (then its cell is being brought into view). */
  focused?: boolean;
  /** Remove the overlay: its host element, observers and listeners. Safe to call twice. */
  clear(): void;
}

/**
 * Draw a table's marks over the page: outlines and badges on the cells, the issue panel in a
 * corner, all inside one host element with a closed shadow root. The marks follow the cells
 * until `clear()` or the panel's Clear button. With `focus`, that mark's cell is brought into view
 * and selected, the way the panel's Next does it (so a virtual grid renders the row first).
 * The marks are worded and looked up in the table in slices that yield (12,685 marks held the
 * page for 150 ms in one task), before anything is drawn; `signal` stops that (a newer request
 * or Clear came meanwhile) with its reason.
 */
export async function showPageOverlay(
  doc: Document,
  table: Element,
  marks: readonly PageMark[],
  locator: CellLocator,
  onClosed: () => void,
  focus?: MarkFocus,
  signal?: AbortSignal,
): Promise<ShownOverlay> {
  const slicer = new TimeSlicer(signal);
  const ordered = await orderMarks(marks, locator.headers, slicer);
  const counted = await MarkLayer.countPlaced(ordered, locator, slicer);
  const { host, root, place, remove } = createOverlayHost(doc);
  const tooltip = new MarkTooltip(root, doc);
  let current = -1;

  const select = (index: number): void => {
    current = index;
    layer.select(index);
    panel.showCurrent(index);
  };
  /**
   * Scroll the mark's cell to the middle of the screen, then focus its badge. A virtual grid
   * renders the row only once scrolled to it, which takes a frame or two.
   */
  let going = 0;
  const goTo = async (index: number): Promise<void> => {
    const ticket = ++going;
    current = index;
    panel.showCurrent(index);
    await layer.revealCell(index);
    // A newer Next / Previous press (or Clear) while the grid was rendering wins.
    if (closed || ticket !== going) return;
    locator.markStale();
    layer.update();
    select(index);
    const cell = layer.boxOfMark(index);
    if (cell) panel.avoid(cell);
  };
  const step = (delta: number): void => {
    if (ordered.length === 0) return;
    void goTo(current < 0 ? (delta > 0 ? 0 : ordered.length - 1) : (current + delta + ordered.length) % ordered.length);
  };

  const layer = new MarkLayer(root, doc, ordered, locator, tooltip, select);
  const drawn = counted;
  let closed = false;
  const clear = (): void => {
    if (closed) return;
    closed = true;
    stopFollowing();
    layer.dispose();
    doc.defaultView?.clearTimeout(retry);
    remove();
  };
  const panel = new IssuePanel(root, doc, ordered, ordered.length - drawn, {
    previous: () => step(-1),
    next: () => step(1),
    close: () => {
      clear();
      onClosed();
    },
  });

  let retry = 0;
  const update = (scrolledOnly: boolean): void => {
    layer.update(scrolledOnly);
    // A replaced cell not looked up again yet (the table was read very recently): look once more soon.
    if (locator.retryWanted && retry === 0) {
      retry = doc.defaultView?.setTimeout(() => {
        retry = 0;
        update(false);
      }, RETRY_MS) ?? 0;
    }
  };
  const stopFollowing = followPage(documentsAround(table), [table, ...locator.scrollingBoxes()], host, ({ scrolledOnly, domChanged }) => {
    if (domChanged) {
      locator.markStale();
      // A modal dialog opened or closed (its `open` attribute), or the page dropped the host.
      place();
    }
    update(scrolledOnly);
  });
  update(false);
  if (!focus) return { drawn, unplaced: ordered.length - drawn, clear };
  const target = ordered.findIndex((mark) => mark.row === focus.row && mark.column === focus.column && mark.ruleId === focus.ruleId);
  if (target >= 0) void goTo(target);
  return { drawn, unplaced: ordered.length - drawn, clear, focused: target >= 0 };
}
