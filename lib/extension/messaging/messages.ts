import { z } from 'zod';
import { FIELD_IDS } from '../../core/model/fields';

/**
 * Every message that crosses a boundary between the extension's parts (content script,
 * service worker, extension pages) has a zod schema here. Receivers parse, never trust:
 * a page can post anything to a content script, and a compromised renderer anything to the worker.
 */

/** Limits that keep one message small enough to pass quickly and a hostile page from flooding. */
export const MAX_CELL_LENGTH = 10_000;
export const MAX_COLUMNS = 200;
export const ROWS_PER_CHUNK = 1_000;

const cellText = z.string().max(MAX_CELL_LENGTH);
const severity = z.enum(['error', 'warning', 'info']);

/** A table the content script found on the page, offered to the user in the popup. */
export const pageTableSummary = z.object({
  /** Stable for the life of the content script: index in discovery order, e.g. "t0". */
  tableId: z.string().max(64),
  /** What the user sees in the picker, e.g. "Entry lines (table, 5,000 rows)". */
  label: z.string().max(300),
  kind: z.enum(['html-table', 'aria-grid', 'iframe-table', 'virtual-grid']),
  headers: z.array(cellText).max(MAX_COLUMNS),
  rowCount: z.number().int().nonnegative(),
  /** How many columns map to catalog fields: the catalog-like table has the highest. */
  recognizedFields: z.number().int().nonnegative(),
});
export type PageTableSummary = z.infer<typeof pageTableSummary>;

/** Content script → service worker: part of a table, in order. `last` closes the table. */
export const tableChunkMessage = z.object({
  type: z.literal('table-chunk'),
  scanId: z.string().uuid(),
  tableId: z.string().max(64),
  page: z.object({ url: z.string().max(4096), title: z.string().max(1000) }),
  headers: z.array(cellText).max(MAX_COLUMNS),
  /** 0-based index of the first row of this chunk among the table's data rows. */
  startRow: z.number().int().nonnegative(),
  rows: z.array(z.array(cellText).max(MAX_COLUMNS)).max(ROWS_PER_CHUNK),
  totalRows: z.number().int().nonnegative(),
  last: z.boolean(),
  /**
   * Cells of this chunk's rows whose shown text differs from the value read (a <select> submits
   * "DE" and shows "Alemania"): the value is checked, the shown text is for the report.
   */
  shown: z
    .array(z.object({ row: z.number().int().positive(), column: z.number().int().nonnegative(), text: cellText }))
    .max(ROWS_PER_CHUNK * MAX_COLUMNS)
    .optional(),
});
export type TableChunkMessage = z.infer<typeof tableChunkMessage>;

/** A finding reduced to what the page overlay draws: where, how bad, and the words. */
export const pageMark = z.object({
  /** 1-based data row, as in findings. */
  row: z.number().int().positive(),
  /** 0-based column among the table's headers; null marks the whole row. */
  column: z.number().int().nonnegative().nullable(),
  severity,
  ruleId: z.string().max(64),
  message: z.string().max(2000),
  fix: z.string().max(2000).optional(),
});
export type PageMark = z.infer<typeof pageMark>;

/** Messages the content script accepts (from the extension only; it checks the sender). */
export const contentRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('list-tables') }),
  z.object({
    type: z.literal('send-table'),
    scanId: z.string().uuid(),
    tableId: z.string().max(64),
    /** Kept for older callers: every page is read unless `pageOnly` says otherwise. */
    allPages: z.boolean().optional(),
    /** A paged table: read only the page shown (the user chose "This page only"). By default every page is walked. */
    pageOnly: z.boolean().optional(),
  }),
  /** Stop reading the table of this scan (the user pressed Cancel): nothing is handed to the worker. */
  z.object({ type: z.literal('cancel-reading'), scanId: z.string().uuid() }),
  z.object({ type: z.literal('page-facts') }),
  z.object({ type: z.literal('show-marks'), tableId: z.string().max(64), marks: z.array(pageMark) }),
  z.object({ type: z.literal('clear-marks') }),
]);
export type ContentRequest = z.infer<typeof contentRequest>;

export const mappingOverrides = z.partialRecord(z.enum(FIELD_IDS), z.string().max(500));

/**
 * Replies of the content script, one per request type. A request it cannot carry out is answered
 * with `contentFailure`, whose words are meant for the user ("The table is no longer on the page...").
 */
export const contentFailure = z.object({ ok: z.literal(false), error: z.string().max(2000) });
export type ContentFailure = z.infer<typeof contentFailure>;

/** list-tables: every table on the page, the most catalog-like first. */
export const listTablesReply = z.union([z.array(pageTableSummary), contentFailure]);
export type ListTablesReply = z.infer<typeof listTablesReply>;

/** How a paged table was read: the page shown, or all of them. */
export const pagingFacts = z.object({
  /** The page the user was on (1-based), and how many there are. */
  page: z.number().int().positive(),
  pages: z.number().int().positive(),
  allPagesRead: z.boolean(),
});
export type PagingFacts = z.infer<typeof pagingFacts>;

/** send-table: answered once every chunk has been sent and acknowledged. */
export const sendTableReply = z.union([
  z.object({
    ok: z.literal(true),
    totalRows: z.number().int().nonnegative(),
    /** What was read and what was not, for the user ("2,000 of 2,000 rows read by scrolling the AG Grid grid."). */
    note: z.string().max(1000).optional(),
    /** False when rows the table has could not be read (the note says which); absent when every row was. */
    complete: z.boolean().optional(),
    paging: pagingFacts.optional(),
  }),
  contentFailure,
]);
export type SendTableReply = z.infer<typeof sendTableReply>;

/** show-marks: how many marks found their cell; `unplaced` ones point at rows or columns the table no longer has. */
export const showMarksReply = z.union([
  z.object({ ok: z.literal(true), drawn: z.number().int().nonnegative(), unplaced: z.number().int().nonnegative() }),
  contentFailure,
]);
export type ShowMarksReply = z.infer<typeof showMarksReply>;

/** clear-marks: always succeeds, also when nothing was shown. */
export const clearMarksReply = z.object({ ok: z.literal(true) });
export type ClearMarksReply = z.infer<typeof clearMarksReply>;

/**
 * Content script → extension pages, while a table is read by scrolling or paging: how far it got,
 * so the popup can show progress before any row reaches the worker.
 */
export const readingProgress = z.object({
  type: z.literal('reading-progress'),
  scanId: z.string().uuid(),
  rowsRead: z.number().int().nonnegative(),
  /** What the table says it has; null when it does not say. */
  rowsExpected: z.number().int().nonnegative().nullable(),
});
export type ReadingProgress = z.infer<typeof readingProgress>;

/** page-facts: what the popup needs to say when no table can be read, e.g. that the page draws its cells on a canvas. */
export const pageFactsReply = z.object({
  ok: z.literal(true),
  /** Words for the user when the page draws a grid on a canvas; null when it does not. */
  canvasGrid: z.string().max(1000).nullable(),
});
export type PageFactsReply = z.infer<typeof pageFactsReply>;
