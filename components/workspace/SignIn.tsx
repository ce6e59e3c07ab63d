import { useEffect, useState } from 'preact/hooks';
import { sessionSchema, signInMethodsSchema, type Session } from '../../lib/workspace/api/people';
import { workspaceApi } from '../../lib/workspace/web/workspace-api';

/** The secret of a sign-in link, or an error from single sign-on, as the server put them in the fragment. */
function fragmentValue(name: string): string | null {
  const match = new RegExp(`^#${name}=(.+)$`).exec(location.hash);
  return match ? decodeURIComponent(match[1]!) : null;
}

/** Sign in with single sign-on (when the server has a provider) or by opening a one-time link. */
export function SignIn({ onSignedIn }: { onSignedIn(session: Session): void }) {
  const [singleSignOn, setSingleSignOn] = useState(false);
  const [error, setError] = useState<string | null>(fragmentValue('sign-in-error'));
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void workspaceApi.get('/api/v1/auth/methods', signInMethodsSchema).then((methods) => setSingleSignOn(methods.singleSignOn), () => {});
    const token = fragmentValue('sign-in');
    if (!token) return;
    // The secret leaves the address bar (and the history) before anything else happens.
    history.replaceState(null, '', `${location.pathname}#/scans`);
    setBusy(true);
    workspaceApi
      .send('POST', '/api/v1/auth/sign-in', sessionSchema, { token })
      .then(onSignedIn, (failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)))
      .finally(() => setBusy(false));
  }, []);

  return (
    <main class="workspace sign-in">
      <h1>Customs Preflight team workspace</h1>
      {busy ? <p>Signing in…</p> : null}
      {error ? (
        <p role="alert" class="error">
          {error}
        </p>
      ) : null}
      {singleSignOn ? (
        <p>
          <a class="button" href="/api/v1/auth/oidc/start">
            Sign in with your organization’s account
          </a>
        </p>
      ) : null}
      <p>Or open the one-time sign-in link an admin of your organization gave you (the first owner’s link is printed when the workspace first starts).</p>
    </main>
  );
}
