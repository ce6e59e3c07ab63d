import { z } from 'zod';
import { sessionSchema, signInMethodsSchema, signInRequestSchema } from '../../api/people';
import { PERMISSIONS_OF_ROLE } from '../../api/roles';
import type { ScopedDatabase } from '../database/scoped-database';
import { type Endpoint, protectedEndpoint, publicEndpoint } from '../http/endpoint';
import { HttpError } from '../http/http-error';
import { clearSessionCookie, setSessionCookie } from '../http/session-cookie';
import { type Actor, recordAudit } from '../stores/audit-store';
import { type MemberRecord, findMember, publicMember } from '../stores/members-store';
import { organizationSettings } from '../stores/organizations-store';
import { createSession, endSession } from '../stores/sessions-store';
import { redeemSignInLink } from '../stores/sign-in-links-store';
import type { Context } from 'hono';
import type { WorkspaceConfig } from '../workspace-config';

export type SessionAnswer = z.infer<typeof sessionSchema>;

function sessionAnswer(member: MemberRecord, organization: { id: string; name: string }, csrfToken: string): SessionAnswer {
  return { member: publicMember(member), organization, permissions: [...PERMISSIONS_OF_ROLE[member.role]], csrfToken };
}

/**
 * Start a browser session for a member whose identity was proven (sign-in link or single sign-on),
 * with its audit event, and set the cookie. Shared by both ways of signing in.
 */
export async function beginSession(
  http: Context,
  config: WorkspaceConfig,
  database: ScopedDatabase,
  organizationId: string,
  memberId: string,
  method: 'sign-in-link' | 'single-sign-on',
): Promise<SessionAnswer> {
  const { answer, secret, expiresAt } = await database.forOrganization(organizationId, async (client) => {
    const member = await findMember(client, memberId);
    if (!member) throw new HttpError(401, 'sign-in-failed', 'This member was removed from the organization.');
    const organization = await organizationSettings(client);
    const session = await createSession(client, organizationId, memberId);
    const actor: Actor = { kind: 'member', id: member.id, name: member.displayName };
    await recordAudit(client, organizationId, actor, { action: 'sign-in', objectType: 'member', objectId: member.id, detail: { method } });
    return { answer: sessionAnswer(member, { id: organization.id, name: organization.name }, session.csrfToken), ...session };
  });
  setSessionCookie(http, config, secret, expiresAt);
  return answer;
}

const methods = publicEndpoint({
  method: 'get',
  path: '/api/v1/auth/methods',
  tag: 'Sign-in',
  summary: 'How people sign in here: single sign-on when an OpenID Connect issuer is configured, and one-time sign-in links.',
  access: 'public',
  response: signInMethodsSchema,
  async handle({ http, config }) {
    return http.json({ singleSignOn: config.oidc !== null });
  },
});

const signIn = publicEndpoint({
  method: 'post',
  path: '/api/v1/auth/sign-in',
  tag: 'Sign-in',
  summary: 'Sign in with the secret of a one-time sign-in link; sets the session cookie.',
  access: 'public',
  body: signInRequestSchema,
  response: sessionSchema,
  statuses: { 401: 'The link is unknown, used or expired' },
  async handle({ http, body, config, database }) {
    const redemption = await redeemSignInLink(database, body.token);
    if (!redemption.ok) {
      if (redemption.organizationId !== null) {
        const organizationId = redemption.organizationId;
        await database.forOrganization(organizationId, (client) =>
          recordAudit(client, organizationId, { kind: 'system', id: null, name: null }, { action: 'sign-in-failed', detail: { reason: redemption.reason } }),
        );
      }
      throw new HttpError(401, 'sign-in-failed', redemption.reason);
    }
    return http.json(await beginSession(http, config, database, redemption.organizationId, redemption.memberId, 'sign-in-link'));
  },
});

const session = protectedEndpoint({
  method: 'get',
  path: '/api/v1/session',
  tag: 'Sign-in',
  summary: 'Who is signed in, their permissions, and the CSRF token to send with state-changing requests.',
  access: 'signed-in',
  response: sessionSchema,
  async handle({ http, caller, inOrganization }) {
    if (caller.via.kind !== 'session') throw new HttpError(403, 'token-scope', 'Upload tokens have no session.');
    const csrfToken = caller.via.csrfToken;
    const organization = await inOrganization(organizationSettings);
    return http.json(sessionAnswer(caller.member, { id: organization.id, name: organization.name }, csrfToken));
  },
});

const signOut = protectedEndpoint({
  method: 'post',
  path: '/api/v1/auth/sign-out',
  tag: 'Sign-in',
  summary: 'End this browser session.',
  access: 'signed-in',
  response: { kind: 'no-content' },
  statuses: { 204: 'Signed out' },
  async handle({ http, config, caller, inOrganization, audit }) {
    const via = caller.via;
    if (via.kind === 'session') {
      await inOrganization(async (client) => {
        await endSession(client, via.sessionId);
        await audit(client, { action: 'sign-out', objectType: 'member', objectId: caller.member.id });
      });
    }
    clearSessionCookie(http, config);
    return http.body(null, 204);
  },
});

export const SESSION_ENDPOINTS: Endpoint[] = [methods, signIn, session, signOut];
