import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyUpload } from '../../support/workspace/sample-scans';
import { BACKENDS, WORKSPACE_START_MS, WORKSPACE_TEST_MS } from '../../support/workspace/test-database';
import { type TestOrganization, type TestWorkspace, openTestWorkspace } from '../../support/workspace/test-workspace';

/**
 * Isolation through the API: organization A's credentials can neither read, change nor even
 * detect organization B's objects, and nothing of B shows up in anything A can list or download.
 */
describe.each(BACKENDS)('tenant isolation through the API (%s)', { timeout: WORKSPACE_TEST_MS }, (backend) => {
  let workspace: TestWorkspace;
  let a: TestOrganization;
  let b: TestOrganization;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    workspace = await openTestWorkspace(backend);
    a = await workspace.organization('Alpha Brokers');
    b = await workspace.organization('Beta Imports');
    const aUpload = tinyUpload([{ ruleId: 'hts-format', severity: 'error', row: 1, partNumber: 'ALPHA-1' }], { importerProfile: 'Alpha profile' });
    const bUpload = tinyUpload(
      [
        { ruleId: 'origin-invalid', severity: 'error', row: 1, partNumber: 'BETA-SECRET-1' },
        { ruleId: 'value-invalid', severity: 'warning', row: 2, partNumber: 'BETA-SECRET-2' },
      ],
      { importerProfile: 'Beta secret profile' },
    );
    expect((await (await a.uploader()).post('/api/v1/scans', aUpload)).status).toBe(201);
    expect((await (await b.uploader()).post('/api/v1/scans', bUpload)).status).toBe(201);
    ids.aScan = aUpload.scanId;
    ids.bScan = bUpload.scanId;
    const approval = await b.owner.post('/api/v1/master/approvals', { scanId: bUpload.scanId, findingId: 0, tariffCode: '8471.30.0100', countryOfOrigin: 'CN' });
    expect(approval.status).toBe(200);
    ids.bMaster = approval.body.id;
    ids.bMember = (await b.member('filer', 'filer@beta.test')).id;
    ids.bToken = (await b.owner.post('/api/v1/tokens', { name: 'Beta CI' })).body.token.id;
  }, WORKSPACE_START_MS);
  afterAll(() => workspace?.close());

  it('answers 404 for B’s scan, member, master entry and token, exactly as for ids that do not exist', async () => {
    const attempts: [string, string, unknown?][] = [
      ['GET', `/api/v1/scans/${ids.bScan}`],
      ['GET', `/api/v1/scans/${ids.bScan}/findings`],
      ['DELETE', `/api/v1/scans/${ids.bScan}`],
      ['GET', `/api/v1/members/${ids.bMember}`],
      ['PATCH', `/api/v1/members/${ids.bMember}`, { role: 'viewer' }],
      ['DELETE', `/api/v1/members/${ids.bMember}`],
      ['POST', `/api/v1/members/${ids.bMember}/sign-in-link`],
      ['GET', `/api/v1/master/${ids.bMaster}`],
      ['POST', '/api/v1/master/approvals', { scanId: ids.bScan, findingId: 0, tariffCode: '8471.30.0100' }],
      ['DELETE', `/api/v1/tokens/${ids.bToken}`],
    ];
    for (const [method, path, json] of attempts) {
      const answer = await a.owner.json(method, path, json === undefined ? {} : { json });
      expect(answer.status, `${method} ${path}`).toBe(404);
      expect(JSON.stringify(answer.body)).not.toMatch(/Beta|BETA/);
    }
    const missing = await a.owner.get('/api/v1/scans/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    // B's objects are untouched.
    expect((await b.owner.get(`/api/v1/scans/${ids.bScan}`)).status).toBe(200);
    expect((await b.owner.get(`/api/v1/members/${ids.bMember}`)).body.role).toBe('filer');
    expect((await b.owner.get('/api/v1/tokens')).body.tokens.find((t: { id: string }) => t.id === ids.bToken).revokedAt).toBeNull();
  });

  it('exports nothing of B in A’s archive', async () => {
    const response = await a.owner.send('GET', '/api/v1/export');
    expect(response.status).toBe(200);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files)).toContain('findings.csv');
    for (const [name, bytes] of Object.entries(files)) {
      const text = strFromU8(bytes);
      expect(text, name).not.toMatch(/Beta|BETA|beta\.test/);
      for (const id of [ids.bScan, ids.bMaster, ids.bMember, ids.bToken, b.id]) expect(text, name).not.toContain(id);
    }
    expect(strFromU8(files['findings.csv']!)).toContain('ALPHA-1');
  });

  it('never lists B’s rows in A’s lists, plots or audit log', async () => {
    // The audit log first: A's own filter below (naming B's profile) is, rightly, in A's log.
    const lists = [
      '/api/v1/audit?limit=1000',
      '/api/v1/scans',
      '/api/v1/scans?rule=origin-invalid',
      '/api/v1/scans?importerProfile=Beta%20secret%20profile',
      '/api/v1/dashboard',
      '/api/v1/master',
      '/api/v1/master-history',
      '/api/v1/members',
      '/api/v1/tokens',
    ];
    for (const path of lists) {
      const answer = await a.owner.get(path);
      expect(answer.status, path).toBe(200);
      const text = JSON.stringify(answer.body);
      for (const id of Object.values(ids).filter((id) => id !== ids.aScan)) expect(text, path).not.toContain(id);
      expect(text, path).not.toMatch(/Beta|BETA|beta\.test/);
    }
    const scans = (await a.owner.get('/api/v1/scans')).body.scans;
    expect(scans.map((s: { id: string }) => s.id)).toEqual([ids.aScan]);
    const plots = (await a.owner.get('/api/v1/dashboard')).body;
    expect(plots.failingParts.map((p: { partNumber: string }) => p.partNumber)).toEqual(['ALPHA-1']);
  });

  it('an upload token of A stores scans in A, whatever organization the body might name', async () => {
    const upload = tinyUpload([{ ruleId: 'hts-format', severity: 'error', row: 1, partNumber: 'ALPHA-2' }]);
    expect((await (await a.uploader()).post('/api/v1/scans', upload)).status).toBe(201);
    expect((await b.owner.get(`/api/v1/scans/${upload.scanId}`)).status).toBe(404);
    // The same scan id in B is B's own scan, not a conflict with A's and not a way to learn A has it.
    expect((await (await b.uploader()).post('/api/v1/scans', upload)).status).toBe(201);
  });
});
