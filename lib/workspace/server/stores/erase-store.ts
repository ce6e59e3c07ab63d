import type { SqlClient } from '../database/sql-client';

/** Deletes the organization's data rows (scan findings go with their scans); what is left is who may sign in and the audit log. */
export async function eraseOrganizationData(client: SqlClient): Promise<{ scans: number; masterEntries: number; uploadTokens: number }> {
  const scans = (await client.query('DELETE FROM scans RETURNING id')).length;
  const masterEntries = (await client.query('DELETE FROM master_entries RETURNING id')).length;
  await client.query('DELETE FROM master_changes');
  const uploadTokens = (await client.query('DELETE FROM upload_tokens RETURNING id')).length;
  await client.query('DELETE FROM sign_in_links WHERE used_at IS NOT NULL OR expires_at < now()');
  return { scans, masterEntries, uploadTokens };
}
