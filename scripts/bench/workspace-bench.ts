import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { type DatabaseLocation, openWorkspaceDatabase } from '../../lib/workspace/server/database/open-database';
import type { ScopedDatabase } from '../../lib/workspace/server/database/scoped-database';
import type { SqlClient } from '../../lib/workspace/server/database/sql-client';
import { dashboard } from '../../lib/workspace/server/stores/dashboard-store';
import { listFindings } from '../../lib/workspace/server/stores/findings-store';
import { createOrganization } from '../../lib/workspace/server/stores/organizations-store';
import { listScans, storeScan } from '../../lib/workspace/server/stores/scans-store';
import { syntheticUpload } from './synthetic-scans';

/**
 * How the workspace behaves at a busy team's size: ingest SCANS uploads of FINDINGS findings each
 * (1,000 × 2,000 = 2 million findings by default), then time the dashboard's queries. Runs on
 * PGlite (a data folder in /tmp) and, when WORKSPACE_BENCH_DATABASE_URL or
 * WORKSPACE_TEST_DATABASE_URL names a PostgreSQL superuser URL, on a fresh database there.
 * Prints times, not verdicts: a benchmark, not a test.
 *   npm run bench:workspace -- [--scans 1000] [--findings 2000]
 */
const { values } = parseArgs({ options: { scans: { type: 'string', default: '1000' }, findings: { type: 'string', default: '2000' } } });
const SCANS = Number(values.scans);
const FINDINGS = Number(values.findings);
const REPEAT = 3;

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(REPEAT / 2)]!;
}

async function bench(label: string, location: DatabaseLocation): Promise<Record<string, number>> {
  const database: ScopedDatabase = await openWorkspaceDatabase(location);
  const organization = await createOrganization(database, 'Benchmark Brokers', { email: 'bench@example.test', displayName: 'Bench' });
  const inOrganization = <T>(work: (client: SqlClient) => Promise<T>) => database.forOrganization(organization.organizationId, work);
  const started = performance.now();
  let firstScan = '';
  for (let index = 0; index < SCANS; index++) {
    const upload = syntheticUpload(index, FINDINGS);
    firstScan ||= upload.scanId;
    await inOrganization((client) => storeScan(client, organization.organizationId, organization.ownerId, upload));
    if ((index + 1) % 100 === 0) process.stderr.write(`${label}: ${index + 1}/${SCANS} scans stored\r`);
  }
  const ingestMs = performance.now() - started;
  process.stderr.write('\n');
  const times: Record<string, number> = {
    'ingest, per scan': ingestMs / SCANS,
    'dashboard (all four plots), all scans': await median(() => inOrganization((client) => dashboard(client, {}))),
    'dashboard, one importer profile': await median(() => inOrganization((client) => dashboard(client, { importerProfile: 'Globex' }))),
    'dashboard, last 7 days': await median(() => inOrganization((client) => dashboard(client, { from: new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10) }))),
    'scan list, first page': await median(() => inOrganization((client) => listScans(client, { limit: 50, offset: 0 }))),
    'scan list, filtered by rule': await median(() => inOrganization((client) => listScans(client, { rule: 'hts-format', limit: 50, offset: 0 }))),
    'one scan’s findings (2,000)': await median(() => inOrganization((client) => listFindings(client, firstScan, { limit: 5000, offset: 0 }))),
  };
  console.log(`\n${label}: ${SCANS} scans × ${FINDINGS} findings stored in ${(ingestMs / 1000).toFixed(1)} s (${Math.round((SCANS * FINDINGS) / (ingestMs / 1000))} findings/s)`);
  for (const [name, ms] of Object.entries(times)) console.log(`  ${name.padEnd(40)} ${ms.toFixed(1).padStart(9)} ms`);
  await database.close();
  return times;
}

const folder = mkdtempSync(join(tmpdir(), 'customs-preflight-bench-'));
const results: Record<string, Record<string, number>> = {};
try {
  results.PGlite = await bench('PGlite', { kind: 'pglite', dataDir: join(folder, 'pglite') });
  const server = process.env.WORKSPACE_BENCH_DATABASE_URL ?? process.env.WORKSPACE_TEST_DATABASE_URL;
  if (server) {
    const name = `cp_workspace_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    try {
      results.PostgreSQL = await bench('PostgreSQL', { kind: 'postgres', url: url.href });
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
    console.log('\nPGlite time / PostgreSQL time:');
    for (const name of Object.keys(results.PGlite)) console.log(`  ${name.padEnd(40)} ${(results.PGlite[name]! / results.PostgreSQL![name]!).toFixed(1).padStart(6)}×`);
  } else {
    console.log('\nPostgreSQL not measured: set WORKSPACE_BENCH_DATABASE_URL (or WORKSPACE_TEST_DATABASE_URL) to a superuser URL, e.g. from .ci/start-postgres.sh.');
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
