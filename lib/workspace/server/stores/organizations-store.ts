import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { organizationSettingsSchema } from '../../api/organization';
import type { ScopedDatabase } from '../database/scoped-database';
import type { SqlClient } from '../database/sql-client';
import { addMember } from './members-store';
import { isoTime } from './rows';
import { createSignInLink } from './sign-in-links-store';

export type OrganizationSettings = z.infer<typeof organizationSettingsSchema>;

export interface NewOrganization {
  organizationId: string;
  ownerId: string;
  /** The owner's one-time sign-in secret (see sign-in-links-store). */
  ownerSignInSecret: string;
  expiresAt: string;
}

/**
 * Create an organization with its owner and the owner's one-time sign-in secret. Runs as the
 * app role scoped to the new organization, so even creation passes the row-level policies.
 */
export async function createOrganization(database: ScopedDatabase, name: string, owner: { email: string; displayName: string }): Promise<NewOrganization> {
  const organizationId = randomUUID();
  return database.forOrganization(organizationId, (client) => createOrganizationIn(client, organizationId, name, owner));
}

/**
 * On a workspace's first start, its first organization; null when there is one already. The
 * advisory lock keeps two servers starting together on one database from creating two.
 */
export async function createFirstOrganization(database: ScopedDatabase, name: string, owner: { email: string; displayName: string }): Promise<NewOrganization | null> {
  const organizationId = randomUUID();
  return database.forOrganization(organizationId, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock(hashtext('customs-preflight-workspace-first-start'))");
    const [existing] = await client.query('SELECT id FROM organization_directory LIMIT 1');
    return existing ? null : createOrganizationIn(client, organizationId, name, owner);
  });
}

async function createOrganizationIn(client: SqlClient, organizationId: string, name: string, owner: { email: string; displayName: string }): Promise<NewOrganization> {
  await client.query('INSERT INTO organization_directory (id) VALUES ($1)', [organizationId]);
  await client.query('INSERT INTO organizations (id, name) VALUES ($1, $2)', [organizationId, name]);
  const member = await addMember(client, organizationId, { ...owner, role: 'owner' });
  const link = await createSignInLink(client, organizationId, member.id);
  return { organizationId, ownerId: member.id, ownerSignInSecret: link.secret, expiresAt: link.expiresAt };
}

/** The organizations of this workspace, by id only (the directory holds nothing else). */
export async function organizationIds(database: ScopedDatabase): Promise<string[]> {
  return database.run({}, async (client) => (await client.query<{ id: string }>('SELECT id FROM organization_directory ORDER BY created_at')).map((row) => row.id));
}

interface OrganizationRow {
  id: string;
  name: string;
  retention_days: number;
  created_at: Date;
}

export async function organizationSettings(client: SqlClient): Promise<OrganizationSettings> {
  const [row] = await client.query<OrganizationRow>('SELECT id, name, retention_days, created_at FROM organizations');
  if (!row) throw new Error('The organization of this request is not visible: its app.organization_id is not set.');
  return { id: row.id, name: row.name, retentionDays: row.retention_days, createdAt: isoTime(row.created_at) };
}

export async function changeOrganizationSettings(client: SqlClient, change: { name?: string; retentionDays?: number }): Promise<OrganizationSettings> {
  await client.query('UPDATE organizations SET name = coalesce($1, name), retention_days = coalesce($2, retention_days)', [
    change.name ?? null,
    change.retentionDays ?? null,
  ]);
  return organizationSettings(client);
}
