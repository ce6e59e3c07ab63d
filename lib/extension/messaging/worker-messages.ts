import { z } from 'zod';
import { sendToWorkspaceRequest, workspaceSavedRequest } from './sync-messages';
import { MAX_CELL_LENGTH, MAX_COLUMNS, mappingOverrides, markFocus, marksOutcome, pageTableSummary, pagingFacts, ROWS_PER_CHUNK, tableChunkEnvelope } from './messages';

/**
 * Messages to and from the service worker, which runs every check (one scan pipeline: start →
 * append → finish). Chunks of rows come from content scripts (a page's table) and from the
 * extension's pages (a file or pasted cells, parsed there); the pages ask the worker to scan a
 * tab, re-run a scan with a corrected mapping, or draw a scan's marks. Events go out to
 * whichever extension page listens (the popup shows progress, the results page refreshes).
 */

const cellText = z.string().max(MAX_CELL_LENGTH);
const scanId = z.string().uuid();

/** Extension page → worker: part of a catalog file the page has read, in order. `last` closes it. */
export const fileChunkMessage = z.object({
  type: z.literal('file-chunk'),
  scanId,
  fileName: z.string().min(1).max(500),
  headers: z.array(cellText).max(MAX_COLUMNS),
  startRow: z.number().int().nonnegative(),
  rows: z.array(z.array(cellText).max(MAX_COLUMNS)).max(ROWS_PER_CHUNK),
  totalRows: z.number().int().nonnegative(),
  last: z.boolean(),
});
export type FileChunkMessage = z.infer<typeof fileChunkMessage>;
/** fileChunkMessage with its rows not yet checked: the worker checks them a part at a time (chunk-rows.ts). */
export const fileChunkEnvelope = fileChunkMessage.extend({ rows: z.array(z.unknown()).max(ROWS_PER_CHUNK) });

/** Popup → worker: check the catalog table of this tab (the most catalog-like unless one is named). */
export const scanPageRequest = z.object({
  type: z.literal('scan-page'),
  tabId: z.number().int().nonnegative(),
  tableId: z.string().max(64).nullable(),
  /** A paged table: read only the page shown. By default every page is walked (and the user's page shown again). */
  pageOnly: z.boolean(),
});
export type ScanPageRequest = z.infer<typeof scanPageRequest>;

/** Results page → worker: check a stored scan again with a corrected column mapping. */
export const rerunScanRequest = z.object({ type: z.literal('rerun-scan'), scanId, mapping: mappingOverrides });
export type RerunScanRequest = z.infer<typeof rerunScanRequest>;

/** Popup or results page → worker: draw a finished scan's findings on its table in this tab, and bring one into view when asked. */
export const showScanMarksRequest = z.object({ type: z.literal('show-scan-marks'), tabId: z.number().int().nonnegative(), scanId, focus: z.optional(markFocus) });
export type ShowScanMarksRequest = z.infer<typeof showScanMarksRequest>;

/** Extension page → worker: finish scans a stopped worker left with all rows but no report. */
export const resumeScansRequest = z.object({ type: z.literal('resume-scans') });

/** What content scripts may send the worker (the chunk's rows checked afterwards, by checkRowsInTurns). */
export const contentToWorker = tableChunkEnvelope;
/** What the extension's own pages may send the worker (a file chunk's rows checked afterwards, by checkRowsInTurns). */
export const pageToWorker = z.discriminatedUnion('type', [
  fileChunkEnvelope,
  scanPageRequest,
  rerunScanRequest,
  showScanMarksRequest,
  resumeScansRequest,
  sendToWorkspaceRequest,
  workspaceSavedRequest,
]);
export type PageToWorker = z.infer<typeof pageToWorker>;

const failure = z.object({ ok: z.literal(false), error: z.string().max(2000) });

/** The worker's answer to a chunk: stored (with the rows it now has), or why not, in words for the user. */
export const chunkReply = z.union([z.object({ ok: z.literal(true), receivedRows: z.number().int().nonnegative() }), failure]);
export type ChunkReply = z.infer<typeof chunkReply>;

/**
 * scan-page: the scan has started (its events follow), or there is no catalog table to read
 * (`unreadableGrid` says so when the page draws its cells on a canvas or shows another site's frame), or why the page cannot be read.
 */
export const scanPageReply = z.union([
  z.object({ ok: z.literal(true), scanId, tables: z.array(pageTableSummary), table: pageTableSummary }),
  z.object({ ok: z.literal(false), noTable: z.literal(true), tables: z.array(pageTableSummary), unreadableGrid: z.string().max(1000).nullable() }),
  failure,
]);
export type ScanPageReply = z.infer<typeof scanPageReply>;

/** rerun-scan: the re-run has started; its events follow under the same scan id. */
export const startedReply = z.union([z.object({ ok: z.literal(true) }), failure]);
export type StartedReply = z.infer<typeof startedReply>;

export type { MarksOutcome } from './messages';

/** show-scan-marks: how the marks went (see marksOutcome), or why none could be drawn. */
export const showScanMarksReply = z.union([z.object({ ok: z.literal(true), ...marksOutcome.shape }), failure]);
export type ShowScanMarksReply = z.infer<typeof showScanMarksReply>;

/** What the page said of its reading once every row was handed over: a note, whether it was whole, the pages. */
export const readingFacts = z.object({
  totalRows: z.number().int().nonnegative(),
  note: z.string().max(1000).optional(),
  complete: z.boolean().optional(),
  paging: z.optional(pagingFacts),
});
export type ReadingFacts = z.infer<typeof readingFacts>;

export const scanEvent = z.object({
  type: z.literal('scan-event'),
  scanId,
  /**
   * reading: rows arriving; read: the page handed over every row (`reading` says how); validating;
   * done: the report is stored; marked (page scans, after done): the findings were sent to the page; failed.
   */
  phase: z.enum(['reading', 'read', 'validating', 'done', 'marked', 'failed']),
  rowsDone: z.number().int().nonnegative(),
  rowsTotal: z.number().int().nonnegative(),
  reading: readingFacts.optional(),
  /** For `marked`: how many marks the page could draw, and why not all. For `done` of a scan with no page to mark: null. */
  marks: z.optional(z.nullable(marksOutcome)),
  /** For `failed`: what went wrong, for the user. */
  error: z.string().max(2000).optional(),
});
export type ScanEvent = z.infer<typeof scanEvent>;
