import { useEffect, useRef, useState } from 'preact/hooks';
import { clearMarks, openExtensionPage } from '../../lib/extension/browser/page-tab';
import { showScanMarks } from '../../lib/extension/browser/worker-client';
import { SeverityCounts } from '../shared/SeverityCounts';
import { PasteCheck } from './PasteCheck';
import { ScanReportNotices } from './ScanNotices';
import { ScanVerdict } from './ScanVerdict';
import { useStoredReport } from '../shared/use-stored-report';
import { plural } from '../../lib/core/report/wording';
import { ReadingNotice } from './ReadingNotice';
import { AskToSend } from './AskToSend';
import { ReadingProgress } from './ReadingProgress';
import { type PageScanState, type ScanRequest, usePageScan } from './use-page-scan';
import type { MarksOutcome } from '../../lib/extension/messaging/messages';
import { revealHidden } from '../../lib/core/report/safe-text';
import { SafeText } from '../shared/SafeText';

/** The toolbar popup: scanning starts when it opens; then counts, top rules and the three actions. */
export function PopupApp() {
  // Whole by default: every page of a paged table; "This page only" is the user's choice.
  const [request, setRequest] = useState<ScanRequest>({ tableId: null, pageOnly: false });
  const state = usePageScan(request);
  const actions: ScanActions = {
    pickTable: (tableId) => setRequest({ tableId, pageOnly: false }),
    readAllPages: (tableId) => setRequest({ tableId, pageOnly: false }),
    readPageOnly: (tableId) => setRequest({ tableId, pageOnly: true }),
  };
  return (
    <main class="popup" aria-live="polite">
      <h1>Customs Preflight</h1>
      <PopupBody state={state} actions={actions} />
    </main>
  );
}

interface ScanActions {
  pickTable(tableId: string): void;
  /** Check the table again, walking every page of its pager. */
  readAllPages(tableId: string): void;
  /** Check only the page the pager shows. */
  readPageOnly(tableId: string): void;
}

function PopupBody({ state, actions }: { state: PageScanState; actions: ScanActions }) {
  const onPickTable = actions.pickTable;
  switch (state.step) {
    case 'connecting':
      return <p>Looking for a catalog table on this page…</p>;
    case 'failed':
      return (
        <p role="alert" class="error">
          <SafeText text={state.message} />
        </p>
      );
    case 'no-table':
      return (
        <>
          {state.unreadableGrid ? (
            <p class="unreadable-grid">
              <SafeText text={state.unreadableGrid} />
            </p>
          ) : (
            <p>
              No table was found on this page. Open the page that shows the entry lines or catalog, then press the button again, or copy
              the cells (with their header row) and paste them here.
            </p>
          )}
          <PasteCheck />
        </>
      );
    case 'scanning':
      return (
        <>
          <TablePicker tables={state.tables} current={state.table.tableId} onPick={onPickTable} />
          <ReadingProgress tabId={state.tab.id} scanId={state.scanId} phase={state.phase} done={state.done} total={state.total} />
        </>
      );
    case 'done':
      return (
        <ScanDone
          state={state}
          onPickTable={onPickTable}
          onReadAllPages={() => actions.readAllPages(state.table.tableId)}
          onReadPageOnly={() => actions.readPageOnly(state.table.tableId)}
        />
      );
  }
}

function TablePicker({ tables, current, onPick }: { tables: Extract<PageScanState, { step: 'done' }>['tables']; current: string; onPick: (id: string) => void }) {
  if (tables.length < 2) return <p class="table-name">
        <SafeText text={tables[0]?.label} />
      </p>;
  return (
    <label>
      Table{' '}
      <select value={current} onChange={(event) => onPick((event.target as HTMLSelectElement).value)}>
        {tables.map((table) => (
          <option key={table.tableId} value={table.tableId}>
            {revealHidden(table.label)}
          </option>
        ))}
      </select>
    </label>
  );
}

function ScanDone({
  state,
  onPickTable,
  onReadAllPages,
  onReadPageOnly,
}: {
  state: Extract<PageScanState, { step: 'done' }>;
  onPickTable: (id: string) => void;
  onReadAllPages: () => void;
  onReadPageOnly: () => void;
}) {
  const [marks, setMarks] = useState<MarksOutcome | 'drawing' | null>(state.marks);
  // The marks are drawn after the verdict: their outcome arrives while this is shown.
  useEffect(() => setMarks(state.marks), [state.marks]);
  const report = useStoredReport(state.scan.id);
  const summary = state.scan.summary!;
  const firstAction = useRef<HTMLButtonElement>(null);
  // Keyboard first: once the verdict is in, Enter opens the results and Tab walks the other actions.
  useEffect(() => firstAction.current?.focus(), []);
  const show = async () => {
    const reply = await showScanMarks(state.tab.id, state.scan.id).catch((error: unknown) => ({ ok: false as const, error: String(error) }));
    setMarks(reply.ok ? reply : { drawn: 0, unplaced: 0, problem: reply.error });
  };
  return (
    <>
      {report && <ScanReportNotices report={report} />}
      <TablePicker tables={state.tables} current={state.table.tableId} onPick={onPickTable} />
      {/* Rows that sum the lines up ("Total") are read but are no lines: the notice above names them. */}
      <p class="rows-checked">{plural(state.scan.rowCount - (state.scan.summaryRowCount ?? report?.summaryRows?.length ?? 0), 'row', 'rows')} checked</p>
      {/* What was read and what was not: a scrolled grid, one page of several, a filter hiding rows. */}
      <ReadingNotice reading={state.reading} rowsChecked={state.scan.rowCount} />
      {report ? <ScanVerdict findings={report.findings} rowCount={report.rowCount} partial={state.reading?.complete === false} /> : <SeverityCounts summary={summary} />}
      <AskToSend scanId={state.scan.id} />
      <div class="actions">
        <button type="button" ref={firstAction} class="primary" onClick={() => void openExtensionPage(`/results.html?scan=${state.scan.id}`)}>
          Open results
        </button>
        <button type="button" onClick={() => void show()}>
          Show on page
        </button>
        <button type="button" onClick={() => void clearMarks(state.tab.id)}>
          Clear marks
        </button>
        {state.reading?.paging && !state.reading.paging.allPagesRead && !state.reading.paging.otherPagesOutOfReach && (
          <button type="button" onClick={onReadAllPages}>
            Read all pages
          </button>
        )}
        {state.reading?.paging && state.reading.paging.allPagesRead && (
          <button type="button" onClick={onReadPageOnly}>
            This page only
          </button>
        )}
      </div>
      {marks === 'drawing' && (
        <p role="status" class="marks-drawing">
          Marking the findings on the page…
        </p>
      )}
      {marks !== 'drawing' && marks?.problem && (
        <p role="status" class="marks-problem">
          <SafeText text={marks.problem} />
        </p>
      )}
    </>
  );
}
