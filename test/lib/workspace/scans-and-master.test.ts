import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditListSchema } from '../../../lib/workspace/api/audit';
import { masterEntrySchema, masterHistorySchema } from '../../../lib/workspace/api/master';
import { dashboardSchema, findingListSchema, scanListSchema } from '../../../lib/workspace/api/scans';
import { fixtureCatalog, sampleUpload, tinyUpload } from '../../support/workspace/sample-scans';
import { WORKSPACE_START_MS, WORKSPACE_TEST_MS } from '../../support/workspace/test-database';
import { type TestOrganization, type TestWorkspace, openTestWorkspace } from '../../support/workspace/test-workspace';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
const day = (iso: string) => iso.slice(0, 10);

describe('scans, plots and the classification master', { timeout: WORKSPACE_TEST_MS }, () => {
  let workspace: TestWorkspace;
  let org: TestOrganization;
  const fixture = sampleUpload({ importerProfile: 'Acme Imports', scannedAt: daysAgo(3) });

  beforeAll(async () => {
    workspace = await openTestWorkspace('pglite');
    org = await workspace.organization('Epsilon Customs');
  }, WORKSPACE_START_MS);
  afterAll(() => workspace?.close());

  const count = async (table: string) =>
    (await workspace.database.forOrganization(org.id, (client) => client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)))[0]!.n;

  it('stores a real check’s upload once: a retry stores nothing twice, the uploader’s re-check replaces it, another member’s scan under its id is a conflict', async () => {
    const uploader = await org.uploader();
    const first = await uploader.post('/api/v1/scans', fixture);
    expect(first).toMatchObject({ status: 201, body: { scanId: fixture.scanId, created: true, replaced: false, findings: fixture.report.findings.length } });
    expect(fixture.report.findings.length).toBeGreaterThan(50);
    const retry = await uploader.post('/api/v1/scans', fixture);
    expect(retry).toMatchObject({ status: 200, body: { created: false, replaced: false } });
    expect(await count('scans')).toBe(1);
    expect(await count('findings')).toBe(fixture.report.findings.length);

    // Checked again on the filer's machine (a corrected mapping keeps the scan's id): fewer findings now.
    const recheck = { ...fixture, report: { ...fixture.report, findings: fixture.report.findings.slice(0, 10) } };
    expect(await uploader.post('/api/v1/scans', recheck)).toMatchObject({ status: 200, body: { created: false, replaced: true, findings: 10 } });
    expect(await count('scans')).toBe(1);
    expect(await count('findings')).toBe(10);
    const problems = recheck.report.findings.filter((f) => f.severity !== 'info').length;
    const [rolled] = await workspace.database.forOrganization(org.id, (client) => client.query<{ n: number }>('SELECT coalesce(sum(problems), 0)::int AS n FROM scan_rule_counts'));
    expect(rolled!.n).toBe(problems);

    const colleague = await org.member('filer');
    const colleagueToken = (await colleague.client.post('/api/v1/tokens', { name: 'colleague laptop' })).body.secret;
    const { ApiClient } = await import('../../support/workspace/api-client');
    const other = await ApiClient.withToken(workspace.app, colleagueToken).post('/api/v1/scans', { ...fixture, importerProfile: 'Someone else' });
    expect(other).toMatchObject({ status: 409, body: { error: { code: 'scan-id-conflict' } } });
    expect(await count('findings')).toBe(10);

    // The rest of this file reads the first upload back.
    expect(await uploader.post('/api/v1/scans', fixture)).toMatchObject({ status: 200, body: { replaced: true } });
    expect(await count('findings')).toBe(fixture.report.findings.length);
  });

  it('gives back a scan’s findings as the checker reported them, with their rows’ part numbers', async () => {
    const answer = await org.owner.get(`/api/v1/scans/${fixture.scanId}/findings?limit=5000`);
    const page = findingListSchema.parse(answer.body);
    expect(page.total).toBe(fixture.report.findings.length);
    expect(page.findings.map(({ id: _id, partNumber: _part, ...finding }) => finding)).toEqual(fixture.report.findings);
    const { table, report } = fixtureCatalog();
    const onRow = page.findings.find((f) => f.row !== null)!;
    expect(onRow.partNumber).toBe(table.rows[onRow.row! - 1]![report.mapping.columnOf.sku]);
    const errors = findingListSchema.parse((await org.owner.get(`/api/v1/scans/${fixture.scanId}/findings?severity=error&rule=hts-format`)).body);
    expect(errors.findings.every((f) => f.severity === 'error' && f.ruleId === 'hts-format')).toBe(true);
    expect(errors.total).toBe(fixture.report.findings.filter((f) => f.severity === 'error' && f.ruleId === 'hts-format').length);
  });

  it('lists and filters scans by importer profile, member, date, severity and rule', async () => {
    const filer = await org.member('filer');
    const filerToken = (await filer.client.post('/api/v1/tokens', { name: 'filer laptop' })).body.secret;
    const { ApiClient } = await import('../../support/workspace/api-client');
    const filerUploads = ApiClient.withToken(workspace.app, filerToken);
    const old = tinyUpload([{ ruleId: 'origin-invalid', severity: 'warning', row: 1, partNumber: 'W-1' }], { importerProfile: 'Globex', scannedAt: daysAgo(20) });
    const clean = tinyUpload([{ ruleId: 'description-vague', severity: 'info', row: 2, partNumber: 'I-1' }], { importerProfile: 'Globex', scannedAt: daysAgo(1) });
    for (const upload of [old, clean]) expect((await filerUploads.post('/api/v1/scans', upload)).status).toBe(201);
    const ids = async (query: string) => scanListSchema.parse((await org.owner.get(`/api/v1/scans${query}`)).body).scans.map((s) => s.id);
    expect(await ids('')).toEqual([clean.scanId, fixture.scanId, old.scanId]);
    expect(await ids('?importerProfile=Globex')).toEqual([clean.scanId, old.scanId]);
    expect(await ids(`?memberId=${filer.id}`)).toEqual([clean.scanId, old.scanId]);
    expect(await ids(`?from=${day(daysAgo(5))}&to=${day(daysAgo(2))}`)).toEqual([fixture.scanId]);
    expect(await ids('?severity=error')).toEqual([fixture.scanId]);
    const fixtureRules = new Set(fixture.report.findings.map((f) => f.ruleId));
    expect(await ids('?rule=origin-invalid')).toEqual(fixtureRules.has('origin-invalid') ? [fixture.scanId, old.scanId] : [old.scanId]);
    expect(await ids('?rule=description-vague')).toEqual(fixtureRules.has('description-vague') ? [clean.scanId, fixture.scanId] : [clean.scanId]);
    const page = scanListSchema.parse((await org.owner.get('/api/v1/scans?limit=1&offset=1')).body);
    expect(page).toMatchObject({ total: 3, scans: [{ id: fixture.scanId, memberName: 'Epsilon Customs owner', importerProfile: 'Acme Imports' }] });
  });

  it('computes the plots: by rule per day, by column, failing part numbers, per importer profile', async () => {
    const plots = dashboardSchema.parse((await org.owner.get('/api/v1/dashboard?importerProfile=Globex')).body);
    expect(plots.byRuleOverTime).toEqual([{ day: day(daysAgo(20)), ruleId: 'origin-invalid', count: 1 }]);
    expect(plots.byColumn).toEqual([{ column: 'HTS', count: 1 }]);
    expect(plots.failingParts).toEqual([{ partNumber: 'W-1', count: 1, scans: 1 }]);
    expect(plots.byImporterProfile).toEqual([{ importerProfile: 'Globex', scans: 2, error: 0, warning: 1, info: 1 }]);
    const all = dashboardSchema.parse((await org.owner.get('/api/v1/dashboard')).body);
    const problems = fixture.report.findings.filter((f) => f.severity !== 'info');
    expect(all.byRuleOverTime.filter((p) => p.day === day(fixture.scannedAt!)).reduce((sum, p) => sum + p.count, 0)).toBe(problems.length);
    expect(all.byImporterProfile.map((p) => p.importerProfile)).toEqual(['Acme Imports', 'Globex']);
  });

  it('approves a classification from a finding, records the change, and checks the code like the rules do', async () => {
    const findings = findingListSchema.parse((await org.owner.get(`/api/v1/scans/${fixture.scanId}/findings?rule=hts-format`)).body).findings;
    const finding = findings.find((f) => f.partNumber !== null)!;
    const approve = (body: object) => org.owner.post('/api/v1/master/approvals', { scanId: fixture.scanId, findingId: finding.id, ...body });
    const first = await approve({ tariffCode: '8471.30.0100', countryOfOrigin: 'cn', unit: 'pcs' });
    expect(first.status).toBe(200);
    const entry = masterEntrySchema.parse(first.body);
    expect(entry).toMatchObject({ partNumber: finding.partNumber, tariffCode: '8471300100', countryOfOrigin: 'CN', unit: 'NO', jurisdiction: 'US', sourceScanId: fixture.scanId });
    expect((await approve({ tariffCode: '8471.30.0150' })).status).toBe(200);
    const history = masterHistorySchema.parse((await org.owner.get(`/api/v1/master-history?partNumber=${encodeURIComponent(finding.partNumber!)}`)).body).changes;
    expect(history.map((c) => [c.before?.tariffCode ?? null, c.after.tariffCode, c.how])).toEqual([
      ['8471300100', '8471300150', 'approval'],
      [null, '8471300100', 'approval'],
    ]);
    expect(history[0]!.changedBy).toBe('Epsilon Customs owner');
    const bad = await approve({ tariffCode: '8471.3O.0100', countryOfOrigin: 'XX' });
    expect(bad).toMatchObject({ status: 422, body: { error: { code: 'invalid-classification' } } });
    expect(bad.body.error.message).toMatch(/not digits.*did you mean 8471300100.*XX/);
    const noPart = (await org.owner.get(`/api/v1/scans/${fixture.scanId}/findings?limit=5000`)).body.findings.find((f: { partNumber: string | null }) => f.partNumber === null);
    if (noPart) expect((await org.owner.post('/api/v1/master/approvals', { scanId: fixture.scanId, findingId: noPart.id, tariffCode: '8471300100' })).status).toBe(422);
  });

  it('imports a master CSV in the headers a team already uses, all or nothing', async () => {
    const german = 'Artikelnummer;Zolltarifnummer;Ursprungsland;Mengeneinheit\nDE-100;8471.30.0100;DE;NO\nDE-200;8517.13.0000;CN;NO\n';
    const imported = await org.owner.json('POST', '/api/v1/master/import', { body: german, type: 'text/csv' });
    expect(imported).toMatchObject({ status: 200, body: { imported: 2, unchanged: 0 } });
    expect((await org.owner.json('POST', '/api/v1/master/import', { body: german, type: 'text/csv' })).body).toEqual({ imported: 0, unchanged: 2 });
    const broken = 'Part Number,HTS Code,Country of Origin\nOK-1,8471.30.0100,US\nBAD-1,12,US\nBAD-2,8471.30.0100,Narnia\n';
    const refused = await org.owner.json('POST', '/api/v1/master/import', { body: broken, type: 'text/csv' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.issues.map((i: { path: string }) => i.path)).toEqual(['row 2', 'row 3']);
    const master = (await org.owner.get('/api/v1/master?partNumber=OK-1')).body;
    expect(master.total).toBe(0);
    const missing = await org.owner.json('POST', '/api/v1/master/import', { body: 'Colour,Size\nred,L\n', type: 'text/csv' });
    expect(missing.body.error.message).toMatch(/needs a part number column and a tariff code column/);
  });

  it('audits reads and writes without catalog values', async () => {
    const events = auditListSchema.parse((await org.owner.get('/api/v1/audit?limit=1000')).body).events;
    const actions = new Set(events.map((e) => e.action));
    for (const action of ['sign-in', 'token.create', 'token.use', 'scan.upload', 'scan.list', 'scan.read', 'dashboard.read', 'master.approve', 'master.import', 'master.read', 'member.add']) {
      expect(actions, action).toContain(action);
    }
    const text = JSON.stringify(events);
    const values = fixture.report.findings.map((f) => f.value).filter((v): v is string => v !== null && v.length > 3);
    expect(values.length).toBeGreaterThan(10);
    for (const value of values) expect(text).not.toContain(JSON.stringify(value));
    expect(text).not.toContain('8471300150');
  });

  it('exports everything as one archive of JSON and CSV, without secrets', async () => {
    const response = await org.owner.send('GET', '/api/v1/export');
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="customs-preflight-workspace-\d{4}-\d{2}-\d{2}\.zip"/);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(
      ['audit-log.csv', 'audit-log.json', 'findings.csv', 'findings.json', 'master-history.json', 'master.csv', 'master.json', 'members.csv', 'members.json', 'organization.json', 'scans.csv', 'scans.json', 'upload-tokens.json'].sort(),
    );
    const scans = JSON.parse(strFromU8(files['scans.json']!));
    expect(scans).toHaveLength(3);
    expect(scans.find((s: { id: string }) => s.id === fixture.scanId).report.mapping).toEqual(fixture.report.mapping);
    const findingsCsv = strFromU8(files['findings.csv']!).trim().split('\n');
    expect(findingsCsv).toHaveLength(1 + fixture.report.findings.length + 2);
    expect(strFromU8(files['upload-tokens.json']!)).not.toMatch(/cpw_upload_[A-Za-z0-9_-]{20}/);
    expect(strFromU8(files['master.csv']!)).toContain('DE-200');
  });

  it('deletes a scan’s rows, and the organization’s data on a confirmed request', async () => {
    const before = await count('findings');
    expect((await org.owner.json('DELETE', `/api/v1/scans/${fixture.scanId}`)).status).toBe(204);
    expect(await count('findings')).toBe(before - fixture.report.findings.length);
    expect((await org.owner.get(`/api/v1/scans/${fixture.scanId}`)).status).toBe(404);
    const unconfirmed = await org.owner.post('/api/v1/organization/erase', { confirmOrganizationName: 'epsilon' });
    expect(unconfirmed).toMatchObject({ status: 422, body: { error: { code: 'confirmation-mismatch' } } });
    const erased = await org.owner.post('/api/v1/organization/erase', { confirmOrganizationName: 'Epsilon Customs' });
    expect(erased).toMatchObject({ status: 200, body: { scans: 2, masterEntries: 3 } });
    for (const table of ['scans', 'findings', 'scan_rule_counts', 'scan_column_counts', 'scan_part_counts', 'master_entries', 'master_changes', 'upload_tokens']) {
      expect(await count(table), table).toBe(0);
    }
    expect(await count('members')).toBeGreaterThan(0);
    expect((await org.owner.get('/api/v1/audit?action=organization.erase')).body.events).toHaveLength(1);
  });
});
