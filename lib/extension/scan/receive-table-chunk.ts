import type { TableChunkMessage } from '../messaging/messages';
import type { ProfileStore, ScanInfo } from '../storage';

/**
 * Store one chunk of a page table. The first chunk of a scan id starts the scan; starting and
 * appending are idempotent, so a chunk resent after the worker restarted is harmless.
 */
export async function receiveTableChunk(store: ProfileStore, chunk: TableChunkMessage): Promise<ScanInfo> {
  await store.startScan({
    id: chunk.scanId,
    source: { kind: 'page', url: chunk.page.url, title: chunk.page.title, tableId: chunk.tableId },
    headers: chunk.headers,
    totalRows: chunk.totalRows,
  });
  return store.appendScanRows(chunk.scanId, { startRow: chunk.startRow, rows: chunk.rows });
}
