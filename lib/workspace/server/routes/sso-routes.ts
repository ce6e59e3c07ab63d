import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { ScopedDatabase } from '../database/scoped-database';
import { type Endpoint, publicEndpoint } from '../http/endpoint';
import { HttpError } from '../http/http-error';
import type { OidcSignIn, VerifiedIdentity } from '../sso/oidc-sign-in';
import { linkSingleSignOn, membersOfIdentity } from '../stores/members-store';
import type { WorkspaceConfig } from '../workspace-config';
import { beginSession } from './session-routes';

export const SSO_CALLBACK_PATH = '/api/v1/auth/oidc/callback';
/**
 * Binds a sign-in to the browser that started it (against login CSRF). SameSite=Lax, because the
 * provider's redirect back is a cross-site top-level navigation that Strict cookies would miss.
 */
const STATE_COOKIE = 'cp_workspace_sso_state';

/** Errors of a browser navigation go back to the web app, which shows them (never an API error page). */
function backToApp(http: Context, message: string): Response {
  return http.redirect(`/#sign-in-error=${encodeURIComponent(message)}`, 303);
}

/** The member this identity signs in as: one already linked to it, else the one with its verified email. */
async function memberFor(database: ScopedDatabase, verified: VerifiedIdentity): Promise<{ organizationId: string; memberId: string }> {
  const candidates = await database.run(
    { verifiedIdentity: verified.identity, ...(verified.verifiedEmail ? { verifiedEmail: verified.verifiedEmail } : {}) },
    membersOfIdentity,
  );
  const organizations = new Set(candidates.map((member) => member.organizationId));
  if (candidates.length === 0) {
    throw new HttpError(403, 'not-a-member', `${verified.verifiedEmail ?? 'This account'} is not a member of any organization here. Ask an admin to add you${verified.verifiedEmail ? '' : ' (and make sure your identity provider shares a verified email address)'}.`);
  }
  if (organizations.size > 1) throw new HttpError(409, 'several-organizations', 'Your identity belongs to members of several organizations here; ask an admin to remove the one you do not use.');
  const member = candidates[0]!;
  await database.forOrganization(member.organizationId, (client) => linkSingleSignOn(client, member.id, verified.identity));
  return { organizationId: member.organizationId, memberId: member.id };
}

export function ssoEndpoints(signIn: OidcSignIn | null): Endpoint[] {
  const start = publicEndpoint({
    method: 'get',
    path: '/api/v1/auth/oidc/start',
    tag: 'Sign-in',
    summary: 'Start single sign-on: redirects to the organization’s OpenID Connect provider.',
    access: 'public',
    response: { kind: 'redirect' },
    statuses: { 302: 'To the identity provider', 404: 'No identity provider is configured' },
    async handle({ http, config }) {
      if (!signIn) throw new HttpError(404, 'sso-off', 'Single sign-on is not configured on this workspace; use a sign-in link.');
      try {
        const { url, state } = await signIn.start();
        setCookie(http, STATE_COOKIE, state, { httpOnly: true, sameSite: 'Lax', secure: config.secureCookies, path: SSO_CALLBACK_PATH, maxAge: 600 });
        return http.redirect(url, 302);
      } catch (error) {
        return backToApp(http, error instanceof Error ? error.message : String(error));
      }
    },
  });
  const callback = publicEndpoint({
    method: 'get',
    path: SSO_CALLBACK_PATH,
    tag: 'Sign-in',
    summary: 'Where the identity provider sends the person back; sets the session cookie and opens the web app.',
    access: 'public',
    response: { kind: 'redirect' },
    statuses: { 303: 'To the web app, signed in or with the reason why not' },
    async handle({ http, config, database }) {
      if (!signIn) throw new HttpError(404, 'sso-off', 'Single sign-on is not configured on this workspace.');
      const browserState = getCookie(http, STATE_COOKIE);
      deleteCookie(http, STATE_COOKIE, { path: SSO_CALLBACK_PATH, secure: config.secureCookies, sameSite: 'Lax', httpOnly: true });
      try {
        const callbackUrl = new URL(http.req.url.replace(/^[^?]*/, `${config.publicOrigin}${SSO_CALLBACK_PATH}`));
        const verified = await signIn.finish(callbackUrl, browserState);
        const { organizationId, memberId } = await memberFor(database, verified);
        await beginSession(http, config, database, organizationId, memberId, 'single-sign-on');
        return http.redirect('/', 303);
      } catch (error) {
        return backToApp(http, error instanceof Error ? error.message : String(error));
      }
    },
  });
  return [start, callback];
}

export function ssoRedirectUri(config: WorkspaceConfig): string {
  return `${config.publicOrigin}${SSO_CALLBACK_PATH}`;
}
