/**
 * The little the workspace needs from a PostgreSQL driver. PGlite (embedded) and node-postgres
 * (a real server) both speak PostgreSQL with $1 parameters and return `{ rows }`, so the
 * server's SQL is written once and runs unchanged on either; an ORM would add a layer without
 * removing any of it (the row-level-security settings are plain SQL in every transaction).
 */
export interface SqlClient {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface SqlDriver {
  readonly kind: 'pglite' | 'postgres';
  /** Run `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (client: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
