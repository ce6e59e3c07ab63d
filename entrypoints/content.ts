import { showPageOverlay, type ShownOverlay } from '../lib/page/marks/page-overlay';
import type {
  ClearMarksReply,
  ContentRequest,
  ListTablesReply,
  PageFactsReply,
  ReadingProgress,
  ShowMarksReply,
  SendTableReply,
  TakeMarksReply,
} from '../lib/extension/messaging/messages';
import { canvasGridNote } from '../lib/page/discovery/canvas-grid';
import { foreignFrameNote } from '../lib/page/discovery/foreign-frames';
import { CellLocator } from '../lib/page/marks/cell-locator';
import { OverlayRefusedError } from '../lib/page/marks/overlay-host';
import { missingMarksProblem } from '../lib/page/marks/overlay-marks';
import type { PageTable } from '../lib/page/layout/page-table';
import { claimPage } from '../lib/page/single-instance';
import { pageOrigin, TableHandover } from '../lib/page/table-chunks';
import { TableRegistry, tableSummary } from '../lib/page/discovery/table-registry';
import { pagingOf, readWholeTable, takenAsRead } from '../lib/page/whole-table';
import { ReadingStopped, type ReadingWatch, watchReading } from '../lib/page/reading-stop';
import { TimeSlicer } from '../lib/page/time-slices';
import { parseContentRequest } from '../lib/page/marks/mark-request';
import { MarkBatches } from '../lib/page/marks/mark-batches';

/**
 * The messaging API, found where the page's elements cannot stand in for it. A content script
 * sees the page's named elements on its window (DOM clobbering): `<form name="chrome"><input
 * name="runtime">` makes `chrome.runtime` that input in Chromium 156.0.8078.114 (it did not in
 * earlier 156 builds), and `<form name="browser">` does the same to `browser` where the browser
 * defines none. Named elements are never own properties of the global object (they sit on its
 * prototype chain), so an own `browser` (Chromium now defines one, as Firefox does) or an own
 * `chrome` is the browser's; `chrome` as the name resolves is the last resort. A candidate counts
 * only if its runtime can send and receive messages: an input element has no such functions.
 */
function extensionRuntime(): typeof chrome.runtime {
  const own = (name: string): unknown => Object.getOwnPropertyDescriptor(globalThis, name)?.value;
  for (const api of [own('browser'), own('chrome'), globalThis.chrome]) {
    const runtime = (api as typeof chrome | undefined)?.runtime;
    if (typeof runtime?.sendMessage === 'function' && typeof runtime.onMessage?.addListener === 'function') return runtime;
  }
  throw new Error('This page hides the extension messaging API from the content script (DOM clobbering); it cannot be read.');
}

/** Reading progress goes to the popup at most this often. */
const PROGRESS_EVERY_MS = 150;

/**
 * The page side of a check. Not in the manifest: the service worker injects it into the tab the
 * user acted on (activeTab + scripting.executeScript), so the extension needs no host permissions
 * and reads a page only when asked. It lists the page's tables, streams the chosen one to the
 * worker and draws the findings on it.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    const runtime = extensionRuntime();
    let overlay: ShownOverlay | null = null;
    /** Marks being looked up before they are drawn (in slices): Clear or a newer request stops them. */
    let pendingMarks: AbortController | null = null;
    // The rows last sent per table: marks refer to their row numbers, so they are drawn on those rows.
    // `fixed`: the rows were gathered by scrolling or paging, so reading the table again as it is
    // shown now would renumber them (a scrolled grid finds its cells itself, see LiveGridCells).
    const sent = new Map<string, { table: PageTable; fixed: boolean }>();
    const tables = new TableRegistry(document);
    /** Reads under way, by scan id: Cancel stops one. */
    const reading = new Map<string, ReadingWatch>();
    /** Marks handed over ahead of the show-marks request that draws them. */
    const markBatches = new MarkBatches();

    /** Marks not drawn yet (being checked in slices) are dropped: Clear, a newer check or newer marks came. */
    const stopPendingMarks = (): void => {
      pendingMarks?.abort(new Error('The marks were cleared or replaced before they were drawn.'));
      pendingMarks = null;
    };
    const clearMarks = (): void => {
      overlay?.clear();
      overlay = null;
    };
    // Deliberately not tied to WXT's context invalidation: a second injection (or a page faking
    // WXT's start event) would invalidate it and leave the page without a listener.
    const dispose = (): void => {
      stopPendingMarks();
      clearMarks();
    };
    if (!claimPage({ isAlive: () => runtime?.id !== undefined, dispose })) return;

    const notFound = (tableId: string) => ({
      ok: false as const,
      error: `Table ${tableId} is no longer on the page. Reload the list of tables and pick it again.`,
    });

    /** Tell the popup how far reading got (nobody may be listening: the popup may be closed). */
    const progressReporter = (scanId: string) => {
      let last = 0;
      return ({ rowsRead, rowsExpected }: Pick<ReadingProgress, 'rowsRead' | 'rowsExpected'>): void => {
        if (performance.now() - last < PROGRESS_EVERY_MS) return;
        last = performance.now();
        const message: ReadingProgress = { type: 'reading-progress', scanId, rowsRead, rowsExpected };
        runtime.sendMessage(message).catch(() => {});
      };
    };

    async function handle(
      request: ContentRequest,
      marksWork: AbortSignal | undefined,
    ): Promise<ListTablesReply | SendTableReply | ShowMarksReply | ClearMarksReply | PageFactsReply | TakeMarksReply> {
      switch (request.type) {
        case 'list-tables':
          // Sliced: listing a page with a 150,000-row table must not freeze it.
          return (await tables.list(new TimeSlicer())).map(tableSummary);
        case 'send-table': {
          const known = tables.read(request.tableId, { shapeOnly: true });
          if (!known) return notFound(request.tableId);
          // Marks drawn from an earlier read would follow rows that are about to be scrolled or paged away.
          clearMarks();
          const watch = watchReading(known.found.element);
          reading.set(request.scanId, watch);
          const onProgress = progressReporter(request.scanId);
          // Whole by default: every page of a paged table, unless the user asked for this page only.
          const allPages = !(request.pageOnly ?? false);
          const source = { scanId: request.scanId, tableId: request.tableId, page: pageOrigin(document) };
          // A worker that refuses a chunk (the scan was cancelled) stops the reading too.
          const handover = new TableHandover(source, (chunk) => runtime.sendMessage(chunk), () => watch.cancel());
          // A table checked as it is read goes to the worker while it is read, so storing overlaps reading.
          const asRead = (await takenAsRead(known, allPages, watch.signal)) ? handover.add.bind(handover) : undefined;
          let whole;
          try {
            // A long table is read in slices, the page answering its user between them.
            const found = await tables.readSliced(
              request.tableId,
              new TimeSlicer(watch.signal),
              (rowsRead) => onProgress({ rowsRead, rowsExpected: known.listedRows ?? null }),
              asRead,
            );
            if (!found) {
              await handover.abandon();
              return notFound(request.tableId);
            }
            // Looked for once for both: whether the rows sent are still the whole table, and how to read it whole.
            const paging = asRead && handover.rowsTaken > 0 && allPages && !found.scrolling ? await pagingOf(found, watch.signal) : undefined;
            if (asRead && handover.rowsTaken > 0 && !(await takenAsRead(found, allPages, watch.signal, paging))) {
              await handover.abandon();
              return { ok: false, error: 'The table began to scroll or page while it was read, so the rows sent were not the whole of it. Press the button again.' };
            }
            whole = await readWholeTable(found, { allPages, signal: watch.signal, onProgress, reread: () => tables.read(request.tableId), paging });
            watch.signal.throwIfAborted();
          } catch (error) {
            await handover.abandon();
            // Stopped because the worker refused the rows: its reason, not "you cancelled".
            if (error instanceof ReadingStopped) return handover.refused ?? { ok: false, error: error.message };
            throw error;
          } finally {
            watch.dispose();
            reading.delete(request.scanId);
          }
          const { table } = whole;
          sent.set(request.tableId, { table, fixed: table.live !== undefined || whole.paging?.allPagesRead === true });
          const streamed = await handover.finish(table);
          if (!streamed.ok) return streamed;
          return {
            ...streamed,
            ...(whole.note ? { note: whole.note } : {}),
            ...(whole.complete ? {} : { complete: false }),
            ...(whole.paging ? { paging: whole.paging } : {}),
          };
        }
        case 'page-facts':
          return { ok: true, canvasGrid: canvasGridNote(document), foreignFrame: foreignFrameNote(document) };
        case 'take-marks':
          markBatches.take(request.batchId, request.marks);
          return { ok: true };
        case 'show-marks': {
          const marks = markBatches.claim(request.batchId, request.marks);
          if (!marks) return { ok: false, error: 'The page changed before its marks could be drawn. Press the button again to mark it.' };
          const last = sent.get(request.tableId);
          const table = last?.table ?? tables.read(request.tableId);
          if (!table) return notFound(request.tableId);
          clearMarks();
          const locator = new CellLocator(table, () => (last?.fixed ? null : tables.read(request.tableId)));
          try {
            overlay = await showPageOverlay(document, table.found.element, marks, locator, () => (overlay = null), request.focus, marksWork);
          } catch (error) {
            if (error instanceof OverlayRefusedError) return { ok: false, error: error.message };
            throw error;
          }
          const problem = missingMarksProblem(marks.length, overlay.unplaced);
          const focused = overlay.focused === undefined ? {} : { focused: overlay.focused };
          return { ok: true, drawn: overlay.drawn, unplaced: overlay.unplaced, ...(problem ? { problem } : {}), ...focused };
        }
        case 'clear-marks':
          clearMarks();
          return { ok: true };
        case 'cancel-reading':
          reading.get(request.scanId)?.cancel();
          return { ok: true };
      }
    }

    runtime.onMessage.addListener((message, sender, sendResponse) => {
      // Only the extension itself may drive the page side; anything else is ignored unanswered.
      if (sender.id !== runtime.id) return false;
      const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
      // Settled in the order requests arrive, though show-marks is worked on in slices: a later
      // Clear, check or set of marks drops marks not drawn yet.
      if (type === 'show-marks' || type === 'clear-marks' || type === 'send-table') stopPendingMarks();
      const marksWork = type === 'show-marks' ? (pendingMarks = new AbortController()) : null;
      // A show-marks request's marks are checked in slices (mark-request.ts): the page stays the user's.
      parseContentRequest(message, new TimeSlicer(marksWork?.signal))
        .then((request) => (request ? handle(request, marksWork?.signal) : { ok: false as const, error: 'The page could not understand this request (wrong message shape).' }))
        .then(sendResponse, (error: unknown) => {
          const why = error instanceof Error ? error.message : String(error);
          sendResponse({ ok: false, error: (marksWork?.signal.aborted ? why : `Reading the page failed: ${why}`).slice(0, 2000) });
        })
        .finally(() => {
          if (marksWork && pendingMarks === marksWork) pendingMarks = null;
        });
      // Keeps the channel open for the asynchronous reply (the promise-returning form is not in every Chrome).
      return true;
    });
  },
});
