import { useEffect, useState } from 'preact/hooks';
import { eraseResultSchema, organizationSettingsSchema } from '../../lib/workspace/api/organization';
import type { Session } from '../../lib/workspace/api/people';
import { workspaceApi } from '../../lib/workspace/web/workspace-api';
import { attempt, useApiData } from './use-api-data';

/** How long scans are kept, the export of everything, and deleting everything. */
export function SettingsPage({ session }: { session: Session }) {
  const settings = useApiData(() => workspaceApi.get('/api/v1/organization', organizationSettingsSchema), []);
  const [retentionDays, setRetentionDays] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const may = (permission: Parameters<Session['permissions']['includes']>[0]) => session.permissions.includes(permission);
  useEffect(() => {
    if (settings.data) setRetentionDays(String(settings.data.retentionDays));
  }, [settings.data]);
  const fail = (text: string) => setNotice({ text, error: true });

  const saveRetention = (event: Event) => {
    event.preventDefault();
    void attempt(async () => {
      const saved = await workspaceApi.send('PATCH', '/api/v1/organization', organizationSettingsSchema, { retentionDays: Number(retentionDays) });
      setNotice({ text: `Scans are now kept ${saved.retentionDays} days; older ones are deleted by the daily job.`, error: false });
      settings.reload();
    }, fail);
  };
  const erase = (event: Event) => {
    event.preventDefault();
    void attempt(async () => {
      const erased = await workspaceApi.send('POST', '/api/v1/organization/erase', eraseResultSchema, { confirmOrganizationName: confirmation });
      setNotice({ text: `Deleted ${erased.scans} scans, ${erased.masterEntries} master entries and ${erased.uploadTokens} upload tokens.`, error: false });
      setConfirmation('');
    }, fail);
  };

  return (
    <section aria-labelledby="settings-heading" class="options">
      <h2 id="settings-heading">Retention and deletion</h2>
      {notice ? <p role={notice.error ? 'alert' : 'status'} class={notice.error ? 'error' : 'notice'}>{notice.text}</p> : null}
      <form class="inline-form" onSubmit={saveRetention} aria-label="Retention">
        <label>
          Keep scans for{' '}
          <input type="number" min={1} max={3650} required disabled={!may('organization.settings')} value={retentionDays} onInput={(e) => setRetentionDays((e.target as HTMLInputElement).value)} />{' '}
          days
        </label>
        {may('organization.settings') ? <button type="submit">Save retention</button> : null}
      </form>
      {may('organization.export') ? (
        <p>
          <a class="button" href="/api/v1/export" download>
            Export everything (ZIP of JSON and CSV)
          </a>
        </p>
      ) : null}
      {may('organization.erase') ? (
        <form onSubmit={erase} aria-label="Delete all data">
          <fieldset class="locked">
            <legend>Delete all of the organization’s data</legend>
            <p>Deletes every scan, finding, master entry and upload token. Members and the audit log stay.</p>
            <label>
              Type the organization’s name ({settings.data?.name}) to confirm{' '}
              <input value={confirmation} onInput={(e) => setConfirmation((e.target as HTMLInputElement).value)} />
            </label>{' '}
            <button type="submit" class="danger" disabled={confirmation !== settings.data?.name}>
              Delete all data
            </button>
          </fieldset>
        </form>
      ) : null}
    </section>
  );
}
