/**
 * A table is read over seconds, during which the user may press Cancel, go to another page, or
 * the app may replace its screen (single-page apps change the address and the DOM without
 * unloading). Reading then stops at its next step, puts the user's scroll position and page
 * back where it can, and hands nothing to the worker: a half-read catalog is never checked as
 * if it were whole.
 */

/** Why reading stopped, in words for the popup. */
export class ReadingStopped extends Error {}

export const CANCELLED = 'You cancelled reading the table: nothing was checked.';
export const PAGE_CHANGED =
  'The page changed while the table was being read (it went to another address or replaced the table), so nothing was checked. Open the table again and press the button.';

/** How often the page is looked at for a change of address or a table taken away. */
const WATCH_MS = 200;

export interface ReadingWatch {
  signal: AbortSignal;
  cancel(): void;
  /** Stop watching (reading is over). */
  dispose(): void;
}

/**
 * Watch a read of `table`: its signal aborts on cancel, on a change of address (its path: see
 * screenOf), or when the page is left. A table element replaced by its app is not a change by itself: paged tables re-render
 * on every page (the table registry follows them); a table gone for good fails its next read.
 */
export function watchReading(table: Element): ReadingWatch {
  const controller = new AbortController();
  const doc = table.ownerDocument;
  const view = doc.defaultView;
  // The address without its query and fragment: apps keep a table's page, sort and filter there
  // (a router's "?page=3"), and a pager walked changes them; another screen has another path.
  const screenOf = (): string | undefined => (doc.location ? `${doc.location.origin}${doc.location.pathname}` : undefined);
  const address = screenOf();
  const stop = (why: string) => {
    if (!controller.signal.aborted) controller.abort(new ReadingStopped(why));
  };
  const changed = () => stop(PAGE_CHANGED);
  const timer = setInterval(() => {
    if (screenOf() !== address) changed();
  }, WATCH_MS);
  view?.addEventListener('pagehide', changed);
  return {
    signal: controller.signal,
    cancel: () => stop(CANCELLED),
    dispose: () => {
      clearInterval(timer);
      view?.removeEventListener('pagehide', changed);
    },
  };
}
