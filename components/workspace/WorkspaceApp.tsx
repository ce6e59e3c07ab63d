import { useEffect, useState } from 'preact/hooks';
import { type Session, sessionSchema } from '../../lib/workspace/api/people';
import type { Permission } from '../../lib/workspace/api/roles';
import { WorkspaceApiError, workspaceApi } from '../../lib/workspace/web/workspace-api';
import { AuditPage } from './AuditPage';
import { MasterPage } from './MasterPage';
import { PeoplePage } from './PeoplePage';
import { PlotsPage } from './PlotsPage';
import { ScanPage } from './ScanPage';
import { ScansPage } from './ScansPage';
import { SettingsPage } from './SettingsPage';
import { SignIn } from './SignIn';
import { useHashRoute } from './use-hash-route';

const PAGES: { route: string; label: string; permission: Permission | null }[] = [
  { route: 'scans', label: 'Scans', permission: 'scans.read' },
  { route: 'plots', label: 'Plots', permission: 'scans.read' },
  { route: 'master', label: 'Classification master', permission: 'master.read' },
  { route: 'people', label: 'Members and tokens', permission: null },
  { route: 'audit', label: 'Audit log', permission: 'audit.read' },
  { route: 'settings', label: 'Retention and deletion', permission: null },
];

/** The team workspace: signed in, a page per task; signed out, the sign-in page. */
export function WorkspaceApp() {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const route = useHashRoute();

  useEffect(() => {
    if (/^#sign-in/.test(location.hash)) return setSession(null);
    workspaceApi.get('/api/v1/session', sessionSchema).then(setSession, (error: unknown) => {
      if (!(error instanceof WorkspaceApiError && error.status === 401)) console.error(error);
      setSession(null);
    });
  }, []);
  useEffect(() => {
    workspaceApi.csrfToken = session?.csrfToken ?? null;
  }, [session]);

  if (session === undefined) return <p class="workspace">Loading…</p>;
  if (session === null) return <SignIn onSignedIn={setSession} />;

  const may = (permission: Permission) => session.permissions.includes(permission);
  const [page = 'scans', id] = route;
  const signOut = async () => {
    await workspaceApi.send('POST', '/api/v1/auth/sign-out', null).catch(() => {});
    setSession(null);
  };
  return (
    <div class="workspace">
      <header class="workspace-header">
        <h1>{session.organization.name}</h1>
        <nav aria-label="Workspace">
          {PAGES.filter((p) => p.permission === null || may(p.permission)).map((p) => (
            <a key={p.route} href={`#/${p.route}`} aria-current={page === p.route ? 'page' : undefined}>
              {p.label}
            </a>
          ))}
        </nav>
        <p class="who">
          {session.member.displayName} ({session.member.role}){' '}
          <button type="button" onClick={signOut}>
            Sign out
          </button>
        </p>
      </header>
      <main>
        {page === 'scans' && id ? <ScanPage scanId={id} session={session} /> : null}
        {page === 'scans' && !id ? <ScansPage /> : null}
        {page === 'plots' ? <PlotsPage /> : null}
        {page === 'master' ? <MasterPage session={session} /> : null}
        {page === 'people' ? <PeoplePage session={session} /> : null}
        {page === 'audit' ? <AuditPage /> : null}
        {page === 'settings' ? <SettingsPage session={session} /> : null}
      </main>
    </div>
  );
}
