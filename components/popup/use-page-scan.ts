import { useEffect, useState } from 'preact/hooks';
import type { PageTableSummary } from '../../lib/messaging/messages';
import type { ScanInfo } from '../../lib/storage';
import { activeUserTab, listTables, onScanEvent, prepareTab, resumeInterruptedScans, sendTable, type UserTab } from '../adapters/page-tab';
import { activeProfileStore } from '../adapters/profile-storage';

export type PageScanState =
  | { step: 'connecting' }
  | { step: 'no-table'; tab: UserTab }
  | { step: 'scanning'; tab: UserTab; tables: PageTableSummary[]; table: PageTableSummary; phase: string; done: number; total: number }
  | { step: 'done'; tab: UserTab; tables: PageTableSummary[]; table: PageTableSummary; scan: ScanInfo }
  | { step: 'failed'; message: string };

/** How often the popup looks for the finished scan in storage, in case an event was missed. */
const POLL_MS = 250;
/** How long a fully received scan may wait for its report before the worker is nudged. */
const RESUME_AFTER_MS = 3_000;

/**
 * The popup's one job: as soon as it opens, read the most catalog-like table of the tab, have
 * the worker check it, and follow the progress. `tableId` picks another table of the page.
 */
export function usePageScan(tableId: string | null): PageScanState {
  const [state, setState] = useState<PageScanState>({ step: 'connecting' });

  useEffect(() => {
    let stopped = false;
    const scanId = crypto.randomUUID();
    const stopListening = onScanEvent((event) => {
      if (stopped || event.scanId !== scanId) return;
      if (event.phase === 'failed') setState({ step: 'failed', message: event.error ?? 'The scan failed.' });
      else setState((s) => (s.step === 'scanning' ? { ...s, phase: event.phase, done: event.rowsDone, total: event.rowsTotal } : s));
    });

    (async () => {
      const tab = await activeUserTab();
      await prepareTab(tab.id);
      const tables = await listTables(tab.id);
      const table = tables.find((t) => t.tableId === tableId) ?? tables[0];
      if (!table) return setState({ step: 'no-table', tab });
      setState({ step: 'scanning', tab, tables, table, phase: 'reading', done: 0, total: table.rowCount });
      await sendTable(tab.id, scanId, table.tableId);
      const store = await activeProfileStore();
      let waitingSince = Date.now();
      while (!stopped) {
        const found = (await store.listScans()).find((scan) => scan.id === scanId);
        if (found?.status === 'complete') return setState({ step: 'done', tab, tables, table, scan: found });
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
    };
  }, [tableId]);

  return state;
}
