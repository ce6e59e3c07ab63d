import { randomUUID } from 'node:crypto';
import type { ScopedDatabase } from '../database/scoped-database';
import type { SqlClient } from '../database/sql-client';
import { isoTime } from './rows';
import { newSecret, secretHash } from './secrets';

/** A link works once, within a day: long enough to pass on, short enough not to linger in mailboxes. */
export const SIGN_IN_LINK_HOURS = 24;

export async function createSignInLink(client: SqlClient, organizationId: string, memberId: string): Promise<{ secret: string; expiresAt: string }> {
  const secret = newSecret('link');
  const expiresAt = new Date(Date.now() + SIGN_IN_LINK_HOURS * 3600_000);
  await client.query('INSERT INTO sign_in_links (id, organization_id, member_id, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5)', [
    randomUUID(),
    organizationId,
    memberId,
    secretHash(secret),
    expiresAt,
  ]);
  return { secret, expiresAt: isoTime(expiresAt) };
}

export type Redemption = { ok: true; organizationId: string; memberId: string } | { ok: false; organizationId: string | null; reason: string };

/**
 * Use a sign-in secret: find it by its hash (the only row that scope reveals), then mark it used
 * in its organization. The UPDATE ... WHERE used_at IS NULL makes two simultaneous uses of one
 * link sign in once.
 */
export async function redeemSignInLink(database: ScopedDatabase, secret: string): Promise<Redemption> {
  const hash = secretHash(secret);
  const [link] = await database.run({ credentialHash: hash }, (client) =>
    client.query<{ id: string; organization_id: string; member_id: string; expires_at: Date; used_at: Date | null }>(
      'SELECT id, organization_id, member_id, expires_at, used_at FROM sign_in_links WHERE token_hash = $1',
      [hash],
    ),
  );
  if (!link) return { ok: false, organizationId: null, reason: 'This sign-in link is not valid. Ask an admin of your organization for a new one.' };
  if (link.expires_at.getTime() < Date.now()) return { ok: false, organizationId: link.organization_id, reason: 'This sign-in link has expired. Ask an admin for a new one.' };
  const used = await database.forOrganization(link.organization_id, (client) =>
    client.query('UPDATE sign_in_links SET used_at = now() WHERE id = $1 AND used_at IS NULL RETURNING id', [link.id]),
  );
  if (used.length === 0) return { ok: false, organizationId: link.organization_id, reason: 'This sign-in link was already used. Ask an admin for a new one.' };
  return { ok: true, organizationId: link.organization_id, memberId: link.member_id };
}
