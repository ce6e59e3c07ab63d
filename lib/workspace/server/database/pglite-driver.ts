import { PGlite } from '@electric-sql/pglite';
import type { SqlClient, SqlDriver } from './sql-client';

/**
 * The embedded PostgreSQL (PGlite, WebAssembly) in a data folder: a team can try the workspace
 * with no database server. `dataDir` undefined keeps it in memory (tests, benchmarks).
 * PGlite runs one query at a time; its transaction() holds the connection for the whole
 * transaction, so concurrent requests queue instead of interleaving.
 */
export async function openPgliteDriver(dataDir: string | undefined): Promise<SqlDriver> {
  const database = await PGlite.create(dataDir === undefined ? 'memory://' : dataDir);
  return {
    kind: 'pglite',
    transaction: (work) =>
      database.transaction(async (tx) => {
        const client: SqlClient = {
          query: async <Row>(sql: string, params: readonly unknown[] = []) => (await tx.query<Row>(sql, [...params])).rows,
          exec: async (sql) => {
            await tx.exec(sql);
          },
        };
        return work(client);
      }),
    close: () => database.close(),
  };
}
