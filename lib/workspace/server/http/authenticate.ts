import type { Context } from 'hono';
import type { ScopedDatabase } from '../database/scoped-database';
import { recordAudit } from '../stores/audit-store';
import { findMember } from '../stores/members-store';
import { findSession } from '../stores/sessions-store';
import { findUploadToken, findUploadTokenById, markUploadTokenUsed } from '../stores/upload-tokens-store';
import type { Caller } from './endpoint';
import { HttpError } from './http-error';
import { readSessionCookie } from './session-cookie';

const UNAUTHENTICATED = new HttpError(401, 'unauthenticated', 'Sign in to the workspace first, or send an upload token as "Authorization: Bearer …".');

/**
 * Who is calling: an upload token in the Authorization header, else the session cookie. Each
 * credential is looked up by its hash alone (the only row that scope reveals), then the member
 * is read inside the credential's organization.
 */
export async function authenticate(http: Context, database: ScopedDatabase, uploadTokenAllowed: boolean): Promise<Caller> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(http.req.header('authorization') ?? '')?.[1];
  if (bearer !== undefined) return callerOfToken(database, bearer, uploadTokenAllowed);
  const cookie = readSessionCookie(http);
  if (cookie === undefined) throw UNAUTHENTICATED;
  const session = await findSession(database, cookie);
  if (!session) throw new HttpError(401, 'session-expired', 'Your session has ended. Sign in again.');
  const member = await database.forOrganization(session.organizationId, (client) => findMember(client, session.memberId));
  if (!member) throw new HttpError(401, 'session-expired', 'Your membership was removed. Ask an admin of your organization.');
  return {
    organizationId: session.organizationId,
    member,
    via: { kind: 'session', sessionId: session.id, csrfToken: session.csrfToken },
    actor: { kind: 'member', id: member.id, name: member.displayName },
  };
}

async function callerOfToken(database: ScopedDatabase, secret: string, uploadTokenAllowed: boolean): Promise<Caller> {
  const holder = await findUploadToken(database, secret);
  if (!holder) throw new HttpError(401, 'invalid-token', 'This upload token is unknown or was revoked. Create a new one in the workspace (Members and tokens).');
  if (!uploadTokenAllowed) {
    throw new HttpError(403, 'token-scope', 'Upload tokens may only upload scans (POST /api/v1/scans) and read the classification master (GET /api/v1/master). Sign in to the workspace for anything else.');
  }
  return database.forOrganization(holder.organizationId, async (client) => {
    const member = await findMember(client, holder.memberId);
    const token = await findUploadTokenById(client, holder.tokenId);
    if (!member || !token) throw new HttpError(401, 'invalid-token', 'This upload token belongs to a removed member.');
    const actor = { kind: 'upload-token' as const, id: holder.tokenId, name: `${member.displayName} (token "${token.name}")` };
    await markUploadTokenUsed(client, holder.tokenId);
    await recordAudit(client, holder.organizationId, actor, { action: 'token.use', objectType: 'upload-token', objectId: holder.tokenId });
    return { organizationId: holder.organizationId, member, via: { kind: 'upload-token', tokenId: holder.tokenId }, actor };
  });
}
