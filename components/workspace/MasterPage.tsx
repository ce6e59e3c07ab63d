import { useState } from 'preact/hooks';
import { masterHistorySchema, masterImportResultSchema, masterListSchema } from '../../lib/workspace/api/master';
import type { Session } from '../../lib/workspace/api/people';
import { queryOf, workspaceApi } from '../../lib/workspace/web/workspace-api';
import { FilePicker } from '../shared/FilePicker';
import { attempt, useApiData } from './use-api-data';

const describe = (c: { tariffCode: string; countryOfOrigin: string | null; unit: string | null } | null) =>
  c ? [c.tariffCode, c.countryOfOrigin, c.unit].filter(Boolean).join(' · ') : '(none)';

/** The approved classification per part number, its import from CSV, and who changed what. */
export function MasterPage({ session }: { session: Session }) {
  const [partNumber, setPartNumber] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const entries = useApiData(() => workspaceApi.get(`/api/v1/master${queryOf({ partNumber, limit: 1000 })}`, masterListSchema), [partNumber]);
  const history = useApiData(() => workspaceApi.get(`/api/v1/master-history${queryOf({ partNumber, limit: 50 })}`, masterHistorySchema), [partNumber]);

  const importFile = (file: File) =>
    void attempt(async () => {
      const result = await workspaceApi.request('POST', '/api/v1/master/import', masterImportResultSchema, { csv: await file.text() });
      setMessage({ text: `${file.name}: ${result.imported} classifications imported, ${result.unchanged} unchanged.`, error: false });
      entries.reload();
      history.reload();
    }, (text) => setMessage({ text, error: true }));

  return (
    <section aria-labelledby="master-heading">
      <h2 id="master-heading">Classification master</h2>
      <label>
        Part number <input type="search" value={partNumber} onChange={(e) => setPartNumber((e.target as HTMLInputElement).value)} />
      </label>
      {session.permissions.includes('master.approve') ? (
        <FilePicker label="Import a master CSV" accept=".csv,text/csv" onFile={importFile} />
      ) : null}
      {message ? <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : undefined}>{message.text}</p> : null}
      {entries.error ? <p role="alert" class="error">{entries.error}</p> : null}
      <div class="table-scroll">
        <table class="findings master">
          <thead>
            <tr>
              <th scope="col">Part number</th>
              <th scope="col">Territory</th>
              <th scope="col">Tariff code</th>
              <th scope="col">Origin</th>
              <th scope="col">Unit</th>
              <th scope="col">Approved by</th>
              <th scope="col">When</th>
              <th scope="col">From scan</th>
            </tr>
          </thead>
          <tbody>
            {entries.data?.entries.map((entry) => (
              <tr key={entry.id}>
                <td class="cell-value">{entry.partNumber}</td>
                <td>{entry.jurisdiction}</td>
                <td class="cell-value">{entry.tariffCode}</td>
                <td>{entry.countryOfOrigin ?? ''}</td>
                <td>{entry.unit ?? ''}</td>
                <td>{entry.approvedBy ?? ''}</td>
                <td>{new Date(entry.approvedAt).toLocaleString()}</td>
                <td>{entry.sourceScanId ? <a href={`#/scans/${entry.sourceScanId}`}>scan</a> : 'CSV import'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Change history</h3>
      <ol class="history">
        {history.data?.changes.map((change) => (
          <li key={change.id}>
            {new Date(change.changedAt).toLocaleString()} · {change.changedBy ?? 'someone'} ({change.how}) · <span class="cell-value">{change.partNumber}</span>:{' '}
            {describe(change.before)} → {describe(change.after)}
          </li>
        ))}
      </ol>
    </section>
  );
}
