import * as z from 'zod/mini';
import { MARKS_PER_MESSAGE, MAX_MARK_TEXT } from './message-limits';
import { count, text } from './schema-parts';

/**
 * What the content script parses: the requests it accepts, with the marks they carry, and the
 * failure a worker may answer a chunk with. The content script is injected into every page
 * checked, so it imports its schemas from here and never from messages.ts: a bundler keeps every
 * schema a module defines at its top level (`.check(...)` is a method call, which may have
 * effects), so importing one schema of messages.ts would carry all of the worker's and pages'
 * schemas into the page. messages.ts re-exports these: one definition for every side.
 * test/lib/extension/messaging/content-script-bundle.test.ts holds the content script to this.
 */

const severity = z.enum(['error', 'warning', 'info']);

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

/**
 * Messages the content script accepts (from the extension only; it checks the sender). A plain
 * union: each option has its own `type` literal, so it accepts and returns exactly what a
 * discriminated union on `type` would, and leaves that schema's code (1.7 kB) out of the page.
 */
export const contentRequest = z.union([
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

/**
 * A request the content script cannot carry out is answered with `contentFailure`, whose words
 * are meant for the user ("The table is no longer on the page..."); the worker refuses a chunk
 * (the scan was cancelled) with the same shape, which the content script reads as "stop sending".
 */
export const contentFailure = z.object({ ok: z.literal(false), error: text(2000) });
export type ContentFailure = z.infer<typeof contentFailure>;
