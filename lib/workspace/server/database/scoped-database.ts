import type { SqlClient, SqlDriver } from './sql-client';

/** The role every query of the server runs as (see migrations/001_app_role.sql). */
export const APP_ROLE = 'customs_preflight_app';

/**
 * What a transaction may see under row-level security. `organizationId` scopes everything to
 * one organization; the others reveal one credential's or one verified identity's rows so the
 * server can find out which organization a request belongs to.
 */
export interface Scope {
  organizationId?: string;
  credentialHash?: string;
  verifiedIdentity?: string;
  verifiedEmail?: string;
}

const SETTINGS: Record<keyof Scope, string> = {
  organizationId: 'app.organization_id',
  credentialHash: 'app.credential_hash',
  verifiedIdentity: 'app.verified_identity',
  verifiedEmail: 'app.verified_email',
};

export interface ScopedDatabase {
  readonly kind: SqlDriver['kind'];
  /** A transaction as the app role, with the scope's settings for this transaction only. */
  run<T>(scope: Scope, work: (client: SqlClient) => Promise<T>): Promise<T>;
  /** Shorthand for the common case: everything of one organization. */
  forOrganization<T>(organizationId: string, work: (client: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function scopedDatabase(driver: SqlDriver): ScopedDatabase {
  const run = <T>(scope: Scope, work: (client: SqlClient) => Promise<T>) =>
    driver.transaction(async (client) => {
      // SET LOCAL ends with the transaction: the next transaction on this connection starts as
      // the connecting role again and must set its own scope.
      await client.exec(`SET LOCAL ROLE ${APP_ROLE}`);
      for (const [key, setting] of Object.entries(SETTINGS) as [keyof Scope, string][]) {
        const value = scope[key];
        if (value !== undefined) await client.query('SELECT set_config($1, $2, true)', [setting, value]);
      }
      return work(client);
    });
  return {
    kind: driver.kind,
    run,
    forOrganization: (organizationId, work) => run({ organizationId }, work),
    close: () => driver.close(),
  };
}
