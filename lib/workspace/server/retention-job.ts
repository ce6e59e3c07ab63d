import type { ScopedDatabase } from './database/scoped-database';
import { SYSTEM_ACTOR, recordAudit } from './stores/audit-store';
import { organizationIds } from './stores/organizations-store';
import { deleteScansOlderThanRetention } from './stores/scans-store';

const DAY_MS = 24 * 3600_000;

/**
 * Delete every organization's scans older than its retention (rows, not flags; findings go
 * with them), one organization per transaction under its own row-level scope, and record it.
 */
export async function runRetention(database: ScopedDatabase): Promise<number> {
  let deleted = 0;
  for (const organizationId of await organizationIds(database)) {
    deleted += await database.forOrganization(organizationId, async (client) => {
      const scans = await deleteScansOlderThanRetention(client);
      if (scans > 0) await recordAudit(client, organizationId, SYSTEM_ACTOR, { action: 'retention.delete', objectType: 'scan', detail: { scans } });
      return scans;
    });
  }
  return deleted;
}

/** Once at start, then daily. The timer does not keep the process alive on its own. */
export function startRetentionJob(database: ScopedDatabase, onError: (error: unknown) => void): () => void {
  const run = () => void runRetention(database).catch(onError);
  run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
