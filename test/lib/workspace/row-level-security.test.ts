import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../lib/workspace/server/database/migrate';
import { openPgliteDriver } from '../../../lib/workspace/server/database/pglite-driver';
import { openPostgresDriver } from '../../../lib/workspace/server/database/postgres-driver';
import { APP_ROLE, scopedDatabase } from '../../../lib/workspace/server/database/scoped-database';
import type { SqlClient, SqlDriver } from '../../../lib/workspace/server/database/sql-client';
import { createOrganization } from '../../../lib/workspace/server/stores/organizations-store';
import { storeScan } from '../../../lib/workspace/server/stores/scans-store';
import { tinyUpload } from '../../support/workspace/sample-scans';
import { BACKENDS, type TestDatabase, WORKSPACE_START_MS, WORKSPACE_TEST_MS, freshDatabase } from '../../support/workspace/test-database';


/**
 * Isolation proven in SQL, as the server's role, below the API: what the database itself refuses,
 * whatever a future query in the server gets wrong.
 */
describe.each(BACKENDS)('row-level security in raw SQL as the server role (%s)', { timeout: WORKSPACE_TEST_MS }, (backend) => {
  let testDatabase: TestDatabase;
  let driver: SqlDriver;
  let orgA: string;
  let orgB: string;
  let scanB: string;
  /** Every table that holds an organization's data: `organizations` and all with an organization_id, found in the catalog so a new table cannot be forgotten. */
  let tenantTables: string[];

  /** A transaction as the app role with exactly these settings, nothing else of the server in between. */
  const asAppRole = <T>(settings: Record<string, string>, work: (client: SqlClient) => Promise<T>) =>
    driver.transaction(async (client) => {
      await client.exec(`SET LOCAL ROLE ${APP_ROLE}`);
      for (const [name, value] of Object.entries(settings)) await client.query('SELECT set_config($1, $2, true)', [name, value]);
      return work(client);
    });

  beforeAll(async () => {
    testDatabase = await freshDatabase(backend);
    driver = testDatabase.location.kind === 'pglite' ? await openPgliteDriver(undefined) : await openPostgresDriver(testDatabase.location.url);
    await migrate(driver);
    const database = scopedDatabase(driver);
    orgA = (await createOrganization(database, 'Alpha Brokers', { email: 'owner@alpha.test', displayName: 'A' })).organizationId;
    const b = await createOrganization(database, 'Beta Imports', { email: 'owner@beta.test', displayName: 'B' });
    orgB = b.organizationId;
    const upload = tinyUpload([{ ruleId: 'hts-format', severity: 'error', row: 1, partNumber: 'B-1' }]);
    scanB = upload.scanId;
    await database.forOrganization(orgB, (client) => storeScan(client, orgB, b.ownerId, upload));
    tenantTables = (
      await driver.transaction((client) =>
        client.query<{ table_name: string }>(
          "SELECT DISTINCT table_name FROM information_schema.columns WHERE table_schema = 'public' AND (column_name = 'organization_id' OR table_name = 'organizations') ORDER BY 1",
        ),
      )
    ).map((row) => row.table_name);
    expect(tenantTables).toEqual(expect.arrayContaining(['organizations', 'members', 'scans', 'findings', 'audit_events', 'scan_part_counts']));
  }, WORKSPACE_START_MS);
  afterAll(async () => {
    await driver?.close();
    await testDatabase?.drop();
  });

  it('the server role is neither superuser nor owner of any table nor allowed to bypass row-level security', async () => {
    const [role] = await driver.transaction((client) =>
      client.query<{ rolsuper: boolean; rolbypassrls: boolean; rolcanlogin: boolean }>('SELECT rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = $1', [APP_ROLE]),
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcanlogin: false });
    const tables = await driver.transaction((client) =>
      client.query<{ relname: string; owner: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
        `SELECT c.relname, pg_get_userbyid(c.relowner) AS owner, c.relrowsecurity, c.relforcerowsecurity
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r'`,
      ),
    );
    for (const name of tenantTables) {
      expect(tables.find((t) => t.relname === name), name).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
    }
    expect(tables.filter((t) => t.owner === APP_ROLE)).toEqual([]);
    const [me] = await asAppRole({}, (client) => client.query<{ current_user: string }>('SELECT current_user'));
    expect(me!.current_user).toBe(APP_ROLE);
  });

  it('with no organization set, nothing of any tenant table is visible', async () => {
    for (const table of tenantTables) {
      const [row] = await asAppRole({}, (client) => client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`));
      expect(row!.n, table).toBe(0);
    }
  });

  it('with another organization set, none of its rows are visible, and its own are', async () => {
    const seenByA = await asAppRole({ 'app.organization_id': orgA }, (client) =>
      client.query<{ scans: number; findings: number; organizations: number; other: number }>(
        `SELECT (SELECT count(*)::int FROM scans) AS scans, (SELECT count(*)::int FROM findings) AS findings,
                (SELECT count(*)::int FROM organizations) AS organizations,
                (SELECT count(*)::int FROM members WHERE organization_id = $1) AS other`,
        [orgB],
      ),
    );
    expect(seenByA[0]).toEqual({ scans: 0, findings: 0, organizations: 1, other: 0 });
    const seenByB = await asAppRole({ 'app.organization_id': orgB }, (client) => client.query<{ n: number }>('SELECT count(*)::int AS n FROM findings'));
    expect(seenByB[0]!.n).toBe(1);
  });

  it('a write into another organization’s rows is refused or touches nothing', async () => {
    await expect(
      asAppRole({ 'app.organization_id': orgA }, (client) =>
        client.query(`INSERT INTO master_entries (id, organization_id, jurisdiction, part_number, tariff_code) VALUES (gen_random_uuid(), $1, 'US', 'X', '8471300100')`, [orgB]),
      ),
    ).rejects.toThrow(/row-level security/);
    const changed = await asAppRole({ 'app.organization_id': orgA }, async (client) => [
      ...(await client.query('UPDATE scans SET importer_profile = $2 WHERE id = $1 RETURNING id', [scanB, 'stolen'])),
      ...(await client.query('DELETE FROM findings WHERE scan_id = $1 RETURNING ordinal', [scanB])),
    ]);
    expect(changed).toEqual([]);
    // Moving one's own row into another organization is refused as well.
    await expect(
      asAppRole({ 'app.organization_id': orgB }, (client) => client.query('UPDATE scans SET organization_id = $1 WHERE id = $2', [orgA, scanB])),
    ).rejects.toThrow(/row-level security|foreign key/);
    const [still] = await asAppRole({ 'app.organization_id': orgB }, (client) => client.query<{ importer_profile: string }>('SELECT importer_profile FROM scans WHERE id = $1', [scanB]));
    expect(still!.importer_profile).toBe('Acme Imports');
  });

  it('the organization set in one transaction does not carry over to the next on the same connection', async () => {
    await asAppRole({ 'app.organization_id': orgB }, (client) => client.query('SELECT 1'));
    const [row] = await asAppRole({}, (client) => client.query<{ n: number }>('SELECT count(*)::int AS n FROM scans'));
    expect(row!.n).toBe(0);
  });
});
