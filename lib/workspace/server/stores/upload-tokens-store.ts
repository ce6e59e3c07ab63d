import { randomUUID } from 'node:crypto';
import type { UploadToken } from '../../api/people';
import type { ScopedDatabase } from '../database/scoped-database';
import type { SqlClient } from '../database/sql-client';
import { isoTime, isoTimeOrNull } from './rows';
import { newSecret, secretHash, secretPrefix } from './secrets';

interface TokenRow {
  id: string;
  name: string;
  member_id: string;
  member_name: string;
  prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const SELECT_TOKENS = `SELECT t.id, t.name, t.member_id, m.display_name AS member_name, t.prefix, t.created_at, t.last_used_at, t.revoked_at
  FROM upload_tokens t JOIN members m ON m.id = t.member_id`;

function toToken(row: TokenRow): UploadToken {
  return {
    id: row.id,
    name: row.name,
    memberId: row.member_id,
    memberName: row.member_name,
    prefix: row.prefix,
    createdAt: isoTime(row.created_at),
    lastUsedAt: isoTimeOrNull(row.last_used_at),
    revokedAt: isoTimeOrNull(row.revoked_at),
  };
}

export async function createUploadToken(client: SqlClient, organizationId: string, memberId: string, name: string): Promise<{ token: UploadToken; secret: string }> {
  const secret = newSecret('upload');
  const id = randomUUID();
  await client.query('INSERT INTO upload_tokens (id, organization_id, member_id, name, prefix, token_hash) VALUES ($1, $2, $3, $4, $5, $6)', [
    id,
    organizationId,
    memberId,
    name,
    secretPrefix(secret),
    secretHash(secret),
  ]);
  const [row] = await client.query<TokenRow>(`${SELECT_TOKENS} WHERE t.id = $1`, [id]);
  return { token: toToken(row!), secret };
}

/** One member's tokens, or everyone's (memberId null) for those who manage members. */
export async function listUploadTokens(client: SqlClient, memberId: string | null): Promise<UploadToken[]> {
  return (await client.query<TokenRow>(`${SELECT_TOKENS} WHERE ($1::uuid IS NULL OR t.member_id = $1) ORDER BY t.created_at DESC`, [memberId])).map(toToken);
}

export async function findUploadTokenById(client: SqlClient, tokenId: string): Promise<UploadToken | null> {
  const [row] = await client.query<TokenRow>(`${SELECT_TOKENS} WHERE t.id = $1`, [tokenId]);
  return row ? toToken(row) : null;
}

/** Revoked, not deleted: the list keeps showing when it was last used and when it stopped working. */
export async function revokeUploadToken(client: SqlClient, tokenId: string): Promise<void> {
  await client.query('UPDATE upload_tokens SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1', [tokenId]);
}

export interface TokenHolder {
  tokenId: string;
  organizationId: string;
  memberId: string;
}

/** The live token a bearer secret names, or null (unknown or revoked). */
export async function findUploadToken(database: ScopedDatabase, secret: string): Promise<TokenHolder | null> {
  const hash = secretHash(secret);
  const [row] = await database.run({ credentialHash: hash }, (client) =>
    client.query<{ id: string; organization_id: string; member_id: string }>(
      'SELECT id, organization_id, member_id FROM upload_tokens WHERE token_hash = $1 AND revoked_at IS NULL',
      [hash],
    ),
  );
  return row ? { tokenId: row.id, organizationId: row.organization_id, memberId: row.member_id } : null;
}

export async function markUploadTokenUsed(client: SqlClient, tokenId: string): Promise<void> {
  await client.query('UPDATE upload_tokens SET last_used_at = now() WHERE id = $1', [tokenId]);
}
