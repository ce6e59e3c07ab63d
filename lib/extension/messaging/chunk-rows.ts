import { workInTurns } from '../worker-turns';
import { chunkRows } from './messages';
import { unpackRow } from './packed-rows';

/**
 * Rows checked between two turns of the worker. The worker checks a chunk's rows apart from the
 * rest of its message (tableChunkEnvelope, fileChunkEnvelope): zod checking 1,000 rows of cells in
 * the task that received them held the service worker 30–64 ms (profiles of `npm run bench:worker`).
 */
export const ROWS_PER_CHECK = 100;

/**
 * The message's rows unpacked (a page packs each row's cells into one string, packed-rows.ts) and
 * checked as chunkRows checks them, a part at a time; null when any part is not rows. A file's
 * rows come as arrays of cells and are checked as they are.
 */
export async function checkRowsInTurns(rows: readonly unknown[], turn: () => Promise<void> = workInTurns()): Promise<string[][] | null> {
  const checked: string[][] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_CHECK) {
    if (start > 0) await turn();
    const part = chunkRows.safeParse(rows.slice(start, start + ROWS_PER_CHECK).map(unpackRow));
    if (!part.success) return null;
    for (const row of part.data) checked.push(row);
  }
  return checked;
}

/** A chunk whose rows were checked: what the scan pipeline takes. */
export type WithCheckedRows<Chunk extends { rows: readonly unknown[] }> = Omit<Chunk, 'rows'> & { rows: string[][] };

/** The chunk (its other fields already checked) with its rows checked in turns; null when they are not rows. */
export async function withCheckedRows<Chunk extends { rows: readonly unknown[] }>(chunk: Chunk): Promise<WithCheckedRows<Chunk> | null> {
  const rows = await checkRowsInTurns(chunk.rows);
  return rows && { ...chunk, rows };
}

/** The answer to a chunk whose rows are not rows of text cells (only a broken or hostile sender sends one). */
export const ROWS_REFUSED = { ok: false, error: 'The rows sent are not a table of text cells; nothing was stored.' } as const;
