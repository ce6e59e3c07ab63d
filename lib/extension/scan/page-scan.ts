import { type ContentRequest, listTablesReply, pageFactsReply, type PageTableSummary, type SendTableReply, sendTableReply } from '../messaging/messages';
import { chooseCatalogTable } from './catalog-table-choice';

/** What reading a tab needs from the browser: the content script put in, and asked. */
export interface TabPorts {
  injectContentScript: (tabId: number) => Promise<void>;
  sendToTab: (tabId: number, request: ContentRequest) => Promise<unknown>;
}

export class PageAccessError extends Error {}

/** What the user is told when the tab's page went away while its table was read. */
export const PAGE_CHANGED_WORDS =
  'The page changed while the table was being read (it was reloaded or you went to another page), so nothing was checked. Open the table again and press the button.';

/** Chrome's words when the content script's page unloads before it answers. */
const PAGE_GONE = /message port closed|receiving end does not exist|back\/forward cache|frame was removed/i;

/** The page's reading of a table: a page that went away mid-read is said in words, not Chrome's. */
async function askReading(ports: TabPorts, tabId: number, request: ContentRequest): Promise<unknown> {
  try {
    return await ports.sendToTab(tabId, request);
  } catch (error) {
    if (PAGE_GONE.test(error instanceof Error ? error.message : String(error))) throw new PageAccessError(PAGE_CHANGED_WORDS, { cause: error });
    throw error;
  }
}

/**
 * Chrome's words when no content script listens in the tab. The reader was just injected, so the
 * page stopped it: it was reloaded or navigated meanwhile, or it hides the extension's messaging
 * API from content scripts (an element named "chrome" does).
 */
const NO_LISTENER = /Receiving end does not exist|Could not establish connection/i;
export const PAGE_DID_NOT_ANSWER =
  'The page did not answer the Customs Preflight reader. It may have been reloaded or changed while being read, or it may keep extensions from reading it. ' +
  'Reload the page and press the button again; if that does not help, copy the cells with their header row and paste them here.';

async function ask(ports: TabPorts, tabId: number, request: ContentRequest): Promise<unknown> {
  try {
    return await ports.sendToTab(tabId, request);
  } catch (error) {
    if (error instanceof Error && NO_LISTENER.test(error.message)) throw new PageAccessError(PAGE_DID_NOT_ANSWER, { cause: error });
    throw error;
  }
}

export type PageScanStart =
  /** The table is being read; `reading` settles once the page has handed over every row. */
  | { started: true; scanId: string; tables: PageTableSummary[]; table: PageTableSummary; reading: Promise<SendTableReply> }
  /** Nothing that is clearly a catalog; `unreadableGrid` says so when the page draws its cells on a canvas or shows another site's frame. */
  | { started: false; tables: PageTableSummary[]; unreadableGrid: string | null };

/**
 * The page side of a scan: put the content script in the tab, list its tables, choose the
 * catalog, and have the page read it whole and stream its rows to the worker (which stores and
 * finishes them as chunks arrive). `unattended` (automatic scanning) takes only a table that is
 * clearly a catalog; a user who pressed the button gets the best table the page has, unless the
 * page draws its grid on a canvas.
 */
export async function startPageScan(
  ports: TabPorts,
  tabId: number,
  request: { tableId: string | null; pageOnly: boolean; unattended?: boolean },
): Promise<PageScanStart> {
  try {
    await ports.injectContentScript(tabId);
  } catch (error) {
    throw new PageAccessError(
      `This page cannot be read. Browser pages, the extension store and pages opened before the extension was installed are protected; reload the page and try again. (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const listed = listTablesReply.parse(await ask(ports, tabId, { type: 'list-tables' }));
  if (!Array.isArray(listed)) throw new PageAccessError(listed.error);
  const choice = chooseCatalogTable(listed, request.tableId);
  if (!choice || !choice.clearlyCatalog) {
    if (request.unattended) return { started: false, tables: listed, unreadableGrid: null };
    const { canvasGrid, foreignFrame } = pageFactsReply.parse(await ask(ports, tabId, { type: 'page-facts' }));
    // A canvas draws the catalog: the tables beside it are the page's own. Another site's large
    // frame may hold the catalog, or be a map or a video: it is named only when no table is found.
    if (canvasGrid) return { started: false, tables: listed, unreadableGrid: canvasGrid };
    if (!choice) return { started: false, tables: listed, unreadableGrid: foreignFrame };
  }
  const scanId = crypto.randomUUID();
  const reading = askReading(ports, tabId, { type: 'send-table', scanId, tableId: choice.table.tableId, ...(request.pageOnly ? { pageOnly: true } : {}) })
    .then((reply) => sendTableReply.parse(reply));
  return { started: true, scanId, tables: listed, table: choice.table, reading };
}
