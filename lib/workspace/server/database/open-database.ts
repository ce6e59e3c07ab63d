import { migrate } from './migrate';
import { openPgliteDriver } from './pglite-driver';
import { openPostgresDriver } from './postgres-driver';
import { type ScopedDatabase, scopedDatabase } from './scoped-database';

export type DatabaseLocation = { kind: 'pglite'; dataDir: string | undefined } | { kind: 'postgres'; url: string };

/** Open the workspace database, migrate it as the owner, and hand out app-role transactions only. */
export async function openWorkspaceDatabase(location: DatabaseLocation): Promise<ScopedDatabase> {
  const driver = location.kind === 'pglite' ? await openPgliteDriver(location.dataDir) : await openPostgresDriver(location.url);
  try {
    await migrate(driver);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return scopedDatabase(driver);
}
