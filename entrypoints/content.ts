import { showPageOverlay, type ShownOverlay } from '../components/page-overlay/page-overlay';
import {
  type ClearMarksReply,
  type ContentRequest,
  contentRequest,
  type ListTablesReply,
  type ShowMarksReply,
  type SendTableReply,
} from '../lib/messaging/messages';
import { CellLocator } from '../lib/page/cell-locator';
import type { PageTable } from '../lib/page/page-table';
import { claimPage } from '../lib/page/single-instance';
import { pageOrigin, streamTable } from '../lib/page/table-chunks';
import { TableRegistry, tableSummary } from '../lib/page/table-registry';

/**
 * The page side of a check. Not in the manifest: the service worker injects it into the tab the
 * user acted on (activeTab + scripting.executeScript), so the extension needs no host permissions
 * and reads a page only when asked. It lists the page's tables, streams the chosen one to the
 * worker and draws the findings on it.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    let overlay: ShownOverlay | null = null;
    // The rows last sent per table: marks refer to their row numbers, so they are drawn on those rows.
    const sent = new Map<string, PageTable>();
    const tables = new TableRegistry(document);

    const clearMarks = (): void => {
      overlay?.clear();
      overlay = null;
    };
    // Deliberately not tied to WXT's context invalidation: a second injection (or a page faking
    // WXT's start event) would invalidate it and leave the page without a listener.
    if (!claimPage({ isAlive: () => browser.runtime?.id !== undefined, dispose: clearMarks })) return;

    const notFound = (tableId: string) => ({
      ok: false as const,
      error: `Table ${tableId} is no longer on the page. Reload the list of tables and pick it again.`,
    });

    async function handle(request: ContentRequest): Promise<ListTablesReply | SendTableReply | ShowMarksReply | ClearMarksReply> {
      switch (request.type) {
        case 'list-tables':
          return tables.list().map(tableSummary);
        case 'send-table': {
          const table = tables.read(request.tableId);
          if (!table) return notFound(request.tableId);
          sent.set(request.tableId, table);
          const source = { scanId: request.scanId, tableId: request.tableId, page: pageOrigin(document) };
          return streamTable(table, source, (chunk) => browser.runtime.sendMessage(chunk));
        }
        case 'show-marks': {
          const table = sent.get(request.tableId) ?? tables.read(request.tableId);
          if (!table) return notFound(request.tableId);
          clearMarks();
          const locator = new CellLocator(table, () => tables.read(request.tableId));
          const shown = showPageOverlay(document, table.found.element, request.marks, locator, () => (overlay = null));
          overlay = shown;
          return { ok: true, drawn: shown.drawn, unplaced: shown.unplaced };
        }
        case 'clear-marks':
          clearMarks();
          return { ok: true };
      }
    }

    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      // Only the extension itself may drive the page side; anything else is ignored unanswered.
      if (sender.id !== browser.runtime.id) return false;
      const parsed = contentRequest.safeParse(message);
      if (!parsed.success) {
        sendResponse({ ok: false, error: 'The page could not understand this request (wrong message shape).' });
        return false;
      }
      handle(parsed.data).then(sendResponse, (error: unknown) =>
        sendResponse({ ok: false, error: `Reading the page failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 2000) }),
      );
      // Keeps the channel open for the asynchronous reply (the promise-returning form is not in every Chrome).
      return true;
    });
  },
});
