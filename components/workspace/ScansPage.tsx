import { plural } from '../../lib/core/report/wording';
import { useState } from 'preact/hooks';
import { memberListSchema } from '../../lib/workspace/api/people';
import { scanListSchema } from '../../lib/workspace/api/scans';
import { queryOf, workspaceApi } from '../../lib/workspace/web/workspace-api';
import { SeverityCounts } from '../shared/SeverityCounts';
import { useApiData } from './use-api-data';

const EMPTY = { importerProfile: '', memberId: '', from: '', to: '', severity: '', rule: '' };

/** The team's scans, newest first, filtered on the server. */
export function ScansPage() {
  const [filters, setFilters] = useState(EMPTY);
  const scans = useApiData(() => workspaceApi.get(`/api/v1/scans${queryOf({ ...filters, limit: 200 })}`, scanListSchema), [filters]);
  const members = useApiData(() => workspaceApi.get('/api/v1/members', memberListSchema), []);
  const field = (name: keyof typeof EMPTY) => ({
    value: filters[name],
    onChange: (event: Event) => setFilters({ ...filters, [name]: (event.target as HTMLInputElement).value }),
  });

  return (
    <section aria-labelledby="scans-heading">
      <h2 id="scans-heading">Scans</h2>
      <fieldset class="filters">
        <legend>Filter scans</legend>
        <label>
          Importer profile <input type="search" {...field('importerProfile')} />
        </label>
        <label>
          Member{' '}
          <select {...field('memberId')}>
            <option value="">Everyone</option>
            {members.data?.members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.displayName}
              </option>
            ))}
          </select>
        </label>
        <label>
          From <input type="date" {...field('from')} />
        </label>
        <label>
          To <input type="date" {...field('to')} />
        </label>
        <label>
          With{' '}
          <select {...field('severity')}>
            <option value="">any findings</option>
            <option value="error">errors</option>
            <option value="warning">warnings</option>
            <option value="info">notes</option>
          </select>
        </label>
        <label>
          Rule <input type="search" placeholder="e.g. hts-format" {...field('rule')} />
        </label>
      </fieldset>
      {scans.error ? (
        <p role="alert" class="error">
          {scans.error}
        </p>
      ) : null}
      <p aria-live="polite">{scans.data ? plural(scans.data.total, 'scan', 'scans') : 'Loading…'}</p>
      <div class="table-scroll">
        <table class="findings scans">
          <thead>
            <tr>
              <th scope="col">Scanned</th>
              <th scope="col">Importer profile</th>
              <th scope="col">Catalog</th>
              <th scope="col">By</th>
              <th scope="col">Rows</th>
              <th scope="col">Findings</th>
            </tr>
          </thead>
          <tbody>
            {scans.data?.scans.map((scan) => (
              <tr key={scan.id}>
                <td>
                  <a href={`#/scans/${scan.id}`}>{new Date(scan.scannedAt).toLocaleString()}</a>
                </td>
                <td>{scan.importerProfile}</td>
                <td class="cell-value">{scan.source}</td>
                <td>{scan.memberName ?? '(removed member)'}</td>
                <td>{scan.rowCount}</td>
                <td>
                  <SeverityCounts summary={scan.counts} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
