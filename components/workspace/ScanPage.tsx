import { useState } from 'preact/hooks';
import type { Session } from '../../lib/workspace/api/people';
import { findingListSchema, type StoredFinding } from '../../lib/workspace/api/scans';
import { queryOf, workspaceApi } from '../../lib/workspace/web/workspace-api';
import { SeverityCounts } from '../shared/SeverityCounts';
import { ApproveForm } from './ApproveForm';
import { attempt, useApiData } from './use-api-data';
import { go } from './use-hash-route';

/** One scan: its summary and its findings, with approve-from-finding for those who may approve. */
export function ScanPage({ scanId, session }: { scanId: string; session: Session }) {
  const [filters, setFilters] = useState({ severity: '', rule: '' });
  const [approving, setApproving] = useState<StoredFinding | null>(null);
  const [error, setError] = useState<string | null>(null);
  const page = useApiData(() => workspaceApi.get(`/api/v1/scans/${scanId}/findings${queryOf({ ...filters, limit: 5000 })}`, findingListSchema), [scanId, filters]);
  const mayApprove = session.permissions.includes('master.approve');
  const mayDelete = session.permissions.includes('scans.delete');

  if (page.error) return <p role="alert" class="error">{page.error}</p>;
  if (!page.data) return <p>Loading…</p>;
  const { scan, findings, total } = page.data;
  const remove = () =>
    confirm(`Delete the scan of ${scan.source} and its ${total} findings?`) &&
    void attempt(() => workspaceApi.send('DELETE', `/api/v1/scans/${scanId}`, null), setError).then((done) => done && go('scans'));

  return (
    <section aria-labelledby="scan-heading">
      <h2 id="scan-heading">{scan.source}</h2>
      <p>
        {scan.importerProfile} · {scan.jurisdiction} · checked {scan.checkDate} · scanned {new Date(scan.scannedAt).toLocaleString()} by{' '}
        {scan.memberName ?? '(removed member)'} · {scan.rowCount} rows
      </p>
      <SeverityCounts summary={scan.counts} />
      <div class="actions">
        <a href="#/scans">All scans</a>
        {mayDelete ? (
          <button type="button" class="danger" onClick={remove}>
            Delete this scan
          </button>
        ) : null}
      </div>
      {error ? <p role="alert" class="error">{error}</p> : null}
      <fieldset class="filters">
        <legend>Filter findings</legend>
        <label>
          Severity{' '}
          <select value={filters.severity} onChange={(e) => setFilters({ ...filters, severity: (e.target as HTMLSelectElement).value })}>
            <option value="">All</option>
            <option value="error">Errors</option>
            <option value="warning">Warnings</option>
            <option value="info">Notes</option>
          </select>
        </label>
        <label>
          Rule <input type="search" value={filters.rule} onChange={(e) => setFilters({ ...filters, rule: (e.target as HTMLInputElement).value })} />
        </label>
      </fieldset>
      <p aria-live="polite">
        {findings.length} of {total} findings shown
      </p>
      {approving ? <ApproveForm scanId={scanId} finding={approving} onDone={() => setApproving(null)} /> : null}
      <div class="table-scroll">
        <table class="findings">
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Part number</th>
              <th scope="col">Severity</th>
              <th scope="col">Rule</th>
              <th scope="col">Column</th>
              <th scope="col">Value</th>
              <th scope="col">Problem</th>
              {mayApprove ? <th scope="col">Master</th> : null}
            </tr>
          </thead>
          <tbody>
            {findings.map((finding) => (
              <tr key={finding.id}>
                <td>{finding.row ?? ''}</td>
                <td class="cell-value">{finding.partNumber ?? ''}</td>
                <td class={`severity ${finding.severity}`}>{finding.severity}</td>
                <td>{finding.ruleId}</td>
                <td>{finding.column ?? ''}</td>
                <td class="cell-value">{finding.value ?? ''}</td>
                <td>
                  {finding.message}
                  {finding.fix ? <div class="fix">Fix: {finding.fix}</div> : null}
                </td>
                {mayApprove ? (
                  <td>
                    {finding.partNumber ? (
                      <button type="button" onClick={() => setApproving(finding)} aria-label={`Approve a classification for ${finding.partNumber}`}>
                        Approve…
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
