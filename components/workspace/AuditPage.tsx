import { useState } from 'preact/hooks';
import { AUDIT_ACTIONS, auditListSchema } from '../../lib/workspace/api/audit';
import { queryOf, workspaceApi } from '../../lib/workspace/web/workspace-api';
import { useApiData } from './use-api-data';

/** Who did what to which object, newest first. */
export function AuditPage() {
  const [action, setAction] = useState('');
  const log = useApiData(() => workspaceApi.get(`/api/v1/audit${queryOf({ action, limit: 500 })}`, auditListSchema), [action]);
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit log</h2>
      <label>
        Action{' '}
        <select value={action} onChange={(e) => setAction((e.target as HTMLSelectElement).value)}>
          <option value="">All</option>
          {AUDIT_ACTIONS.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      {log.error ? <p role="alert" class="error">{log.error}</p> : null}
      <div class="table-scroll">
        <table class="findings audit">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Object</th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {log.data?.events.map((event) => (
              <tr key={event.id}>
                <td>{new Date(event.at).toLocaleString()}</td>
                <td>{event.actor.name ?? event.actor.kind}</td>
                <td>{event.action}</td>
                <td class="cell-value">{event.objectType ? `${event.objectType} ${event.objectId ?? ''}` : ''}</td>
                <td>
                  {Object.entries(event.detail)
                    .map(([key, value]) => `${key}: ${String(value)}`)
                    .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
