import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workspaceOptions } from '../../../lib/workspace/server/workspace-command';
import { BACKENDS, WORKSPACE_START_MS, freshDatabase } from '../../support/workspace/test-database';
import { startWorkspaceProcess } from '../../support/workspace/workspace-process';

const folder = mkdtempSync(join(tmpdir(), 'customs-preflight-workspace-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** GET over https trusting only the test's own certificate. */
function httpsJson(url: string, ca: Buffer): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    request(url, { ca }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(text) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('customs-preflight workspace', { timeout: WORKSPACE_START_MS * 2 }, () => {
  const data = join(folder, 'data');

  it('on first start creates the organization, prints the owner’s one-time link and then the ready line', async () => {
    const workspace = await startWorkspaceProcess(['--port', '0', '--data', data, '--organization', 'Iota Imports']);
    try {
      expect(workspace.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const link = workspace.lines.find((line) => line.startsWith('Owner sign-in link'));
      expect(link).toMatch(new RegExp(`one-time.*: ${workspace.url}/#sign-in=cpw_link_`));
      expect(workspace.lines.indexOf(link!)).toBeLessThan(workspace.lines.length - 1);
      expect((await fetch(`${workspace.url}/api/openapi.json`)).status).toBe(200);
      expect((await fetch(`${workspace.url}/api/v1/scans`)).status).toBe(401);
      const token = link!.split('#sign-in=')[1];
      const signIn = await fetch(`${workspace.url}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) });
      expect(signIn.status).toBe(200);
      expect((await signIn.json()).organization.name).toBe('Iota Imports');
    } finally {
      expect(await workspace.stop()).toBe(0);
    }
  });

  it('starts again on the same data, without a new owner link, and serves TLS when given a certificate', async () => {
    const cert = join(folder, 'cert.pem');
    const key = join(folder, 'key.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    const workspace = await startWorkspaceProcess(['--port', '0', '--data', data, '--tls-cert', cert, '--tls-key', key]);
    try {
      expect(workspace.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      expect(workspace.lines.some((line) => line.startsWith('Owner sign-in link'))).toBe(false);
      const answer = await httpsJson(`${workspace.url}/api/v1/auth/methods`, readFileSync(cert));
      expect(answer).toEqual({ status: 200, body: { singleSignOn: false } });
    } finally {
      await workspace.stop();
    }
  });

  it.runIf(BACKENDS.includes('postgres'))('runs the same on a real PostgreSQL server with --database-url', async () => {
    const database = await freshDatabase('postgres');
    const workspace = await startWorkspaceProcess(['--port', '0', '--database-url', database.url!]);
    try {
      expect(workspace.lines.some((line) => line.startsWith('Owner sign-in link'))).toBe(true);
      expect((await fetch(`${workspace.url}/api/v1/members`)).status).toBe(401);
    } finally {
      await workspace.stop();
      await database.drop();
    }
  });

  it('explains bad options', () => {
    expect(() => workspaceOptions(['--port', 'eighty'], {})).toThrow(/--port must be a port number/);
    expect(() => workspaceOptions(['--data', 'x', '--database-url', 'postgres://x'], {})).toThrow(/not both/);
    expect(() => workspaceOptions(['--oidc-issuer', 'https://login.example'], {})).toThrow(/WORKSPACE_OIDC_CLIENT_SECRET/);
    expect(workspaceOptions([], { DATABASE_URL: 'postgres://db/workspace' }).options.database).toEqual({ kind: 'postgres', url: 'postgres://db/workspace' });
  });
});
