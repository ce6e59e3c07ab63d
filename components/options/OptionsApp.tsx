import { useEffect, useState } from 'preact/hooks';
import { JURISDICTIONS, type Jurisdiction } from '../../lib/core/model/jurisdiction';
import { RULES } from '../../lib/core/rules/registry';
import { readScheduleText } from '../../lib/core/schedule/read-schedule';
import { activeProfile } from '../../lib/extension/scan/active-profile';
import {
  createProfile,
  deleteEverything,
  deleteProfile,
  type ImporterProfile,
  listProfiles,
  openProfileStore,
  RETENTION_DAYS,
  updateProfile,
  writeSetting,
} from '../../lib/extension/storage';
import { readPolicy } from '../../lib/extension/browser/read-policy';
import { pageDatabase } from '../../lib/extension/browser/profile-storage';
import { type PolicyReading, profileLockReason } from '../../lib/extension/policy/managed-policy';
import { FilePicker } from '../shared/FilePicker';
import { AuditLogPanel } from './AuditLogPanel';
import { AutoScanSites } from './AutoScanSites';
import { revealHidden } from '../../lib/core/report/safe-text';
import { SafeText } from '../shared/SafeText';

/**
 * options.html: importer profiles (a broker files for many importers) and each one's settings:
 * jurisdiction, rules, retention, tariff schedule, per-site column mappings.
 */
export function OptionsApp() {
  const [profiles, setProfiles] = useState<ImporterProfile[]>([]);
  const [active, setActive] = useState<ImporterProfile | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [policy, setPolicy] = useState<PolicyReading>({ policy: {}, problems: [] });
  const [changes, setChanges] = useState(0);

  const reload = async (activeId?: string) => {
    const db = await pageDatabase();
    const current = activeId ? (await listProfiles(db)).find((p) => p.id === activeId) : await activeProfile(db);
    setProfiles(await listProfiles(db));
    setActive(current ?? (await activeProfile(db)));
  };
  useEffect(() => {
    reload().catch((e: unknown) => setError(String(e)));
    readPolicy().then(setPolicy, () => {});
  }, []);

  const act = (work: () => Promise<string>) => {
    setError('');
    setMessage('');
    work()
      .then((text) => {
        setMessage(text);
        setChanges((n) => n + 1);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };

  if (!active)
    return (
      <main class="options">
        {error ? (
          <p role="alert">
            <SafeText text={error} />
          </p>
        ) : (
          <p>Loading…</p>
        )}
      </main>
    );

  const locked = profileLockReason(active.name, policy.policy);
  const retentionCap = policy.policy.maxRetentionDays;
  const change = (changes: Parameters<typeof updateProfile>[2], what: string) =>
    act(async () => {
      await updateProfile(await pageDatabase(), active.id, changes);
      await reload(active.id);
      return `${what} saved.`;
    });

  return (
    <main class="options">
      <h1>Customs Preflight — options</h1>
      {error && (
        <p role="alert" class="error">
          <SafeText text={error} />
        </p>
      )}
      <p role="status" aria-live="polite">
        <SafeText text={message} />
      </p>
      {policy.problems.map((problem) => (
        <p key={problem} class="error">
          {problem}
        </p>
      ))}

      <section aria-labelledby="profiles-heading">
        <h2 id="profiles-heading">Importer profiles</h2>
        <p>Each profile has its own settings, tariff schedule, scans and audit log; no page ever shows another profile's data.</p>
        <label>
          Working in{' '}
          <select
            value={active.id}
            onChange={(e) =>
              act(async () => {
                const id = (e.target as HTMLSelectElement).value;
                await writeSetting(await pageDatabase(), 'activeProfileId', id);
                await reload(id);
                return 'Profile switched.';
              })
            }
          >
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {revealHidden(p.name)}
              </option>
            ))}
          </select>
        </label>
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const input = (e.currentTarget as HTMLFormElement).elements.namedItem('newProfile') as HTMLInputElement;
            act(async () => {
              const db = await pageDatabase();
              const created = await createProfile(db, { name: input.value });
              await writeSetting(db, 'activeProfileId', created.id);
              input.value = '';
              await reload(created.id);
              return `Profile "${created.name}" created.`;
            });
          }}
        >
          <label>
            New profile name <input name="newProfile" required maxLength={200} />
          </label>
          <button type="submit">Add profile</button>
        </form>
      </section>

      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">
          Settings of <SafeText text={active.name} />
        </h2>
        {locked && <p class="locked">{locked}</p>}
        <fieldset disabled={locked !== null} class="plain">
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const name = ((e.currentTarget as HTMLFormElement).elements.namedItem('profileName') as HTMLInputElement).value;
            change({ name }, 'Name');
          }}
        >
          <label>
            Name <input name="profileName" defaultValue={active.name} key={active.id} required maxLength={200} />
          </label>
          <button type="submit">Rename</button>
        </form>
        <label>
          Jurisdiction{' '}
          <select value={active.jurisdiction} onChange={(e) => change({ jurisdiction: (e.target as HTMLSelectElement).value as Jurisdiction }, 'Jurisdiction')}>
            {JURISDICTIONS.map((j) => (
              <option key={j} value={j}>
                {j}
              </option>
            ))}
          </select>
        </label>
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const days = Number(((e.currentTarget as HTMLFormElement).elements.namedItem('retention') as HTMLInputElement).value);
            change({ retentionDays: days }, 'Retention');
          }}
        >
          <label>
            Keep scans for (days){' '}
            <input name="retention" type="number" min={RETENTION_DAYS.min} max={RETENTION_DAYS.max} defaultValue={String(active.retentionDays)} key={active.id} required />
          </label>
          <button type="submit">Save retention</button>
        </form>
        {retentionCap !== undefined && retentionCap < active.retentionDays && (
          <p class="locked">Your administrator keeps scans at most {retentionCap} days (enterprise policy "maxRetentionDays"); older scans are deleted.</p>
        )}
        <ScheduleSetting profile={active} onDone={(text) => act(async () => (await reload(active.id), text))} onError={setError} />
        <fieldset>
          <legend>Rules</legend>
          {RULES.map((rule) => {
            const enabled = active.enabledRules === null || active.enabledRules.includes(rule.id);
            return (
              <label key={rule.id} class="rule-toggle">
                <input
                  type="checkbox"
                  checked={enabled}
                  onChange={() => {
                    const current = active.enabledRules ?? RULES.map((r) => r.id);
                    const next = enabled ? current.filter((id) => id !== rule.id) : [...current, rule.id];
                    change({ enabledRules: next.length === RULES.length ? null : next }, 'Rules');
                  }}
                />{' '}
                <code>{rule.id}</code> — {rule.title}
              </label>
            );
          })}
        </fieldset>
        <section aria-labelledby="mappings-heading">
          <h3 id="mappings-heading">Column mappings kept per site</h3>
          {Object.keys(active.siteMappings).length === 0 ? (
            <p>None. Correct a mapping on the results page and it is kept for that site.</p>
          ) : (
            <ul>
              {Object.entries(active.siteMappings).map(([site, mapping]) => (
                <li key={site}>
                  {site}: <SafeText text={Object.entries(mapping).map(([field, header]) => `${field} ← "${header}"`).join(', ')} />{' '}
                  <button
                    type="button"
                    onClick={() => {
                      const { [site]: _removed, ...rest } = active.siteMappings;
                      change({ siteMappings: rest }, 'Mappings');
                    }}
                  >
                    Forget {site}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        </fieldset>
        <button
          type="button"
          class="danger"
          disabled={locked !== null}
          onClick={() =>
            act(async () => {
              if (!confirm(`Delete the profile "${revealHidden(active.name)}" with all its scans, schedule and key?`)) return '';
              await deleteProfile(await pageDatabase(), active.id);
              await reload();
              return 'Profile deleted.';
            })
          }
        >
          Delete profile
        </button>
      </section>

      <AutoScanSites policy={policy.policy} onMessage={setMessage} onError={setError} />

      <AuditLogPanel profileId={active.id} policy={policy.policy} refresh={changes} />

      <section aria-labelledby="erase-heading">
        <h2 id="erase-heading">Delete everything</h2>
        <p>Removes every importer profile, encryption key, scan, schedule, setting and audit entry kept by Customs Preflight in this browser profile.</p>
        <button
          type="button"
          class="danger"
          disabled={(policy.policy.lockedProfiles?.length ?? 0) > 0}
          onClick={() =>
            act(async () => {
              if (!confirm('Delete everything Customs Preflight keeps in this browser?')) return '';
              await deleteEverything(await pageDatabase());
              await reload();
              return 'Everything was deleted.';
            })
          }
        >
          Delete everything
        </button>
      </section>
    </main>
  );
}

/** Load the profile's tariff schedule (ACE HTS PGA report or USITC export). Checked before it is kept. */
function ScheduleSetting({ profile, onDone, onError }: { profile: ImporterProfile; onDone: (message: string) => void; onError: (message: string) => void }) {
  const load = async (file: File) => {
    try {
      const text = await file.text();
      const schedule = readScheduleText(text, file.name);
      const store = await openProfileStore(await pageDatabase(), profile.id);
      await store.saveScheduleFile({ name: file.name, text });
      onDone(`Tariff schedule ${file.name} loaded: ${schedule.lines.size.toLocaleString('en')} lines.`);
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div class="schedule-setting">
      <p>
        Tariff schedule:{' '}
        <SafeText text={profile.schedule ? `${profile.schedule.name} (loaded ${new Date(profile.schedule.savedAt).toLocaleDateString()})` : 'none loaded'} />
      </p>
      <FilePicker label="Load a schedule file" accept=".csv,.json" onFile={(file) => void load(file)} />
    </div>
  );
}
