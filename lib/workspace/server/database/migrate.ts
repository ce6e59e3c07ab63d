import { readdirSync, readFileSync } from 'node:fs';
import { MIGRATIONS_DIR } from '../asset-paths';
import type { SqlDriver } from './sql-client';


/** The numbered SQL files, in order. */
export function migrationFiles(): string[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((name) => /^\d{3}_[a-z0-9_]+\.sql$/.test(name))
    .sort();
}

/**
 * Apply the migrations not applied yet, as the connecting (owner) role, at every start. One
 * transaction under an advisory lock, so two servers starting together do not both migrate and
 * a failing file leaves the schema as it was.
 */
export async function migrate(driver: SqlDriver): Promise<string[]> {
  return driver.transaction(async (owner) => {
    await owner.query("SELECT pg_advisory_xact_lock(hashtext('customs-preflight-workspace-migrations'))");
    await owner.exec('CREATE TABLE IF NOT EXISTS workspace_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await owner.query<{ name: string }>('SELECT name FROM workspace_migrations')).map((row) => row.name));
    const applied: string[] = [];
    for (const name of migrationFiles()) {
      if (done.has(name)) continue;
      try {
        await owner.exec(readFileSync(`${MIGRATIONS_DIR}${name}`, 'utf8'));
      } catch (error) {
        throw new Error(`Workspace migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      await owner.query('INSERT INTO workspace_migrations (name) VALUES ($1)', [name]);
      applied.push(name);
    }
    return applied;
  });
}
