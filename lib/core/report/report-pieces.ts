/**
 * Findings per piece of a streamed report (JSON, CSV, text): a report is written a piece at a
 * time so a million findings are never one string. Pieces stay small, tens of kilobytes: measured
 * on a 100,000-row check (88,000 findings, a 25 MB JSON report), pieces of 100 or 200 findings took
 * ~95 ms of CPU to serialize, check for hidden characters and encode, pieces of 300 or more
 * 520–650 ms. A larger string is built by V8 as a long chain of parts and flattened, copied, by the
 * first pattern test and again by the encoder, in the old generation instead of the young one.
 * (That was the JSON report as strings. It is now written as UTF-8 bytes, findings-json.ts, where
 * pieces of 100, 400 or 1,000 findings measured alike; CSV and text are still written as strings.)
 */
export const FINDINGS_PER_PIECE = 100;

/**
 * What a reader of a report's byte pieces (issuesJsonBytes) passes to the pieces' `next()` when it
 * is done with the last piece (written out, held nowhere): the writer then writes its next piece
 * over those bytes instead of into a new buffer. A reader that passes nothing (a for-of loop, one
 * that keeps the pieces) gets each piece in bytes of its own.
 */
export const PIECE_RELEASED = Symbol('report piece released');
