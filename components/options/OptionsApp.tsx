import { useEffect, useState } from 'preact/hooks';
import { activeProfile } from '../../lib/extension/scan/active-profile';
import { type ImporterProfile, listProfiles, updateProfile } from '../../lib/extension/storage';
import { readPolicy } from '../../lib/extension/browser/read-policy';
import { pageDatabase } from '../../lib/extension/browser/profile-storage';
import { type PolicyReading, profileLockReason } from '../../lib/extension/policy/managed-policy';
import { SafeText } from '../shared/SafeText';
import { AuditLogPanel } from './AuditLogPanel';
import { DataPanel } from './DataPanel';
import type { PanelProps } from './options-context';
import { ProfilesPanel } from './ProfilesPanel';
import { RulesPanel } from './RulesPanel';
import { SitesPanel } from './SitesPanel';
import { TariffDataPanel } from './TariffDataPanel';
import { WorkspacePanel } from './WorkspacePanel';

/** The panels, in the order a new user sets things up; the list at the top links to each. */
const PANELS = [
  { id: 'profiles', title: 'Profiles' },
  { id: 'tariff-data', title: 'Tariff data' },
  { id: 'rules', title: 'Rules' },
  { id: 'sites', title: 'Sites' },
  { id: 'workspace', title: 'Workspace' },
  { id: 'audit', title: 'Audit' },
  { id: 'data', title: 'Data' },
] as const;

/**
 * options.html: importer profiles (a broker files for many importers) and each one's settings,
 * one panel per subject (each its own component, given the same PanelProps).
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

  const panel: PanelProps = {
    active,
    profiles,
    policy,
    locked: profileLockReason(active.name, policy.policy),
    act,
    change: (changes, what) =>
      act(async () => {
        await updateProfile(await pageDatabase(), active.id, changes);
        await reload(active.id);
        return `${what} saved.`;
      }),
    reload,
    setMessage,
    setError,
  };

  return (
    <main class="options">
      <header class="options-header">
        <h1>Customs Preflight — options</h1>
        <nav aria-label="Settings panels">
          <ul>
            {PANELS.map((p) => (
              <li key={p.id}>
                <a href={`#${p.id}`}>{p.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {error && (
        <p role="alert" class="error">
          <SafeText text={error} />
        </p>
      )}
      <p role="status" aria-live="polite" class="options-status">
        <SafeText text={message} />
      </p>
      {policy.problems.map((problem) => (
        <p key={problem} class="error">
          {problem}
        </p>
      ))}
      <div class="panels">
        <ProfilesPanel {...panel} />
        <TariffDataPanel {...panel} />
        <RulesPanel {...panel} />
        <SitesPanel {...panel} />
        <WorkspacePanel {...panel} />
        <section class="panel" id="audit">
          <AuditLogPanel profileId={active.id} policy={policy.policy} refresh={changes} />
        </section>
        <DataPanel {...panel} />
      </div>
    </main>
  );
}
