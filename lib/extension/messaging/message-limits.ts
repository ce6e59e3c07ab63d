/**
 * Limits that keep one message small enough to pass quickly and a hostile page from flooding.
 * Plain numbers, apart from the schemas that enforce them: the page's readers cut cells and
 * columns to these while reading, and importing them must not bring any schema into the
 * content script (see content-script-messages.ts).
 */
export const MAX_CELL_LENGTH = 10_000;
export const MAX_COLUMNS = 200;
export const ROWS_PER_CHUNK = 1_000;

/** Longest message or fix a mark carries (findings quoting a long cell are cut to it, see page-marks.ts). */
export const MAX_MARK_TEXT = 2000;
/** Marks the worker sends the page per message (see take-marks): each is received in one task of the page. */
export const MARKS_PER_MESSAGE = 2_000;
