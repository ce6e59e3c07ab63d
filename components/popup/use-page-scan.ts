import { useEffect, useState } from 'preact/hooks';
import type { PageTableSummary } from '../../lib/extension/messaging/messages';
import type { ScanInfo } from '../../lib/extension/storage';
import {
  activeUserTab,
  listTables,
  onReadingProgress,
  onScanEvent,
  pageFacts,
  prepareTab,
  resumeInterruptedScans,
  type SentTable,
  sendTable,
  type UserTab,
} from '../../lib/extension/browser/page-tab';
import { activeProfileStore } from '../../lib/extension/browser/profile-storage';

export type PageScanState =
  | { step: 'connecting' }
  /** No table to read; `canvasGrid` says so when the page draws its cells on a canvas. */
  | { step: 'no-table'; tab: UserTab; canvasGrid: string | null }
  | { step: 'scanning'; tab: UserTab; scanId: string; tables: PageTableSummary[]; table: PageTableSummary; phase: string; done: number; total: number }
  | { step: 'done'; tab: UserTab; tables: PageTableSummary[]; table: PageTableSummary; scan: ScanInfo; reading: SentTable }
  | { step: 'failed'; message: string };

/** How often the popup looks for the finished scan in storage, in case an event was missed. */
const POLL_MS = 250;
/** How long a fully received scan may wait for its report before the worker is nudged. */
const RESUME_AFTER_MS = 3_000;
/** A page drawing on a canvas may still have small tables (toolbars, menus): those are no catalog. */
const MIN_FIELDS_BESIDE_CANVAS = 3;

/** What to scan: the most catalog-like table unless the user picked one; every page of a paged table unless the user chose this page only. */
export interface ScanRequest {
  tableId: string | null;
  pageOnly: boolean;
}

/**
 * The popup's one job: as soon as it opens, read the most catalog-like table of the tab, have
 * the worker check it, and follow the progress. `tableId` picks another table of the page.
 */
export function usePageScan({ tableId, pageOnly }: ScanRequest): PageScanState {
  const [state, setState] = useState<PageScanState>({ step: 'connecting' });

  useEffect(() => {
    let stopped = false;
    const scanId = crypto.randomUUID();
    const stopListening = onScanEvent((event) => {
      if (stopped || event.scanId !== scanId) return;
      if (event.phase === 'failed') setState({ step: 'failed', message: event.error ?? 'The scan failed.' });
      else setState((s) => (s.step === 'scanning' ? { ...s, phase: event.phase, done: event.rowsDone, total: event.rowsTotal } : s));
    });
    // While the page scrolls or pages through the table, before any row reaches the worker.
    const stopProgress = onReadingProgress((progress) => {
      if (stopped || progress.scanId !== scanId) return;
      setState((s) =>
        s.step === 'scanning' && s.phase === 'reading'
          ? { ...s, done: progress.rowsRead, total: Math.max(progress.rowsExpected ?? s.total, progress.rowsRead) }
          : s,
      );
    });

    (async () => {
      const tab = await activeUserTab();
      await prepareTab(tab.id);
      const tables = await listTables(tab.id);
      const table = tables.find((t) => t.tableId === tableId) ?? tables[0];
      if (!table || (tableId === null && table.recognizedFields < MIN_FIELDS_BESIDE_CANVAS)) {
        const { canvasGrid } = await pageFacts(tab.id);
        if (!table || canvasGrid) return setState({ step: 'no-table', tab, canvasGrid });
      }
      setState({ step: 'scanning', tab, scanId, tables, table, phase: 'reading', done: 0, total: table.rowCount });
      let reading: SentTable;
      try {
        reading = await sendTable(tab.id, scanId, table.tableId, pageOnly);
      } catch (error) {
        // Cancelled, or the page went away mid-way: rows already handed over are not kept half-stored.
        const store = await activeProfileStore();
        const partial = (await store.listScans()).find((scan) => scan.id === scanId && scan.status !== 'complete');
        if (partial) await store.deleteScan(scanId).catch(() => {});
        throw error;
      }
      const store = await activeProfileStore();
      let waitingSince = Date.now();
      while (!stopped) {
        const found = (await store.listScans()).find((scan) => scan.id === scanId);
        if (found?.status === 'complete') return setState({ step: 'done', tab, tables, table, scan: found, reading });
        // Every row arrived but no report yet: Chrome may have stopped the worker mid-check.
        // A message starts a new one, which finishes interrupted scans when it starts.
        if (found && found.receivedRows >= found.rowCount && Date.now() - waitingSince > RESUME_AFTER_MS) {
          await resumeInterruptedScans();
          waitingSince = Date.now();
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    })().catch((error: unknown) => {
      if (!stopped) setState({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    });

    return () => {
      stopped = true;
      stopListening();
      stopProgress();
    };
  }, [tableId, pageOnly]);

  return state;
}
