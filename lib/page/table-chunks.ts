import { contentFailure, ROWS_PER_CHUNK, type SendTableReply, type TableChunkMessage } from '../extension/messaging/messages';
import { sendChunkWithRetry } from '../extension/messaging/send-chunk';
import type { PageTable } from './layout/page-table';

export interface ChunkSource {
  scanId: string;
  tableId: string;
  page: { url: string; title: string };
}

/** The page's address and title, cut to what the chunk schema accepts. */
export function pageOrigin(doc: Document): ChunkSource['page'] {
  return { url: doc.location.href.slice(0, 4096), title: doc.title.slice(0, 1000) };
}

/**
 * A table as the messages that carry it to the service worker: ROWS_PER_CHUNK rows each, in
 * order, the last one marked. An empty table is one empty, last chunk, so the worker always
 * learns the headers and that the table is complete.
 */
export function* tableChunks(table: Pick<PageTable, 'headers' | 'rows' | 'shownTexts'>, source: ChunkSource): Generator<TableChunkMessage> {
  const totalRows = table.rows.length;
  // Shown texts are listed in row order: each chunk takes the run of them that falls in its rows.
  const shownTexts = table.shownTexts ?? [];
  let nextShown = 0;
  let startRow = 0;
  do {
    const rows = table.rows.slice(startRow, startRow + ROWS_PER_CHUNK);
    const shown: NonNullable<TableChunkMessage['shown']> = [];
    while (nextShown < shownTexts.length && shownTexts[nextShown]!.row <= startRow + rows.length) shown.push(shownTexts[nextShown++]!);
    yield {
      type: 'table-chunk',
      scanId: source.scanId,
      tableId: source.tableId,
      page: source.page,
      headers: table.headers,
      startRow,
      rows,
      totalRows,
      last: startRow + rows.length >= totalRows,
      ...(shown.length > 0 ? { shown } : {}),
    };
    startRow += ROWS_PER_CHUNK;
  } while (startRow < totalRows);
}

/**
 * Send a table chunk by chunk, waiting for each to be taken before the next, so a slow worker is
 * never flooded. A reply of the `contentFailure` shape from the worker stops the stream: the scan
 * was cancelled or refused, and the rest would be wasted. So does a chunk that cannot be delivered.
 */
export async function streamTable(
  table: Pick<PageTable, 'headers' | 'rows' | 'shownTexts'>,
  source: ChunkSource,
  send: (chunk: TableChunkMessage) => Promise<unknown>,
): Promise<SendTableReply> {
  for (const chunk of tableChunks(table, source)) {
    const stopped = (why: string): SendTableReply => ({
      ok: false,
      error: `The table was not handed over from row ${chunk.startRow + 1} on: ${why}`.slice(0, 2000),
    });
    let reply: unknown;
    try {
      reply = await sendChunkWithRetry(chunk, send);
    } catch (error) {
      return stopped(error instanceof Error ? error.message : String(error));
    }
    const refused = contentFailure.safeParse(reply);
    if (refused.success) return stopped(refused.data.error);
  }
  return { ok: true, totalRows: table.rows.length };
}
