import * as z from 'zod/mini';
import { FIELD_IDS } from '../../core/model/fields';
import { contentFailure } from './content-script-messages';
import { MAX_CELL_LENGTH, MAX_COLUMNS, ROWS_PER_CHUNK } from './message-limits';
import type { PackedRow } from './packed-rows';
import { count, text } from './schema-parts';

export { MARKS_PER_MESSAGE, MAX_CELL_LENGTH, MAX_COLUMNS, MAX_MARK_TEXT, ROWS_PER_CHUNK } from './message-limits';
export {
  type ContentFailure,
  type ContentRequest,
  contentFailure,
  contentRequest,
  type MarkFocus,
  markFocus,
  type PageMark,
  pageMark,
} from './content-script-messages';

/**
 * Every message that crosses a boundary between the extension's parts (content script,
 * service worker, extension pages) has a zod schema here. Receivers parse, never trust:
 * a page can post anything to a content script, and a compromised renderer anything to the worker.
 * Written with zod/mini: the content script, injected into every page checked, parses with these
 * and should stay small; zod/mini validates the same and leaves the unused parts of zod out. What
 * the content script itself parses is defined in content-script-messages.ts (and re-exported
 * here), the limits in message-limits.ts: the page imports those two and never this module.
 */

const cellText = text(MAX_CELL_LENGTH);

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
/**
 * A table chunk as the page sends it: each row's cells packed (packed-rows.ts). The worker takes
 * it with tableChunkEnvelope and unpacks and checks its rows into a TableChunkMessage (chunk-rows.ts).
 */
export type PackedTableChunk = Omit<TableChunkMessage, 'rows'> & { rows: PackedRow[] };

export const mappingOverrides = z.partialRecord(z.enum(FIELD_IDS), text(500));

/**
 * Replies of the content script, one per request type. A request it cannot carry out is answered
 * with `contentFailure` (content-script-messages.ts).
 */

/** list-tables: every table on the page, the most catalog-like first. */
export const listTablesReply = z.union([z.array(pageTableSummary), contentFailure]);
export type ListTablesReply = z.infer<typeof listTablesReply>;

/** How a paged table was read: the page shown, or all of them. */
export const pagingFacts = z.object({
  /** The page the user was on (1-based), and how many there are. */
  page: z.int().check(z.positive()),
  pages: z.int().check(z.positive()),
  allPagesRead: z.boolean(),
  /**
   * The other pages cannot be read from this tab: their pager loads other documents, and reading
   * them out of sight failed. Reading again would read the same one page: the popup offers no "Read all pages".
   */
  otherPagesOutOfReach: z.optional(z.literal(true)),
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
  /** Words for the user when the page shows another site's page in a frame it cannot read; null when it does not. */
  foreignFrame: z.nullable(text(1000)),
});
export type PageFactsReply = z.infer<typeof pageFactsReply>;
