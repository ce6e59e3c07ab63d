import pg from 'pg';
import type { SqlClient, SqlDriver } from './sql-client';

/**
 * A real PostgreSQL server through node-postgres' pool. Each transaction takes one pooled
 * connection; SET LOCAL and set_config(..., true) end with the transaction, so nothing of one
 * request's organization stays on a connection the next request gets.
 */
export async function openPostgresDriver(connectionString: string): Promise<SqlDriver> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle pooled connection the server closes (a restart, a failover, an administrator) is
  // reported as an 'error' event; without a listener Node would end the whole workspace for it.
  // The pool drops that connection and opens a new one for the next transaction.
  pool.on('error', (error) => console.error(`A PostgreSQL connection of the workspace was closed: ${error.message}`));
  // Fail at start, with the server's own message, rather than on the first request.
  const probe = await pool.connect().catch((error: unknown) => {
    throw new Error(`Cannot connect to the PostgreSQL server in --database-url: ${error instanceof Error ? error.message : String(error)}`);
  });
  probe.release();
  return {
    kind: 'postgres',
    async transaction(work) {
      const connection = await pool.connect();
      const client: SqlClient = {
        query: async <Row>(sql: string, params: readonly unknown[] = []) => (await connection.query(sql, [...params])).rows as Row[],
        exec: async (sql) => {
          await connection.query(sql);
        },
      };
      try {
        await connection.query('BEGIN');
        const result = await work(client);
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  };
}
