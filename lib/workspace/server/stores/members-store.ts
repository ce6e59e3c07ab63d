import { randomUUID } from 'node:crypto';
import type { Member } from '../../api/people';
import type { Role } from '../../api/roles';
import type { SqlClient } from '../database/sql-client';
import { isoTime } from './rows';

interface MemberRow {
  id: string;
  organization_id: string;
  email: string;
  display_name: string;
  role: Role;
  sso_identity: string | null;
  created_at: Date;
}

export interface MemberRecord extends Member {
  organizationId: string;
}

const COLUMNS = 'id, organization_id, email, display_name, role, sso_identity, created_at';

function toMember(row: MemberRow): MemberRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    singleSignOn: row.sso_identity !== null,
    createdAt: isoTime(row.created_at),
  };
}

/** The public shape, without the organization id the API never needs to repeat. */
export function publicMember({ organizationId: _organizationId, ...member }: MemberRecord): Member {
  return member;
}

export class MemberExistsError extends Error {}

export async function addMember(client: SqlClient, organizationId: string, member: { email: string; displayName: string; role: Role }): Promise<MemberRecord> {
  const existing = await client.query('SELECT 1 FROM members WHERE email = $1', [member.email.toLowerCase()]);
  if (existing.length > 0) throw new MemberExistsError(`${member.email} is already a member of this organization.`);
  const [row] = await client.query<MemberRow>(
    `INSERT INTO members (id, organization_id, email, display_name, role) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
    [randomUUID(), organizationId, member.email.toLowerCase(), member.displayName, member.role],
  );
  return toMember(row!);
}

export async function listMembers(client: SqlClient): Promise<MemberRecord[]> {
  return (await client.query<MemberRow>(`SELECT ${COLUMNS} FROM members ORDER BY display_name, email`)).map(toMember);
}

export async function findMember(client: SqlClient, memberId: string): Promise<MemberRecord | null> {
  const [row] = await client.query<MemberRow>(`SELECT ${COLUMNS} FROM members WHERE id = $1`, [memberId]);
  return row ? toMember(row) : null;
}

export async function changeMemberRole(client: SqlClient, memberId: string, role: Role): Promise<MemberRecord | null> {
  const [row] = await client.query<MemberRow>(`UPDATE members SET role = $2 WHERE id = $1 RETURNING ${COLUMNS}`, [memberId, role]);
  return row ? toMember(row) : null;
}

export async function removeMember(client: SqlClient, memberId: string): Promise<boolean> {
  return (await client.query('DELETE FROM members WHERE id = $1 RETURNING id', [memberId])).length > 0;
}

export async function ownerCount(client: SqlClient): Promise<number> {
  const [row] = await client.query<{ owners: number }>("SELECT count(*)::int AS owners FROM members WHERE role = 'owner'");
  return row?.owners ?? 0;
}

/**
 * The members a verified single sign-on identity may sign in as, across organizations: those
 * already linked to it, else those with its verified email (the scope's lookup policy shows only these).
 */
export async function membersOfIdentity(client: SqlClient): Promise<MemberRecord[]> {
  return (await client.query<MemberRow>(`SELECT ${COLUMNS} FROM members ORDER BY sso_identity NULLS LAST, created_at`)).map(toMember);
}

export async function linkSingleSignOn(client: SqlClient, memberId: string, identity: string): Promise<void> {
  await client.query('UPDATE members SET sso_identity = $2 WHERE id = $1 AND sso_identity IS NULL', [memberId, identity]);
}
