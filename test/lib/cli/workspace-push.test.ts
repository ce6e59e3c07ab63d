import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuesExportSchema } from '../../../lib/core/report/issues-export-schema';
import { findingListSchema, scanListSchema } from '../../../lib/workspace/api/scans';
import { type TestWorkspaceServer, startTestWorkspaceServer } from '../../support/workspace/running-test-workspace';
import { WORKSPACE_START_MS } from '../../support/workspace/test-database';

const BINARY = fileURLToPath(new URL('../../../bin/customs-preflight.js', import.meta.url));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The binary in its own process, as a CI job runs it; asynchronous, so the server in this process keeps answering. */
function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BINARY, 'check', ...args], { env: { ...process.env, CUSTOMS_PREFLIGHT_TOKEN: '', ...env }, timeout: 60_000 }, (_error, stdout, stderr) =>
      resolve({ status: child.exitCode, stdout, stderr }),
    );
  });
}

/** A port nothing listens on: a workspace that is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('customs-preflight check --push', { timeout: 90_000 }, () => {
  let server: TestWorkspaceServer;
  let dir: string;
  let catalog: string;
  let token: { id: string; secret: string };

  beforeAll(async () => {
    server = await startTestWorkspaceServer();
    token = await server.newUploadToken('CI pipeline');
    dir = mkdtempSync(join(tmpdir(), 'customs-preflight-push-'));
    catalog = join(dir, 'catalog.csv');
    writeFileSync(catalog, 'Part Number,Description,HTS Code,Country of Origin\nAX-10989,Laptop computer 14 inch,8471.30.0100,CN\nBO-2,Steel hex bolts M8,7318.15.2010,Germny\nNEW-7,Cotton T-shirts for men,6109.10.0012,VN\n');
  }, WORKSPACE_START_MS);
  afterAll(async () => {
    await server?.workspace.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('sends the report with the token from the environment: exit status as without --push, a link to the scan, the scan and its part numbers on the server', async () => {
    const before = await server.scanCount();
    const result = await run([catalog, '--push', server.workspace.url, '--profile', 'Acme Imports', '--format', 'json', '--date', '2026-11-23'], { CUSTOMS_PREFLIGHT_TOKEN: token.secret });
    expect(result.stderr).toMatch(new RegExp(`sent to the workspace: ${server.workspace.url}/#/scans/[0-9a-f-]{36}`));
    expect(result.status).toBe(1); // origin-invalid "Germny" is an error, pushed or not
    const report = issuesExportSchema.parse(JSON.parse(result.stdout));
    expect(await server.scanCount()).toBe(before + 1);
    const scanId = /#\/scans\/(\S+)/.exec(result.stderr)![1]!;
    const listed = scanListSchema.parse((await server.owner.get('/api/v1/scans?importerProfile=Acme%20Imports')).body);
    expect(listed.scans.map((scan) => scan.id)).toContain(scanId);
    const findings = findingListSchema.parse((await server.owner.get(`/api/v1/scans/${scanId}/findings?limit=1000`)).body);
    expect(findings.total).toBe(report.findings.length);
    expect(findings.findings.find((f) => f.ruleId === 'origin-invalid')).toMatchObject({ row: 2, partNumber: 'BO-2' });
  });

  it('brings the workspace’s approved classifications into the check, and a master file instead when one is given', async () => {
    const imported = await server.owner.json('POST', '/api/v1/master/import?jurisdiction=US', { body: 'Part No,HTS,Origin\nAX-10989,8471.50.0150,CN\nBO-2,7318.15.2010,DE\n', type: 'text/csv' });
    expect(imported.status).toBe(200);
    const tokenFile = join(dir, 'token.txt');
    writeFileSync(tokenFile, `${token.secret}\n`);
    const withWorkspace = await run([catalog, '--push', server.workspace.url, '--token-file', tokenFile, '--format', 'json', '--date', '2026-11-23']);
    const findings = issuesExportSchema.parse(JSON.parse(withWorkspace.stdout)).findings;
    expect(findings.filter((f) => f.ruleId === 'hts-differs-from-master')).toEqual([expect.objectContaining({ row: 1, fix: '8471.50.0150' })]);
    expect(findings.filter((f) => f.ruleId === 'master-unknown-part')).toEqual([expect.objectContaining({ row: 3, value: 'NEW-7' })]);
    expect(findings.find((f) => f.ruleId === 'hts-differs-from-master')!.message).toContain(`the team workspace (${server.workspace.url})`);

    const masterFile = join(dir, 'master.csv');
    writeFileSync(masterFile, 'SKU;Tariff No.;COO;Remarks\nBO-2;7318.15.2010;CN;ruling N300001\n');
    const withFile = await run([catalog, '--master', masterFile, '--format', 'json', '--date', '2026-11-23']);
    const fromFile = issuesExportSchema.parse(JSON.parse(withFile.stdout)).findings;
    expect(fromFile.filter((f) => f.ruleId === 'hts-differs-from-master')).toEqual([]);
    expect(fromFile.filter((f) => f.ruleId === 'master-unknown-part').map((f) => f.row)).toEqual([1, 3]);
  });

  it('exits 3 with the reason when the workspace refuses the token, and does not retry it', async () => {
    const revoked = await server.newUploadToken('old laptop');
    await server.revokeUploadToken(revoked.id);
    const before = await server.scanCount();
    const result = await run([catalog, '--push', server.workspace.url, '--date', '2026-11-23'], { CUSTOMS_PREFLIGHT_TOKEN: revoked.secret });
    expect(result.status).toBe(3);
    expect(result.stdout).toMatch(/3 rows/); // the report is still written
    expect(result.stderr).toMatch(/the push to the workspace failed: The workspace refused the upload token: This upload token is unknown or was revoked/);
    expect(result.stderr).not.toMatch(/tried/);
    expect(await server.scanCount()).toBe(before);
  });

  it('exits 3 naming the address when the workspace is down, after retrying', async () => {
    const down = `http://127.0.0.1:${await closedPort()}`;
    const result = await run([catalog, '--push', down], { CUSTOMS_PREFLIGHT_TOKEN: token.secret });
    expect(result.status).toBe(3);
    expect(result.stderr).toContain(`the push to the workspace failed (tried 3 times): The workspace at ${down} could not be reached`);
  });

  it('refuses before checking: no token, an empty token file, an http address off this computer (exit 2)', async () => {
    const noToken = await run([catalog, '--push', server.workspace.url]);
    expect(noToken).toMatchObject({ status: 2, stdout: '' });
    expect(noToken.stderr).toContain('--push needs an upload token: set CUSTOMS_PREFLIGHT_TOKEN or give --token-file');
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '\n');
    expect((await run([catalog, '--push', server.workspace.url, '--token-file', empty])).stderr).toContain('is empty');
    const clear = await run([catalog, '--push', 'http://preflight.example.com'], { CUSTOMS_PREFLIGHT_TOKEN: token.secret });
    expect(clear.status).toBe(2);
    expect(clear.stderr).toContain('http://preflight.example.com is refused: the upload token would cross the network unencrypted');
    expect((await run([catalog, '--token-file', empty])).stderr).toContain('--token-file and --profile are for --push');
  });
});
