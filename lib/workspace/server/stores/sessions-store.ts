import { randomBytes, randomUUID } from 'node:crypto';
import type { ScopedDatabase } from '../database/scoped-database';
import type { SqlClient } from '../database/sql-client';
import { newSecret, secretHash } from './secrets';

/** A working day and then some; signing in again after that is cheap with single sign-on. */
export const SESSION_HOURS = 12;

export interface NewSession {
  secret: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(client: SqlClient, organizationId: string, memberId: string): Promise<NewSession> {
  const secret = newSecret('session');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await client.query('INSERT INTO sessions (id, organization_id, member_id, token_hash, csrf_token, expires_at) VALUES ($1, $2, $3, $4, $5, $6)', [
    randomUUID(),
    organizationId,
    memberId,
    secretHash(secret),
    csrfToken,
    expiresAt,
  ]);
  return { secret, csrfToken, expiresAt };
}

export interface SessionRecord {
  id: string;
  organizationId: string;
  memberId: string;
  csrfToken: string;
}

/** The live session a cookie names, or null (unknown or expired). */
export async function findSession(database: ScopedDatabase, secret: string): Promise<SessionRecord | null> {
  const hash = secretHash(secret);
  const [row] = await database.run({ credentialHash: hash }, (client) =>
    client.query<{ id: string; organization_id: string; member_id: string; csrf_token: string }>(
      'SELECT id, organization_id, member_id, csrf_token FROM sessions WHERE token_hash = $1 AND expires_at > now()',
      [hash],
    ),
  );
  return row ? { id: row.id, organizationId: row.organization_id, memberId: row.member_id, csrfToken: row.csrf_token } : null;
}

export async function endSession(client: SqlClient, sessionId: string): Promise<void> {
  await client.query('DELETE FROM sessions WHERE id = $1', [sessionId]);
}
