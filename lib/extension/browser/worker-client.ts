import type { MappingOverrides } from '../../core/mapping/column-mapping';
import { readCatalog } from '../../core/read/read-catalog';
import { contentFailure, type MarkFocus, ROWS_PER_CHUNK } from '../messaging/messages';
import { sendChunkWithRetry } from '../messaging/send-chunk';
import {
  type FileChunkMessage,
  type PageToWorker,
  type ScanEvent,
  scanEvent,
  type ScanPageReply,
  scanPageReply,
  type ShowScanMarksReply,
  showScanMarksReply,
  startedReply,
} from '../messaging/worker-messages';
import { allRowsReceived, type ScanInfo } from '../storage';
import { activeProfileStore } from './profile-storage';
import { replayEarlyMessages, scanPageRequest } from './popup-first-scan';

/**
 * The extension pages' way into the scan pipeline, which runs in the service worker: every
 * request is parsed on its way back, and a scan is followed by the worker's events.
 */

async function ask<T>(request: PageToWorker, reply: { parse: (value: unknown) => T }): Promise<T> {
  return reply.parse(await browser.runtime.sendMessage(request));
}

/** Listen for the worker's scan events; returns the function that stops listening. */
export function onScanEvent(listener: (event: ScanEvent) => void): () => void {
  const handler = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return;
    const parsed = scanEvent.safeParse(message);
    if (parsed.success) listener(parsed.data);
  };
  browser.runtime.onMessage.addListener(handler);
  // What came while the popup's interface was loading (see popup-first-scan.ts).
  replayEarlyMessages(handler);
  return () => browser.runtime.onMessage.removeListener(handler);
}

/** How long a followed scan may go without any event before storage is looked at. */
const QUIET_MS = 3_000;

/**
 * Follow a scan to its end through the worker's events. Chrome may stop the worker mid-check, and
 * a stopped worker sends nothing more: only then (no event for a while) does this look in storage
 * — a report may have been stored by a worker whose last event was lost — and, when every row
 * arrived but no report did, wake a new worker, which finishes such scans when it starts.
 */
export function followScan(
  scanId: string,
  onEvent: (event: ScanEvent) => void = () => {},
  /** A re-run: the scan is complete already, and only a report stored after this moment ends it. */
  completedAfter = '',
): { done: Promise<ScanInfo>; stop: () => void } {
  let stopListening = () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  let settled = false;
  const stop = () => {
    stopListening();
    clearTimeout(timer);
  };
  const done = new Promise<ScanInfo>((resolve, reject) => {
    const end = (outcome: () => void) => {
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const finishWith = async () => {
      const scan = (await (await activeProfileStore()).listScans()).find((found) => found.id === scanId);
      if (!settled && scan?.status === 'complete' && (scan.completedAt ?? '') >= completedAfter) end(() => resolve(scan));
      return scan;
    };
    const quiet = () => {
      clearTimeout(timer);
      if (settled) return;
      timer = setTimeout(() => {
        void (async () => {
          const scan = await finishWith();
          if (scan && scan.status !== 'complete' && allRowsReceived(scan)) await ask({ type: 'resume-scans' }, { parse: (v) => v }).catch(() => {});
          quiet();
        })().catch((error: unknown) => end(() => reject(error)));
      }, QUIET_MS);
    };
    // Events keep coming to `onEvent` after the end (the page's account of its reading may come
    // after the results) until the caller stops following.
    stopListening = onScanEvent((event) => {
      if (event.scanId !== scanId) return;
      onEvent(event);
      if (settled) return;
      if (event.phase === 'failed') end(() => reject(new Error(event.error ?? 'The scan failed.')));
      else if (event.phase === 'done') void finishWith().catch((error: unknown) => end(() => reject(error)));
      else quiet();
    });
    quiet();
  });
  return { done, stop };
}

/** Check the catalog table of a tab (toolbar click): the table chosen, or why there is none. */
export function scanTab(tabId: number, tableId: string | null, pageOnly: boolean): Promise<ScanPageReply> {
  return ask(scanPageRequest(tabId, tableId, pageOnly), scanPageReply);
}

/**
 * Check a catalog file (CSV, JSON, or a workbook's sheet), or cells pasted as text: read here (a
 * CatalogReadError says what is wrong and where), then handed to the worker chunk by chunk like a
 * page's table, and followed to its end. The file's form (and a workbook) is then kept with the
 * scan, so accepted fixes can be written back into it.
 */
export async function checkCatalogFile(
  file: { name: string; bytes: Uint8Array; sheet?: string },
  onEvent?: (event: ScanEvent) => void,
): Promise<ScanInfo> {
  const { table, format } = readCatalog(file.bytes, file.name, { sheet: file.sheet });
  const scanId = crypto.randomUUID();
  const followed = followScan(scanId, onEvent);
  try {
    let startRow = 0;
    do {
      const rows = table.rows.slice(startRow, startRow + ROWS_PER_CHUNK);
      const chunk: FileChunkMessage = {
        type: 'file-chunk',
        scanId,
        fileName: file.name.slice(0, 500),
        headers: table.headers,
        startRow,
        rows,
        totalRows: table.rows.length,
        last: startRow + rows.length >= table.rows.length,
      };
      const refused = contentFailure.safeParse(await sendChunkWithRetry(chunk, (message) => browser.runtime.sendMessage(message)));
      if (refused.success) throw new Error(refused.data.error);
      startRow += ROWS_PER_CHUNK;
    } while (startRow < table.rows.length);
    const scan = await followed.done;
    await (await activeProfileStore()).fixes.keepSource(scanId, { format, workbook: format.kind === 'xlsx' ? file.bytes : undefined });
    return scan;
  } finally {
    followed.stop();
  }
}

/** Check a stored scan again with a corrected column mapping; resolves with the re-checked scan. */
export async function rerunScan(scanId: string, mapping: MappingOverrides): Promise<ScanInfo> {
  const followed = followScan(scanId, () => {}, new Date().toISOString());
  try {
    const started = await ask({ type: 'rerun-scan', scanId, mapping }, startedReply);
    if (!started.ok) throw new Error(started.error);
    return await followed.done;
  } finally {
    followed.stop();
  }
}

/** Draw a finished scan's marks on its table in a tab; with `focus`, scroll that finding's cell into view. */
export function showScanMarks(tabId: number, scanId: string, focus?: MarkFocus): Promise<ShowScanMarksReply> {
  return ask({ type: 'show-scan-marks', tabId, scanId, ...(focus ? { focus } : {}) }, showScanMarksReply);
}
