import { useEffect, useState } from 'preact/hooks';
import { exportPermission, type ManagedPolicy } from '../../lib/extension/policy/managed-policy';
import { type AuditChainCheck, type AuditEntry, auditLogCsv, auditLogJson, openProfileStore } from '../../lib/extension/storage';
import { downloadFile } from '../../lib/extension/browser/download-file';
import { pageDatabase } from '../../lib/extension/browser/profile-storage';
import { SafeText } from '../shared/SafeText';

/**
 * The profile's audit log: what was done, when, to which scan or setting (never catalog data),
 * whether its signed (HMAC) chain is intact, and its export.
 */
export function AuditLogPanel({ profileId, policy, refresh }: { profileId: string; policy: ManagedPolicy; refresh: number }) {
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [check, setCheck] = useState<AuditChainCheck | null>(null);

  useEffect(() => {
    (async () => {
      const store = await openProfileStore(await pageDatabase(), profileId);
      setEntries(await store.audit.entries());
      setCheck(await store.audit.verify());
    })().catch(() => setCheck(null));
  }, [profileId, refresh]);

  const permission = exportPermission(policy);
  const save = async (format: 'csv' | 'json') => {
    const store = await openProfileStore(await pageDatabase(), profileId);
    await store.audit.record({ action: 'export', object: `audit-log.${format}` });
    const current = await store.audit.entries();
    if (format === 'csv') downloadFile('customs-preflight-audit-log.csv', auditLogCsv(current), 'text/csv');
    else downloadFile('customs-preflight-audit-log.json', auditLogJson(current), 'application/json');
    setEntries(current);
  };

  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit log</h2>
      <p role="status" class={check && !check.intact ? 'error' : undefined}>
        {check === null
          ? 'Checking the log…'
          : check.intact
            ? `${check.entries} entries; every entry and the end of the log check out against the profile’s audit key.`
            : `The log has been altered: ${check.problem}.`}
      </p>
      <div class="actions">
        <button type="button" disabled={!permission.allowed} onClick={() => void save('csv')}>
          Export audit log CSV
        </button>
        <button type="button" disabled={!permission.allowed} onClick={() => void save('json')}>
          Export audit log JSON
        </button>
      </div>
      {!permission.allowed && <p class="locked">{permission.reason}</p>}
      <div class="table-scroll">
        <table class="findings">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Time</th>
              <th scope="col">Action</th>
              <th scope="col">Object</th>
            </tr>
          </thead>
          <tbody>
            {[...entries].reverse().slice(0, 200).map((entry) => (
              <tr key={entry.seq}>
                <td>{entry.seq}</td>
                <td>{new Date(entry.time).toLocaleString()}</td>
                <td>{entry.action}</td>
                <td>
                  <SafeText text={entry.object} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
