import { withShadowHosts } from '../dom/composed-tree';
/**
 * Waiting for a grid to draw what a scroll brought into view. Scroll events fire in the next
 * frame, and grids render in that frame's scroll handler or in an animation frame it asks for:
 * one animation frame and the task after it is usually enough. Grids that load rows as they
 * scroll take longer; they are given until their DOM has been quiet for a moment (and while
 * they say aria-busy, until they are done).
 */

/** A grid whose DOM has not changed for this long, and is not busy, has drawn what it will. */
export const QUIET_MS = 350;
/** The longest a grid may take to load the rows in view (a slow server behind a lazy grid). */
export const LOAD_TIMEOUT_MS = 8_000;

/** Resolve after the next animation frame has run and the task after it (the grid's own frame work included). */
export function nextRender(view: Window): Promise<void> {
  return new Promise((resolve) => {
    view.requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  });
}

/** Resolve after the tasks already queued have run (a MessageChannel task, not clamped like setTimeout). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Tell a grid its box was scrolled now, not at the next frame. Browsers fire `scroll` while
 * rendering the next frame, and on a large page without a GPU that frame takes 50–300 ms to
 * paint; grids that draw their rows in their scroll handler (TanStack Virtual, SlickGrid, Vaadin,
 * Tabulator) draw them at once and reading goes on without waiting for the paint. The real event
 * still comes with the frame; grids handle it as a scroll to where they already are.
 */
export function announceScroll(scroller: Element): void {
  const target: EventTarget = scroller === scroller.ownerDocument.scrollingElement ? scroller.ownerDocument : scroller;
  target.dispatchEvent(new Event('scroll'));
}

/**
 * Announces a reading's scrolls (announceScroll) until the grid shows it hears the announced event
 * and the browser's own as two scrolls. The browser's event then comes with no move: a grid that
 * takes its direction from the move since its last event (Syncfusion's Grid: down when the offset
 * grew, else up) takes it for a move up and, its handler debounced, keeps that one: it draws the
 * rows above its view for it, nothing new below, and every second step of reading showed no new
 * row (64 of 2,000 read). A step down that brings nothing new away from the box's end may be such
 * a miss (missedStep): announcing ends for the rest of the reading, and the step is taken again
 * by a pixel more, the browser's event alone telling the grid of it (a move down).
 */
export class ScrollAnnouncer {
  private on = true;
  private repeat = false;

  announce(scroller: Element): void {
    if (this.on) announceScroll(scroller);
  }

  /** After a step down that brought nothing new away from the box's end: whether to take it again unannounced (once: announcing ends here). */
  missedStep(): boolean {
    const was = this.on;
    this.on = false;
    return was;
  }

  /**
   * A step missed again, taken unannounced: the grid's handler may drop a scroll that comes too
   * soon after the last one it handled (see GridWaitOptions.scrolled). From here on, a scroll the
   * grid has not drawn is told again while reading waits; true the first time (wait again, telling it).
   */
  missedAgain(): boolean {
    const was = this.repeat;
    this.repeat = true;
    return !was;
  }

  /** Whether a scroll the grid has not drawn is told again while reading waits (see missedAgain). */
  get repeating(): boolean {
    return this.repeat;
  }
}

/** The longest a grid is waited for to settle after its box changed size. */
const SETTLE_TIMEOUT_MS = 600;

/**
 * Wait until a frame goes by in which nothing under `roots` changed: a grid whose box changed
 * size hears of it in the next frame (ResizeObserver) and re-renders then or in the frame after.
 * Roots: the grid and its scrolling boxes (a web component renders its rows in its shadow root,
 * which an observer of the host does not see).
 */
export async function waitForQuietFrame(roots: readonly (Element | null)[]): Promise<void> {
  const present = roots.filter((root): root is Element => root !== null);
  const view = present[0]?.ownerDocument.defaultView;
  if (!view) return;
  let changed = false;
  const observer = new view.MutationObserver(() => (changed = true));
  for (const root of new Set(present.flatMap(withShadowHosts))) observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  const started = performance.now();
  try {
    do {
      changed = false;
      await nextRender(view);
    } while (changed && performance.now() - started < SETTLE_TIMEOUT_MS);
  } finally {
    observer.disconnect();
  }
}

/** The grid (or a part of it) says it is loading. */
export function isBusy(grid: Element): boolean {
  return grid.closest('[aria-busy="true"]') !== null || grid.querySelector('[aria-busy="true"]') !== null;
}

/**
 * Renders in a row that bring nothing new before a grid is taken to have drawn what it will.
 * Two: a grid that draws in batches from a double animation frame (Blueprint's Table, 20 cells
 * every second frame) draws nothing in every other frame while it is still drawing.
 */
const EMPTY_RENDERS_WHEN_DRAWN = 2;

/**
 * After a look: look again at every render for as long as the grid keeps drawing more, until
 * `whole()` holds or EMPTY_RENDERS_WHEN_DRAWN renders in a row bring nothing (`look` returns how
 * much was new). A grid may draw what a change brought over several frames (a header before the
 * rows' cells, cells in batches): the first look after the change then shows only a part of it.
 * Costs nothing when `whole()` holds at once, and two renders when the grid drew all it will.
 */
export async function lookWhileDrawing(view: Window, look: () => number, whole: () => boolean): Promise<void> {
  for (let empty = 0; empty < EMPTY_RENDERS_WHEN_DRAWN && !whole(); ) {
    await nextRender(view);
    empty = look() > 0 ? 0 : empty + 1;
  }
}

/** The least time between two announcements of one scroll while a grid is waited for (see GridWaitOptions.scrolled). */
const REANNOUNCE_MS = 50;

export interface GridWaitOptions {
  /** After announceScroll: looked at once the tasks already queued have run, before any frame. */
  quick?: boolean;
  quietMs?: number;
  /**
   * The box just scrolled: its scroll is announced again after each render that did not make the
   * grid ready. A grid that throttles its scroll handler on the leading edge only (RxJS's
   * `throttle`: Ignite UI's igc-grid handles one scroll, then drops those of the next 0–60 ms and
   * handles none of them after) misses a scroll that comes right after the last it handled: a
   * user's scrolling sends another event each frame, reading steps as soon as the grid drew the
   * last part. Missed, the grid went on showing the rows of the last step, and reading ended there.
   * Told again at most every REANNOUNCE_MS, and by the reader only once a grid has missed a step
   * twice (ScrollAnnouncer.missedAgain): told every frame from the start, a handler debounced
   * (Quasar's) never ran, and reading lost track of its lines.
   */
  scrolled?: Element | null;
  /**
   * The page shows it is on its way to what is waited for, in a way of its own (a pager that
   * already shows the new page number over the old rows while its server is asked for them):
   * not given up once quiet while it holds (until LOAD_TIMEOUT_MS), as for a grid that says it is busy.
   */
  loading?: () => boolean;
}

/**
 * Wait until `ready()` holds and the grid is not busy loading, re-checking after every render;
 * give up (false) once the grid has been quiet and not busy for QUIET_MS (or `quietMs`), or after
 * LOAD_TIMEOUT_MS. `ready` is asked after each render: it may collect what it sees as it goes.
 */
export async function waitForGrid(grid: Element, ready: () => boolean, options: GridWaitOptions = {}): Promise<boolean> {
  const quietMs = options.quietMs ?? QUIET_MS;
  const view = grid.ownerDocument.defaultView;
  if (!view) return ready();
  // A grid handles the scroll as one to where it already is: nothing changes for one that drew it.
  // One that says it is loading has heard it: it is not sent the scroll again for the same rows.
  const scrolled = options.scrolled;
  let announcedAt = performance.now();
  // Not more often than REANNOUNCE_MS: a handler debounced for less (Quasar's, 35 ms) still runs between two.
  const announceAgain = (): void => {
    if (!scrolled || isBusy(grid) || performance.now() - announcedAt < REANNOUNCE_MS) return;
    announceScroll(scrolled);
    announcedAt = performance.now();
  };
  // After announceScroll, a grid that draws in its scroll handler (or a task it queues) is ready before any frame.
  if (options.quick) {
    await nextTask();
    if (ready() && !isBusy(grid)) return true;
  }
  await nextRender(view);
  if (ready() && !isBusy(grid)) return true;
  announceAgain();
  let lastChange = performance.now();
  const observer = new view.MutationObserver(() => (lastChange = performance.now()));
  for (const root of withShadowHosts(grid)) observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  const started = performance.now();
  try {
    while (performance.now() - started < LOAD_TIMEOUT_MS) {
      await nextRender(view);
      const busy = isBusy(grid);
      if (ready() && !busy) return true;
      if (performance.now() - lastChange > quietMs && !busy && !options.loading?.()) return false;
      announceAgain();
    }
    return false;
  } finally {
    observer.disconnect();
  }
}
