import type { TableChunkMessage } from '../messaging/messages';
import type { FileChunkMessage } from '../messaging/worker-messages';
import type { ProfileStore, ScanInfo, ScanSource } from '../storage';

/** Rows on their way to a scan: a page table's (from the content script) or a file's (from an extension page). */
export type IncomingRows = TableChunkMessage | FileChunkMessage;

function sourceOf(chunk: IncomingRows): ScanSource {
  return chunk.type === 'table-chunk'
    ? { kind: 'page', url: chunk.page.url, title: chunk.page.title, tableId: chunk.tableId }
    : { kind: 'file', fileName: chunk.fileName };
}

/**
 * Store one chunk of rows. The first chunk of a scan id starts the scan; starting and appending
 * are idempotent, so a chunk resent after the worker restarted is harmless. A page sends rows as
 * it reads them and counts them at its last chunk: until then the scan's row count is open.
 */
export async function receiveRows(store: ProfileStore, chunk: IncomingRows): Promise<ScanInfo> {
  await store.startScan({ id: chunk.scanId, source: sourceOf(chunk), headers: chunk.headers, totalRows: chunk.totalRows ?? null });
  const totalRows = chunk.last ? { totalRows: chunk.totalRows } : {};
  return store.appendScanRows(chunk.scanId, { startRow: chunk.startRow, rows: chunk.rows, ...totalRows });
}
