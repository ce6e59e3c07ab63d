import * as z from 'zod/mini';
import { FIELD_IDS } from '../../core/model/fields';

/**
 * Every message that crosses a boundary between the extension's parts (content script,
 * service worker, extension pages) has a zod schema here. Receivers parse, never trust:
 * a page can post anything to a content script, and a compromised renderer anything to the worker.
 * Written with zod/mini: the content script, injected into every page checked, parses with these
 * and should stay small; zod/mini validates the same and leaves the unused parts of zod out.
 */

/** Limits that keep one message small enough to pass quickly and a hostile page from flooding. */
export const MAX_CELL_LENGTH = 10_000;
export const MAX_COLUMNS = 200;
export const ROWS_PER_CHUNK = 1_000;

/** Text of at most `max` characters. */
const text = (max: number) => z.string().check(z.maxLength(max));
/** A whole number of things, zero included. */
const count = () => z.int().check(z.nonnegative());
const cellText = text(MAX_CELL_LENGTH);
const severity = z.enum(['error', 'warning', 'info']);

/** A table the content script found on the page, offered to the user in the popup. */
export const pageTableSummary = z.object({
  /** Stable for the life of the content script: index in discovery order, e.g. "t0". */
  tableId: text(64),
  /** What the user sees in the picker, e.g. "Entry lines (table, 5,000 rows)". */
  label: text(300),
  kind: z.enum(['html-table', 'aria-grid', 'iframe-table', 'virtual-grid', 'card-list']),
  headers: z.array(cellText).check(z.maxLength(MAX_COLUMNS)),
  rowCount: count(),
  /** How many columns map to catalog fields: the catalog-like table has the highest. */
  recognizedFields: count(),
});
export type PageTableSummary = z.infer<typeof pageTableSummary>;

/** A chunk's rows: at most ROWS_PER_CHUNK rows of at most MAX_COLUMNS cells. */
export const chunkRows = z.array(z.array(cellText).check(z.maxLength(MAX_COLUMNS))).check(z.maxLength(ROWS_PER_CHUNK));
/** A chunk's rows left to be checked apart from the rest of its message (see chunk-rows.ts). */
export const uncheckedChunkRows = z.array(z.unknown()).check(z.maxLength(ROWS_PER_CHUNK));

const tableChunkFields = {
  type: z.literal('table-chunk'),
  scanId: z.uuid(),
  tableId: text(64),
  page: z.object({ url: text(4096), title: text(1000) }),
  headers: z.array(cellText).check(z.maxLength(MAX_COLUMNS)),
  /** 0-based index of the first row of this chunk among the table's data rows. */
  startRow: count(),
  rows: chunkRows,
  /** Data rows the table has: required on the last chunk, optional before it. */
  totalRows: z.optional(count()),
  last: z.boolean(),
  /**
   * Cells of this chunk's rows whose shown text differs from the value read (a <select> submits
   * "DE" and shows "Alemania"): the value is checked, the shown text is for the report.
   */
  shown: z.optional(
    z.array(z.object({ row: z.int().check(z.positive()), column: count(), text: cellText })).check(z.maxLength(ROWS_PER_CHUNK * MAX_COLUMNS)),
  ),
};

interface ChunkCounts {
  last: boolean;
  startRow: number;
  totalRows?: number | undefined;
  rows: readonly unknown[];
}

const countsAgree = z.refine<ChunkCounts>(
  (chunk) =>
    chunk.last ? chunk.totalRows === chunk.startRow + chunk.rows.length : chunk.totalRows === undefined || chunk.startRow + chunk.rows.length < chunk.totalRows,
  { message: "The last chunk must give the table's row count (its start row plus its rows), and no earlier chunk may reach it." },
);

/**
 * Content script → service worker: part of a table, in order. `last` closes the table. Rows leave
 * the page as they are read, so how many the table has is known only at the last chunk: it must
 * say it there (the rows it and the chunks before it carry), and no chunk may claim more.
 */
export const tableChunkMessage = z.object(tableChunkFields).check(countsAgree);
/** tableChunkMessage with its rows not yet checked: the worker checks them a part at a time (chunk-rows.ts). */
export const tableChunkEnvelope = z.object({ ...tableChunkFields, rows: uncheckedChunkRows }).check(countsAgree);
export type TableChunkMessage = z.infer<typeof tableChunkMessage>;

/** Longest message or fix a mark carries (findings quoting a long cell are cut to it, see page-marks.ts). */
export const MAX_MARK_TEXT = 2000;
/** Marks the worker sends the page per message (see take-marks): each is received in one task of the page. */
export const MARKS_PER_MESSAGE = 2_000;

/** A finding reduced to what the page overlay draws: where, how bad, and the words. */
export const pageMark = z.object({
  /** 1-based data row, as in findings. */
  row: z.int().check(z.positive()),
  /** 0-based column among the table's headers; null marks the whole row. */
  column: z.nullable(count()),
  severity,
  ruleId: text(64),
  message: text(MAX_MARK_TEXT),
  fix: z.optional(text(MAX_MARK_TEXT)),
});
export type PageMark = z.infer<typeof pageMark>;

/**
 * One mark to bring into view after drawing ("Show on page" for one finding on the results page):
 * the overlay scrolls its cell into view (rendering it first in a virtual grid) and selects it.
 */
export const markFocus = z.object({
  row: z.int().check(z.positive()),
  column: z.nullable(count()),
  ruleId: text(64),
});
export type MarkFocus = z.infer<typeof markFocus>;

/** Messages the content script accepts (from the extension only; it checks the sender). */
export const contentRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('list-tables') }),
  z.object({
    type: z.literal('send-table'),
    scanId: z.uuid(),
    tableId: text(64),
    /** Kept for older callers: every page is read unless `pageOnly` says otherwise. */
    allPages: z.optional(z.boolean()),
    /** A paged table: read only the page shown (the user chose "This page only"). By default every page is walked. */
    pageOnly: z.optional(z.boolean()),
  }),
  /** Stop reading the table of this scan (the user pressed Cancel): nothing is handed to the worker. */
  z.object({ type: z.literal('cancel-reading'), scanId: z.uuid() }),
  z.object({ type: z.literal('page-facts') }),
  /**
   * Marks handed over ahead of the show-marks request that draws them (`batchId` names them there).
   * A page takes a message in one go: 37,000 marks in one request held it 216 ms just to receive.
   */
  z.object({ type: z.literal('take-marks'), batchId: z.uuid(), marks: z.array(pageMark).check(z.maxLength(MARKS_PER_MESSAGE)) }),
  /** Draw `marks`, after those taken under `batchId` when given (see take-marks). */
  z.object({ type: z.literal('show-marks'), tableId: text(64), batchId: z.optional(z.uuid()), marks: z.array(pageMark), focus: z.optional(markFocus) }),
  z.object({ type: z.literal('clear-marks') }),
]);
export type ContentRequest = z.infer<typeof contentRequest>;

export const mappingOverrides = z.partialRecord(z.enum(FIELD_IDS), text(500));

/**
 * Replies of the content script, one per request type. A request it cannot carry out is answered
 * with `contentFailure`, whose words are meant for the user ("The table is no longer on the page...").
 */
export const contentFailure = z.object({ ok: z.literal(false), error: text(2000) });
export type ContentFailure = z.infer<typeof contentFailure>;

/** list-tables: every table on the page, the most catalog-like first. */
export const listTablesReply = z.union([z.array(pageTableSummary), contentFailure]);
export type ListTablesReply = z.infer<typeof listTablesReply>;

/** How a paged table was read: the page shown, or all of them. */
export const pagingFacts = z.object({
  /** The page the user was on (1-based), and how many there are. */
  page: z.int().check(z.positive()),
  pages: z.int().check(z.positive()),
  allPagesRead: z.boolean(),
});
export type PagingFacts = z.infer<typeof pagingFacts>;

/** send-table: answered once every chunk has been sent and acknowledged. */
export const sendTableReply = z.union([
  z.object({
    ok: z.literal(true),
    totalRows: count(),
    /** What was read and what was not, for the user ("2,000 of 2,000 rows read by scrolling the AG Grid grid."). */
    note: z.optional(text(1000)),
    /** False when rows the table has could not be read (the note says which); absent when every row was. */
    complete: z.optional(z.boolean()),
    paging: z.optional(pagingFacts),
  }),
  contentFailure,
]);
export type SendTableReply = z.infer<typeof sendTableReply>;

/**
 * How a show-marks request went: how many marks found their cell; `unplaced` ones point at rows
 * or columns the table no longer has, and `problem` then says so in words for the user.
 */
export const marksOutcome = z.object({
  drawn: count(),
  unplaced: count(),
  problem: z.optional(text(2000)),
  /** Asked to focus one mark: whether it was found among the marks drawn. */
  focused: z.optional(z.boolean()),
});
export type MarksOutcome = z.infer<typeof marksOutcome>;

/** show-marks: the outcome, or why no mark could be drawn at all (contentFailure). */
export const showMarksReply = z.union([z.extend(marksOutcome, { ok: z.literal(true) }), contentFailure]);
export type ShowMarksReply = z.infer<typeof showMarksReply>;

/** clear-marks: always succeeds, also when nothing was shown. */
export const clearMarksReply = z.object({ ok: z.literal(true) });
export type ClearMarksReply = z.infer<typeof clearMarksReply>;

/** take-marks: the marks are kept for the show-marks request that names their batch. */
export const takeMarksReply = z.union([z.object({ ok: z.literal(true) }), contentFailure]);
export type TakeMarksReply = z.infer<typeof takeMarksReply>;

/**
 * Content script → extension pages, while a table is read by scrolling or paging: how far it got,
 * so the popup can show progress before any row reaches the worker.
 */
export const readingProgress = z.object({
  type: z.literal('reading-progress'),
  scanId: z.uuid(),
  rowsRead: count(),
  /** What the table says it has; null when it does not say. */
  rowsExpected: z.nullable(count()),
});
export type ReadingProgress = z.infer<typeof readingProgress>;

/** page-facts: what the popup needs to say when no table can be read, e.g. that the page draws its cells on a canvas. */
export const pageFactsReply = z.object({
  ok: z.literal(true),
  /** Words for the user when the page draws a grid on a canvas; null when it does not. */
  canvasGrid: z.nullable(text(1000)),
});
export type PageFactsReply = z.infer<typeof pageFactsReply>;
