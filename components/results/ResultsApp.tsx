import { useCallback, useEffect, useState } from 'preact/hooks';
import type { MappingOverrides } from '../../lib/core/mapping/column-mapping';
import { issuesCsv } from '../../lib/core/report/issues-csv';
import { issuesJson } from '../../lib/core/report/issues-export';
import { isZipFile, listWorkbookSheets } from '../../lib/core/read/xlsx/read-xlsx';
import { type AcceptedFix, replacementValue } from '../../lib/core/report/replacement-fixes';
import type { Finding } from '../../lib/core/model/finding';
import { checkCatalogFile, rerunScan, showScanMarks } from '../../lib/extension/browser/worker-client';
import { bringScannedPageToFront } from '../../lib/extension/browser/page-tab';
import { markFocusFor } from '../../lib/extension/scan/page-marks';
import { ruleById } from '../../lib/core/rules/registry';
import { plural } from '../../lib/core/report/wording';
import { RulesSkipped } from './RulesSkipped';
import { ScanPlots } from './ScanPlots';
import { siteOf } from '../../lib/extension/scan/scan-options';
import type { ImporterProfile, ProfileStore, ScanInfo } from '../../lib/extension/storage';
import type { ValidationReport } from '../../lib/core/validate';
import { exportPermission, type ManagedPolicy } from '../../lib/extension/policy/managed-policy';
import { downloadFile } from '../../lib/extension/browser/download-file';
import { readPolicy } from '../../lib/extension/browser/read-policy';
import { activeProfileStore } from '../../lib/extension/browser/profile-storage';
import { ScheduleNotice } from '../shared/ScheduleNotice';
import { SummaryRowsNotice } from '../shared/SummaryRowsNotice';
import { SeverityCounts } from '../shared/SeverityCounts';
import { FileCheck, SheetChoice } from './FileCheck';
import { FindingsTable } from './FindingsTable';
import { MappingEditor } from './MappingEditor';
import { ScanList } from './ScanList';
import { revealHidden } from '../../lib/core/report/safe-text';
import { SafeText } from '../shared/SafeText';
import { ScanSyncState } from '../shared/ScanSyncState';

interface OpenScan {
  scan: ScanInfo;
  report: ValidationReport | null;
  headers: string[];
}

/**
 * results.html: the scans of the active importer profile and the full issue list of one.
 * `?scan=<id>` opens that scan, `?scan=latest` the newest, so the page can be linked and bookmarked.
 */
export function ResultsApp() {
  const [store, setStore] = useState<ProfileStore | null>(null);
  const [profile, setProfile] = useState<ImporterProfile | null>(null);
  const [scans, setScans] = useState<ScanInfo[]>([]);
  const [open, setOpen] = useState<OpenScan | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [policy, setPolicy] = useState<ManagedPolicy>({});
  /** True once the scan asked for in the address is shown (or known not to exist). */
  const [ready, setReady] = useState(false);
  /** A picked workbook with several sheets, waiting for the filer to say which one. */
  const [workbook, setWorkbook] = useState<{ name: string; bytes: Uint8Array; sheets: string[] } | null>(null);
  /** The open scan's accepted fixes. */
  const [accepted, setAccepted] = useState<AcceptedFix[]>([]);

  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));

  const openScan = useCallback(async (profileStore: ProfileStore, scanId: string | null) => {
    const list = await profileStore.listScans();
    setScans(list);
    const id = scanId === 'latest' || scanId === null ? list[0]?.id : scanId;
    if (!id) return setOpen(null);
    if (!list.some((scan) => scan.id === id)) {
      // A link or bookmark to a deleted, expired or other profile's scan: say so, show the list.
      setOpen(null);
      throw new Error('That scan is not in this importer profile: it was deleted, expired, or belongs to another profile.');
    }
    const { scan, report } = await profileStore.getScan(id);
    setOpen({ scan, report, headers: await profileStore.readScanHeaders(id) });
    setAccepted(await profileStore.fixes.accepted(id));
    const url = new URL(location.href);
    url.searchParams.set('scan', id);
    history.replaceState(null, '', url);
    await profileStore.audit.record({ action: 'view-results', object: id });
  }, []);

  useEffect(() => {
    (async () => {
      const profileStore = await activeProfileStore();
      setStore(profileStore);
      setProfile(await profileStore.profile());
      setPolicy((await readPolicy()).policy);
      await openScan(profileStore, new URLSearchParams(location.search).get('scan'));
    })()
      .catch(fail)
      .finally(() => setReady(true));
  }, [openScan]);

  if (!store || !profile)
    return (
      <main class="results">
        {error ? (
          <p role="alert">
            <SafeText text={error} />
          </p>
        ) : (
          <p>Loading results…</p>
        )}
      </main>
    );

  const act = (work: () => Promise<void>) => {
    setError('');
    setStatus('');
    work().catch(fail);
  };

  const exporting = exportPermission(policy);
  const exportAs = (format: 'json' | 'csv') =>
    act(async () => {
      if (!open?.report) return;
      const stamp = open.scan.createdAt.slice(0, 10);
      if (format === 'json') downloadFile(`customs-preflight-issues-${stamp}.json`, issuesJson(open.report), 'application/json');
      else downloadFile(`customs-preflight-issues-${stamp}.csv`, issuesCsv(open.report.findings), 'text/csv');
      await store.audit.record({ action: 'export', object: `${open.scan.id}.${format}` });
      setStatus(`Exported ${format.toUpperCase()}.`);
    });

  const deleteOpenScan = () =>
    act(async () => {
      if (!open || !confirm('Delete this scan and its findings?')) return;
      await store.deleteScan(open.scan.id);
      setStatus('Scan deleted.');
      await openScan(store, 'latest');
    });

  const deleteAll = () =>
    act(async () => {
      if (!confirm(`Delete all scans of ${revealHidden(profile.name)}?`)) return;
      const count = await store.deleteAllScans();
      setStatus(`${plural(count, 'scan', 'scans')} deleted.`);
      await openScan(store, null);
    });

  const rerun = async (overrides: MappingOverrides) => {
    if (!open) return;
    await rerunScan(open.scan.id, overrides);
    setProfile(await store.profile());
    await openScan(store, open.scan.id);
    setStatus('Re-run with the corrected mapping.');
  };

  const checkBytes = (name: string, bytes: Uint8Array, sheet?: string) =>
    act(async () => {
      setWorkbook(null);
      setStatus(`Checking ${name}${sheet ? `, sheet "${sheet}"` : ''}…`);
      try {
        const scan = await checkCatalogFile({ name, bytes, sheet });
        await openScan(store, scan.id);
      } catch (e) {
        // The error says what went wrong; "Checking…" must not stay above it.
        setStatus('');
        throw e;
      }
      setStatus(`${name} checked.`);
    });

  const checkFile = (file: File) =>
    act(async () => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const sheets = isZipFile(bytes) ? listWorkbookSheets(bytes, file.name) : [];
      if (sheets.length > 1) setWorkbook({ name: file.name, bytes, sheets });
      else checkBytes(file.name, bytes);
    });

  const sameFix = (fix: AcceptedFix, finding: Finding) =>
    fix.row === finding.row && fix.ruleId === finding.ruleId && fix.old === (finding.value ?? '') && fix.new === finding.fix;
  const fixActions = open && {
    canAccept: (finding: Finding) => replacementValue(finding) !== null,
    isAccepted: (finding: Finding) => accepted.some((fix) => sameFix(fix, finding)),
    accept: (finding: Finding) =>
      act(async () => {
        setAccepted(await store.fixes.acceptFinding(open.scan.id, finding));
        setStatus(`Fix accepted: row ${finding.row}, ${finding.column ?? ''} → ${finding.fix}.`);
      }),
    acceptRule: (ruleId: string) =>
      act(async () => {
        const before = accepted.length;
        const next = await store.fixes.acceptRule(open.scan.id, ruleId);
        setAccepted(next);
        const added = next.length - before;
        setStatus(`${added} ${added === 1 ? 'fix' : 'fixes'} of "${ruleById(ruleId)?.title ?? ruleId}" accepted.`);
      }),
  };

  const exportFixed = (what: 'catalog' | 'change log') =>
    act(async () => {
      if (!open) return;
      const fixed = await store.fixes.buildFixedCatalog(open.scan.id);
      if (what === 'catalog') downloadFile(fixed.fileName, new Uint8Array(fixed.bytes), fixed.mimeType);
      else downloadFile(fixed.changeLogName, fixed.changeLog, 'text/csv');
      await store.audit.record({ action: 'export', object: `${open.scan.id}.${what === 'catalog' ? 'fixed' : 'changes'}` });
      const left = fixed.skipped.length > 0 ? ` ${fixed.skipped.length} not applied: ${fixed.skipped.map((s) => s.reason).join('; ')}.` : '';
      setStatus(`Exported ${what === 'catalog' ? fixed.fileName : fixed.changeLogName} (${fixed.changes.length} ${fixed.changes.length === 1 ? 'cell' : 'cells'} changed).${left}`);
    });

  const showOnPage = (finding: Finding) =>
    act(async () => {
      if (!open?.report || source?.kind !== 'page' || finding.row === null) return;
      const tabId = await bringScannedPageToFront(source.url);
      if (tabId === null) throw new Error(`The page of this scan is not open any more (${revealHidden(source.url)}). Open it, press the toolbar button, then Show on page again.`);
      const reply = await showScanMarks(tabId, open.scan.id, markFocusFor(open.report, { ...finding, row: finding.row }));
      if (!reply.ok) throw new Error(reply.error);
      setStatus(reply.focused === false ? `Row ${finding.row} is not among the marks the page could draw.` : `Row ${finding.row} shown on the page.`);
    });

  const source = open?.scan.source;
  return (
    <main class="results" data-ready={ready ? 'true' : 'false'}>
      <header>
        <h1>Customs Preflight — results</h1>
        <p>
          Importer profile:{' '}
          <strong>
            <SafeText text={profile.name} />
          </strong> ({profile.jurisdiction}) · <a href="/options.html">Options</a>
        </p>
      </header>
      {error && (
        <p role="alert" class="error">
          <SafeText text={error} />
        </p>
      )}
      <p role="status" aria-live="polite">
        <SafeText text={status} />
      </p>
      <div class="results-layout">
        <aside>
          <FileCheck onFile={checkFile} />
          {workbook && (
            <SheetChoice fileName={workbook.name} sheets={workbook.sheets} onCheck={(sheet) => checkBytes(workbook.name, workbook.bytes, sheet)} onCancel={() => setWorkbook(null)} />
          )}
          <ScanList scans={scans} openId={open?.scan.id ?? null} onOpen={(id) => act(() => openScan(store, id))} />
          <button type="button" disabled={scans.length === 0} onClick={deleteAll}>
            Delete all
          </button>
        </aside>
        <div class="scan-detail">
          {!open && <p>No scans yet. Press the toolbar button on a page with a catalog table, or check a file.</p>}
          {open && source && (
            <>
              <h2 class="scan-title">
                <SafeText text={source.kind === 'page' ? source.title || source.url : source.fileName} />
              </h2>
              <p class="scan-meta">
                <SafeText text={source.kind === 'page' ? source.url : 'File'} /> · {new Date(open.scan.createdAt).toLocaleString()} · {plural(open.scan.rowCount, 'row', 'rows')}
              </p>
              {open.scan.summary && <SeverityCounts summary={open.scan.summary} />}
              {open.report && <ScanSyncState store={store} scanId={open.scan.id} policy={policy} />}
              {!exporting.allowed && <p class="locked">{exporting.reason}</p>}
              <div class="actions">
                <button type="button" disabled={!open.report || !exporting.allowed} onClick={() => exportAs('csv')}>
                  Export CSV
                </button>
                <button type="button" disabled={!open.report || !exporting.allowed} onClick={() => exportAs('json')}>
                  Export JSON
                </button>
                <button type="button" disabled={accepted.length === 0 || !exporting.allowed} onClick={() => exportFixed('catalog')}>
                  Export fixed catalog
                </button>
                <button type="button" disabled={accepted.length === 0 || !exporting.allowed} onClick={() => exportFixed('change log')}>
                  Export change log
                </button>
                <button type="button" onClick={deleteOpenScan}>
                  Delete scan
                </button>
              </div>
              {open.report ? (
                <>
                  <ScheduleNotice report={open.report} />
                  <RulesSkipped report={open.report} />
                  <SummaryRowsNotice report={open.report} />
                  <ScanPlots findings={open.report.findings} scans={scans} openId={open.scan.id} />
                  <FindingsTable
                    findings={open.report.findings}
                    actions={{ ...(source.kind === 'page' ? { showOnPage } : {}), ...(fixActions ? { fixes: fixActions } : {}) }}
                  />
                  <MappingEditor
                    key={open.scan.id + open.scan.completedAt}
                    report={open.report}
                    headers={open.headers}
                    site={source.kind === 'page' ? siteOf(source.url) : null}
                    onRerun={rerun}
                  />
                </>
              ) : (
                <p>This scan is still being read.</p>
              )}
            </>
          )}
        </div>
      </div>
    </main>
  );
}
