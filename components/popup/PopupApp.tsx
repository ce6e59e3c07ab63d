import { useState } from 'preact/hooks';
import { clearMarks, openExtensionPage } from '../../lib/extension/browser/page-tab';
import { showScanMarks } from '../../lib/extension/browser/worker-client';
import { SeverityCounts } from '../shared/SeverityCounts';
import { PasteCheck } from './PasteCheck';
import { ScanNotices } from './ScanNotices';
import { type PageScanState, type ScanRequest, usePageScan } from './use-page-scan';
import type { MarksOutcome } from '../../lib/extension/messaging/messages';
import { revealHidden } from '../../lib/core/report/safe-text';
import { SafeText } from '../shared/SafeText';

/** The toolbar popup: scanning starts when it opens; then counts, top rules and the three actions. */
export function PopupApp() {
  const [request, setRequest] = useState<ScanRequest>({ tableId: null, allPages: false });
  const state = usePageScan(request);
  const actions: ScanActions = {
    pickTable: (tableId) => setRequest({ tableId, allPages: false }),
    readAllPages: (tableId) => setRequest({ tableId, allPages: true }),
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
          {state.canvasGrid ? (
            <p class="canvas-grid">{state.canvasGrid}</p>
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
          <label class="progress">
            {state.phase === 'validating' ? 'Checking rows' : 'Reading rows'} {state.done.toLocaleString('en')} of {state.total.toLocaleString('en')}
            <progress max={Math.max(state.total, 1)} value={state.done} />
          </label>
        </>
      );
    case 'done':
      return <ScanDone state={state} onPickTable={onPickTable} onReadAllPages={() => actions.readAllPages(state.table.tableId)} />;
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
}: {
  state: Extract<PageScanState, { step: 'done' }>;
  onPickTable: (id: string) => void;
  onReadAllPages: () => void;
}) {
  const [marks, setMarks] = useState<MarksOutcome | null>(state.marks);
  const summary = state.scan.summary!;
  const topRules = Object.entries(summary.byRule).slice(0, 5);
  const show = async () => {
    const reply = await showScanMarks(state.tab.id, state.scan.id).catch((error: unknown) => ({ ok: false as const, error: String(error) }));
    setMarks(reply.ok ? reply : { drawn: 0, unplaced: 0, problem: reply.error });
  };
  return (
    <>
      <ScanNotices scanId={state.scan.id} />
      <TablePicker tables={state.tables} current={state.table.tableId} onPick={onPickTable} />
      <p class="rows-checked">{state.scan.rowCount.toLocaleString('en')} rows checked</p>
      {/* What was read and what was not: a scrolled grid, one page of several, a filter hiding rows. */}
      {state.reading?.note && (
        <p class={state.reading.complete === false ? 'reading-note incomplete' : 'reading-note'} role={state.reading.complete === false ? 'status' : undefined}>
          <SafeText text={state.reading.note} />
        </p>
      )}
      <SeverityCounts summary={summary} />
      {topRules.length > 0 && (
        <ul class="top-rules" aria-label="Most frequent problems">
          {topRules.map(([ruleId, count]) => (
            <li key={ruleId}>
              <code>{ruleId}</code> {count}
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="button" onClick={() => void show()}>
          Show on page
        </button>
        <button type="button" onClick={() => void openExtensionPage(`/results.html?scan=${state.scan.id}`)}>
          Open results
        </button>
        <button type="button" onClick={() => void clearMarks(state.tab.id)}>
          Clear marks
        </button>
        {state.reading?.paging && !state.reading.paging.allPagesRead && (
          <button type="button" onClick={onReadAllPages}>
            Read all pages
          </button>
        )}
      </div>
      {marks?.problem && (
        <p role="status" class="marks-problem">
          <SafeText text={marks.problem} />
        </p>
      )}
    </>
  );
}
