import { useEffect, useState } from 'preact/hooks';
import type { PageTableSummary } from '../../lib/extension/messaging/messages';
import type { MarksOutcome, ReadingFacts } from '../../lib/extension/messaging/worker-messages';
import type { ScanInfo } from '../../lib/extension/storage';
import { activeUserTab, onReadingProgress, type UserTab } from '../../lib/extension/browser/page-tab';
import { claimFirstScan, stopKeepingMessages } from '../../lib/extension/browser/popup-first-scan';
import { followScan, scanTab } from '../../lib/extension/browser/worker-client';
import { type ScanPageReply, scanPageReply } from '../../lib/extension/messaging/worker-messages';

export type PageScanState =
  | { step: 'connecting' }
  /** No table to read; `unreadableGrid` says so when the page draws its cells on a canvas or shows another site's frame. */
  | { step: 'no-table'; tab: UserTab; unreadableGrid: string | null }
  | { step: 'scanning'; tab: UserTab; scanId: string; tables: PageTableSummary[]; table: PageTableSummary; phase: string; done: number; total: number }
  | {
      step: 'done';
      tab: UserTab;
      tables: PageTableSummary[];
      table: PageTableSummary;
      scan: ScanInfo;
      /** How the page read the table (a note, whether whole, its pages); null when the worker restarted mid-read. */
      reading: ReadingFacts | null;
      /** How the marks went; 'drawing' while the page draws them (they follow the verdict); null when none come. */
      marks: MarksOutcome | 'drawing' | null;
    }
  | { step: 'failed'; message: string };

/** What to scan: the most catalog-like table unless the user picked one; every page of a paged table unless the user chose this page only. */
export interface ScanRequest {
  tableId: string | null;
  pageOnly: boolean;
}

/**
 * The scan asked for: the popup's first one was asked for as it opened (popup-first-scan.ts) when
 * it is the default request; any other is asked for now.
 */
async function startScan({ tableId, pageOnly }: ScanRequest): Promise<{ tab: UserTab; started: ScanPageReply }> {
  const first = tableId === null && !pageOnly ? claimFirstScan() : null;
  if (first) {
    const { tab, reply } = await first;
    return { tab, started: scanPageReply.parse(reply) };
  }
  const tab = await activeUserTab();
  return { tab, started: await scanTab(tab.id, tableId, pageOnly) };
}

/**
 * The popup's one job: as soon as it opens, have the worker check the tab's catalog table, and
 * follow the scan by its events. `tableId` picks another table of the page.
 */
export function usePageScan({ tableId, pageOnly }: ScanRequest): PageScanState {
  const [state, setState] = useState<PageScanState>({ step: 'connecting' });

  useEffect(() => {
    let stopped = false;
    let stopFollowing = () => {};
    let stopProgress = () => {};
    const update = (next: (s: PageScanState) => PageScanState) => {
      if (!stopped) setState(next);
    };

    (async () => {
      const { tab, started } = await startScan({ tableId, pageOnly });
      if (!started.ok) {
        if ('noTable' in started) return update(() => ({ step: 'no-table', tab, unreadableGrid: started.unreadableGrid }));
        throw new Error(started.error);
      }
      const { scanId, tables, table } = started;
      update(() => ({ step: 'scanning', tab, scanId, tables, table, phase: 'reading', done: 0, total: table.rowCount }));
      // While the page scrolls or pages through the table, before any row reaches the worker.
      stopProgress = onReadingProgress((progress) => {
        if (progress.scanId !== scanId) return;
        update((s) =>
          s.step === 'scanning' && s.phase === 'reading'
            ? { ...s, done: progress.rowsRead, total: Math.max(progress.rowsExpected ?? s.total, progress.rowsRead) }
            : s,
        );
      });
      let reading: ReadingFacts | null = null;
      let marks: MarksOutcome | 'drawing' | null = null;
      const followed = followScan(scanId, (event) => {
        if (event.reading) reading = event.reading;
        if (event.marks) marks = event.marks;
        // A page scan's 'done' comes without marks: they are drawn after it ('marked').
        else if (event.phase === 'done' && event.marks === undefined) marks = 'drawing';
        if (event.phase === 'reading' || event.phase === 'validating')
          update((s) => (s.step === 'scanning' ? { ...s, phase: event.phase, done: event.rowsDone, total: event.rowsTotal } : s));
        // The page's account of its reading may come after the results, and its marks do.
        if (event.phase === 'read') update((s) => (s.step === 'done' ? { ...s, reading } : s));
        if (event.phase === 'marked') update((s) => (s.step === 'done' ? { ...s, marks } : s));
      });
      stopFollowing = followed.stop;
      // Both listeners have what came before they listened (popup-first-scan.ts).
      stopKeepingMessages();
      const scan = await followed.done;
      update(() => ({ step: 'done', tab, tables, table, scan, reading, marks }));
    })()
      .catch((error: unknown) => update(() => ({ step: 'failed', message: error instanceof Error ? error.message : String(error) })))
      .finally(stopKeepingMessages);

    return () => {
      stopped = true;
      stopFollowing();
      stopProgress();
    };
  }, [tableId, pageOnly]);

  return state;
}
