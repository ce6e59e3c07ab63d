import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS, PERMISSIONS_OF_ROLE, ROLES } from '../../../lib/workspace/api/roles';
import type { Endpoint } from '../../../lib/workspace/server/http/endpoint';
import { workspaceEndpoints } from '../../../lib/workspace/server/http/create-app';
import { ApiClient } from '../../support/workspace/api-client';
import { tinyUpload } from '../../support/workspace/sample-scans';
import { WORKSPACE_START_MS, WORKSPACE_TEST_MS } from '../../support/workspace/test-database';
import { type TestOrganization, type TestWorkspace, openTestWorkspace } from '../../support/workspace/test-workspace';

const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';
const pathOf = (endpoint: Endpoint) => endpoint.path.replace(/:\w+/g, SAMPLE_ID);

describe('people and credentials', { timeout: WORKSPACE_TEST_MS }, () => {
  let workspace: TestWorkspace;
  let org: TestOrganization;

  beforeAll(async () => {
    workspace = await openTestWorkspace('pglite');
    org = await workspace.organization('Gamma Trade');
  }, WORKSPACE_START_MS);
  afterAll(() => workspace?.close());

  it('every /api/ endpoint but the OpenAPI document and sign-in answers 401 without credentials', async () => {
    const anonymous = new ApiClient(workspace.app);
    const document = (await anonymous.get('/api/openapi.json')).body;
    let checked = 0;
    for (const [path, operations] of Object.entries(document.paths as Record<string, Record<string, { 'x-permission': string }>>)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (operation['x-permission'] === 'public') {
          expect(path, 'only sign-in is public').toMatch(/^\/api\/v1\/auth\/(sign-in|methods|oidc\/)/);
          continue;
        }
        const answer = await anonymous.json(method.toUpperCase(), path.replace(/\{\w+\}/g, SAMPLE_ID), method === 'get' ? {} : { json: {} });
        expect(answer.status, `${method} ${path}`).toBe(401);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect((await anonymous.get('/api/v1/nothing-here')).status).toBe(404);
  });

  it('enforces the permission table on every endpoint, for every role', async () => {
    const clients = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, role === 'owner' ? org.owner : (await org.member(role)).client]))) as Record<string, ApiClient>;
    for (const endpoint of workspaceEndpoints(null)) {
      if (endpoint.access === 'public' || endpoint.access === 'signed-in') continue;
      for (const role of ROLES) {
        const answer = await clients[role]!.json(endpoint.method.toUpperCase(), pathOf(endpoint), endpoint.method === 'get' ? {} : { json: {} });
        const allowed = PERMISSIONS_OF_ROLE[role].includes(endpoint.access);
        // Allowed: the request gets past the permission check (then fails on the empty body or the sample id).
        if (allowed) expect(answer.status, `${role} ${endpoint.method} ${endpoint.path}`).not.toBe(403);
        else expect(answer, `${role} ${endpoint.method} ${endpoint.path}`).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
      }
    }
    expect(Object.keys(PERMISSIONS).every((permission) => PERMISSIONS_OF_ROLE.owner.includes(permission as keyof typeof PERMISSIONS))).toBe(true);
  });

  it('refuses state-changing requests without the session’s CSRF token, or from another origin', async () => {
    const withoutToken = await org.owner.json('POST', '/api/v1/tokens', { json: { name: 'x' }, csrf: false });
    expect(withoutToken).toMatchObject({ status: 403, body: { error: { code: 'csrf' } } });
    const wrongToken = await org.owner.json('POST', '/api/v1/tokens', { json: { name: 'x' }, csrf: false, headers: { 'x-csrf-token': 'guess' } });
    expect(wrongToken.status).toBe(403);
    const crossOrigin = await org.owner.json('POST', '/api/v1/tokens', { json: { name: 'x' }, headers: { origin: 'https://evil.example' } });
    expect(crossOrigin).toMatchObject({ status: 403, body: { error: { code: 'cross-origin' } } });
    expect((await org.owner.get('/api/v1/tokens')).body.tokens).toEqual([]);
  });

  it('sets the session cookie httpOnly and SameSite=Strict', async () => {
    const { member } = await workspace.organization('Cookie Check').then(async (o) => ({ member: await o.member('viewer') }));
    expect(member.client.csrfToken).toBeTruthy();
    const added = await org.owner.post('/api/v1/members', { email: 'cookie@gamma.test', displayName: 'Cookie', role: 'viewer' });
    const link = (await org.owner.post(`/api/v1/members/${added.body.id}/sign-in-link`)).body.link as string;
    const response = await new ApiClient(workspace.app).send('POST', '/api/v1/auth/sign-in', { json: { token: link.split('#sign-in=')[1] } });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/cp_workspace_session=cpw_session_/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  it('a sign-in link works once', async () => {
    const added = await org.owner.post('/api/v1/members', { email: 'once@gamma.test', displayName: 'Once', role: 'filer' });
    const link = (await org.owner.post(`/api/v1/members/${added.body.id}/sign-in-link`)).body.link;
    await new ApiClient(workspace.app).signIn(link);
    const again = await new ApiClient(workspace.app).post('/api/v1/auth/sign-in', { token: link.split('#sign-in=')[1] });
    expect(again).toMatchObject({ status: 401, body: { error: { message: expect.stringMatching(/already used/) } } });
  });

  it('upload tokens: shown once, stored as hashes, upload only, revocable, with their last use', async () => {
    const created = await org.owner.post('/api/v1/tokens', { name: 'Line 3 CI' });
    expect(created.status).toBe(201);
    const { secret, token } = created.body;
    expect(secret).toMatch(/^cpw_upload_/);
    // Never shown again, and not in the database either.
    expect(JSON.stringify((await org.owner.get('/api/v1/tokens')).body)).not.toContain(secret);
    const stored = await workspace.database.forOrganization(org.id, (client) => client.query('SELECT * FROM upload_tokens WHERE id = $1', [token.id]));
    expect(JSON.stringify(stored)).not.toContain(secret.slice('cpw_upload_'.length, -4));
    expect(stored[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);

    const uploader = ApiClient.withToken(workspace.app, secret);
    expect(token.lastUsedAt).toBeNull();
    expect((await uploader.post('/api/v1/scans', tinyUpload([{ ruleId: 'hts-format', severity: 'error', row: 1, partNumber: 'P-1' }]))).status).toBe(201);
    // The browser extension's worker sends its upload with its own origin: the token, not the origin, is the credential.
    const fromExtension = await uploader.send('POST', '/api/v1/scans', {
      json: tinyUpload([{ ruleId: 'hts-format', severity: 'error', row: 1, partNumber: 'P-3' }]),
      headers: { origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' },
    });
    expect(fromExtension.status).toBe(201);
    const listed = (await org.owner.get('/api/v1/tokens')).body.tokens.find((t: { id: string }) => t.id === token.id);
    expect(listed.lastUsedAt).not.toBeNull();
    // Upload only: reading anything else is refused...
    for (const path of ['/api/v1/scans', '/api/v1/session', '/api/v1/export', '/api/v1/members']) {
      expect((await uploader.get(path)).body.error.code, path).toBe('token-scope');
    }
    // ...except the classification master, which the extension and CI bring into every check.
    expect((await uploader.get('/api/v1/master')).status).toBe(200);
    const audit = (await org.owner.get('/api/v1/audit?action=token.use')).body.events;
    expect(audit[0]).toMatchObject({ actor: { kind: 'upload-token', id: token.id }, objectId: token.id });

    expect((await org.owner.json('DELETE', `/api/v1/tokens/${token.id}`)).status).toBe(204);
    const afterRevoke = await uploader.post('/api/v1/scans', tinyUpload([{ ruleId: 'hts-format', severity: 'error', row: 1, partNumber: 'P-2' }]));
    expect(afterRevoke).toMatchObject({ status: 401, body: { error: { code: 'invalid-token' } } });
    const revoked = (await org.owner.get('/api/v1/tokens')).body.tokens.find((t: { id: string }) => t.id === token.id);
    expect(revoked.revokedAt).not.toBeNull();
  });

  it('a filer sees and revokes only their own tokens; an admin cannot touch an owner', async () => {
    const filer = await org.member('filer');
    const mine = (await filer.client.post('/api/v1/tokens', { name: 'my laptop' })).body.token;
    const owners = (await org.owner.post('/api/v1/tokens', { name: 'owner CI' })).body.token;
    expect((await filer.client.get('/api/v1/tokens')).body.tokens.map((t: { id: string }) => t.id)).toEqual([mine.id]);
    expect((await filer.client.json('DELETE', `/api/v1/tokens/${owners.id}`)).status).toBe(404);
    const admin = await org.member('admin');
    expect((await admin.client.json('PATCH', `/api/v1/members/${org.ownerId}`, { json: { role: 'viewer' } })).status).toBe(403);
    expect((await admin.client.post('/api/v1/members', { email: 'boss@gamma.test', displayName: 'Boss', role: 'owner' })).status).toBe(403);
    expect((await org.owner.json('PATCH', `/api/v1/members/${org.ownerId}`, { json: { role: 'admin' } })).body.error.code).toBe('last-owner');
  });

  it('a removed member’s session stops working at once', async () => {
    const viewer = await org.member('viewer');
    expect((await viewer.client.get('/api/v1/session')).status).toBe(200);
    expect((await org.owner.json('DELETE', `/api/v1/members/${viewer.id}`)).status).toBe(204);
    expect((await viewer.client.get('/api/v1/session')).status).toBe(401);
  });

  it('signing out ends the session', async () => {
    const viewer = await org.member('viewer');
    expect((await viewer.client.json('POST', '/api/v1/auth/sign-out')).status).toBe(204);
    expect((await viewer.client.get('/api/v1/scans')).status).toBe(401);
  });
});
