import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseLocation } from '../../../lib/workspace/server/database/open-database';

/**
 * Where the workspace tests run: always on PGlite (in memory), and on a real PostgreSQL server
 * when WORKSPACE_TEST_DATABASE_URL names one (a superuser URL; .ci/start-postgres.sh prints it).
 * Each run gets a fresh database on that server, dropped afterwards.
 */
export const POSTGRES_URL = process.env.WORKSPACE_TEST_DATABASE_URL;
export type Backend = 'pglite' | 'postgres';

/**
 * How long opening a database may take in a test's beforeAll: PGlite compiles its WebAssembly and
 * runs initdb, seconds alone and much longer on a machine busy with other builds.
 */
export const WORKSPACE_START_MS = 120_000;
/** A test's own time: some walk every endpoint for every role through the real database. */
export const WORKSPACE_TEST_MS = 60_000;

export const BACKENDS: Backend[] = POSTGRES_URL ? ['pglite', 'postgres'] : ['pglite'];
if (!POSTGRES_URL) {
  console.log('Workspace tests on a real PostgreSQL server skipped: WORKSPACE_TEST_DATABASE_URL is not set (.ci/run sets it with .ci/start-postgres.sh).');
}

export interface TestDatabase {
  location: DatabaseLocation;
  /** A superuser connection string to the fresh database (postgres only), for raw SQL tests. */
  url: string | null;
  drop(): Promise<void>;
}

export async function freshDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === 'pglite') return { location: { kind: 'pglite', dataDir: undefined }, url: null, drop: async () => {} };
  const name = `cp_workspace_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_URL!);
  url.pathname = `/${name}`;
  return {
    location: { kind: 'postgres', url: url.href },
    url: url.href,
    async drop() {
      const cleanup = new pg.Client({ connectionString: POSTGRES_URL });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
