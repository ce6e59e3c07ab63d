import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRetention } from '../../../lib/workspace/server/retention-job';
import { tinyUpload } from '../../support/workspace/sample-scans';
import { WORKSPACE_START_MS, WORKSPACE_TEST_MS } from '../../support/workspace/test-database';
import { type TestOrganization, type TestWorkspace, openTestWorkspace } from '../../support/workspace/test-workspace';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
const upload = (days: number) => tinyUpload([{ ruleId: 'hts-format', severity: 'error', row: 1, partNumber: `P-${days}` }], { scannedAt: daysAgo(days) });

describe('retention', { timeout: WORKSPACE_TEST_MS }, () => {
  let workspace: TestWorkspace;
  let strict: TestOrganization;
  let relaxed: TestOrganization;

  beforeAll(async () => {
    workspace = await openTestWorkspace('pglite');
    strict = await workspace.organization('Zeta Brokers');
    relaxed = await workspace.organization('Eta Importers');
  }, WORKSPACE_START_MS);
  afterAll(() => workspace?.close());

  const rows = async (org: TestOrganization) =>
    (
      await workspace.database.forOrganization(org.id, (client) =>
        client.query<{ scans: number; findings: number }>('SELECT (SELECT count(*)::int FROM scans) AS scans, (SELECT count(*)::int FROM findings) AS findings'),
      )
    )[0]!;

  it('deletes the rows of scans older than each organization’s retention (90 days unless changed), and records it', async () => {
    for (const org of [strict, relaxed]) {
      const uploader = await org.uploader();
      for (const days of [120, 40, 2]) expect((await uploader.post('/api/v1/scans', upload(days))).status).toBe(201);
    }
    expect((await strict.owner.get('/api/v1/organization')).body.retentionDays).toBe(90);
    const changed = await strict.owner.json('PATCH', '/api/v1/organization', { json: { retentionDays: 30 } });
    expect(changed).toMatchObject({ status: 200, body: { retentionDays: 30 } });
    expect((await strict.owner.json('PATCH', '/api/v1/organization', { json: { retentionDays: 0 } })).status).toBe(400);

    expect(await runRetention(workspace.database)).toBe(3);
    expect(await rows(strict)).toEqual({ scans: 1, findings: 1 });
    expect(await rows(relaxed)).toEqual({ scans: 2, findings: 2 });
    const event = (await strict.owner.get('/api/v1/audit?action=retention.delete')).body.events[0];
    expect(event).toMatchObject({ actor: { kind: 'system' }, detail: { scans: 2 } });
    // Deleted, not hidden: a second run finds nothing more to do.
    expect(await runRetention(workspace.database)).toBe(0);
  });

  it('a scan dated in the future by a wrong clock is kept no longer than one uploaded now', async () => {
    const future = tinyUpload([{ ruleId: 'hts-format', severity: 'error', row: 1, partNumber: 'F-1' }], { scannedAt: new Date(Date.now() + 365 * 86_400_000).toISOString() });
    await (await relaxed.uploader()).post('/api/v1/scans', future);
    const scan = (await relaxed.owner.get(`/api/v1/scans/${future.scanId}`)).body;
    expect(Date.parse(scan.scannedAt)).toBeLessThanOrEqual(Date.now());
  });
});
