import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleUpload, tinyUpload } from '../../support/workspace/sample-scans';
import { WORKSPACE_START_MS, WORKSPACE_TEST_MS } from '../../support/workspace/test-database';
import { type TestOrganization, type TestWorkspace, openTestWorkspace } from '../../support/workspace/test-workspace';
import type { ApiClient } from '../../support/workspace/api-client';

const LIMIT = 32 * 1024;

/** Bad input gets a clear 4xx that says what is wrong, and nothing of it is stored. */
describe('request validation', { timeout: WORKSPACE_TEST_MS }, () => {
  let workspace: TestWorkspace;
  let org: TestOrganization;
  let uploader: ApiClient;

  beforeAll(async () => {
    workspace = await openTestWorkspace('pglite', { maxBodyBytes: LIMIT });
    org = await workspace.organization('Delta Freight');
    uploader = await org.uploader();
  }, WORKSPACE_START_MS);
  afterAll(async () => {
    // Nothing of any refused request was stored.
    const [counts] = await workspace.database.forOrganization(org.id, (client) =>
      client.query<{ scans: number; findings: number; uploads: number }>(
        "SELECT (SELECT count(*)::int FROM scans) AS scans, (SELECT count(*)::int FROM findings) AS findings, (SELECT count(*)::int FROM audit_events WHERE action = 'scan.upload') AS uploads",
      ),
    );
    expect(counts).toEqual({ scans: 0, findings: 0, uploads: 0 });
    await workspace?.close();
  });

  const upload = () => tinyUpload([{ ruleId: 'hts-format', severity: 'error', row: 1, partNumber: 'P-1' }]);

  it('malformed JSON', async () => {
    const answer = await uploader.json('POST', '/api/v1/scans', { body: '{"scanId": "x",', type: 'application/json' });
    expect(answer).toMatchObject({ status: 400, body: { error: { code: 'malformed-json', message: expect.stringMatching(/not valid JSON/) } } });
  });

  it('a body over the size limit, with or without a Content-Length, says the limit', async () => {
    const big = JSON.stringify(sampleUpload());
    expect(big.length).toBeGreaterThan(LIMIT);
    const declared = await uploader.json('POST', '/api/v1/scans', { body: big, type: 'application/json', headers: { 'content-length': String(big.length) } });
    expect(declared).toMatchObject({ status: 413, body: { error: { code: 'body-too-large', message: expect.stringContaining('limit of 32 KiB') } } });
    const streamed = await uploader.json('POST', '/api/v1/scans', { body: big, type: 'application/json' });
    expect(streamed.status).toBe(413);
  });

  it('a body that does not match the schema names the field', async () => {
    const wrong = upload();
    (wrong.report.findings[0] as { severity: string }).severity = 'fatal';
    const answer = await uploader.post('/api/v1/scans', wrong);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('invalid-body');
    expect(answer.body.error.issues).toContainEqual({ path: 'report.findings.0.severity', message: expect.any(String) });
    expect(answer.body.error.message).toContain('report.findings.0.severity');
    const notAnExport = await uploader.post('/api/v1/scans', { ...upload(), report: { ...upload().report, format: 'customs-preflight/issues@2' } });
    expect(notAnExport.body.error.issues[0].path).toBe('report.format');
    const badId = await uploader.post('/api/v1/scans', { ...upload(), scanId: 'scan-1' });
    expect(badId.body.error.message).toMatch(/scanId must be a UUID/);
  });

  it('unknown fields, at any level', async () => {
    const top = await uploader.post('/api/v1/scans', { ...upload(), organizationId: '00000000-0000-4000-8000-000000000000' });
    expect(top).toMatchObject({ status: 400, body: { error: { message: expect.stringMatching(/organizationId/) } } });
    const inReport = await uploader.post('/api/v1/scans', { ...upload(), report: { ...upload().report, extra: 1 } });
    expect(inReport.body.error.issues[0].path).toBe('report');
    const finding = upload();
    (finding.report.findings[0] as Record<string, unknown>).secretNote = 'x';
    expect((await uploader.post('/api/v1/scans', finding)).body.error.issues[0].path).toBe('report.findings.0');
    const token = await org.owner.post('/api/v1/tokens', { name: 'x', scope: 'admin' });
    expect(token.status).toBe(400);
  });

  it('the wrong content type, and unknown or bad query parameters', async () => {
    const text = await uploader.json('POST', '/api/v1/scans', { body: JSON.stringify(upload()), type: 'text/plain' });
    expect(text).toMatchObject({ status: 415, body: { error: { code: 'unsupported-media-type' } } });
    expect((await org.owner.get('/api/v1/scans?colour=red')).body.error).toMatchObject({ code: 'invalid-query', message: expect.stringMatching(/colour/) });
    expect((await org.owner.get('/api/v1/scans?from=yesterday')).body.error.issues[0].path).toBe('from');
    expect((await org.owner.get('/api/v1/scans?limit=100000')).status).toBe(400);
  });
});
