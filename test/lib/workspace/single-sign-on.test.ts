import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SSO_CALLBACK_PATH } from '../../../lib/workspace/server/routes/sso-routes';
import { ApiClient } from '../../support/workspace/api-client';
import { type TestProvider, signInAtProvider, startTestProvider } from '../../support/workspace/oidc-test-provider';
import { WORKSPACE_START_MS, WORKSPACE_TEST_MS } from '../../support/workspace/test-database';
import { type TestOrganization, type TestWorkspace, openTestWorkspace } from '../../support/workspace/test-workspace';

const ORIGIN = 'http://127.0.0.1:4300';

/** Sign-in through a real OpenID Connect provider, as a browser does it, against the workspace app. */
describe('single sign-on with OpenID Connect', { timeout: WORKSPACE_TEST_MS }, () => {
  let provider: TestProvider;
  let workspace: TestWorkspace;
  let org: TestOrganization;

  beforeAll(async () => {
    provider = await startTestProvider(`${ORIGIN}${SSO_CALLBACK_PATH}`, 'theta.test');
    workspace = await openTestWorkspace('pglite', {
      publicOrigin: ORIGIN,
      oidc: { issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret },
    });
    org = await workspace.organization('Theta Logistics');
    expect((await org.owner.post('/api/v1/members', { email: 'alice@theta.test', displayName: 'Alice', role: 'filer' })).status).toBe(201);
  }, WORKSPACE_START_MS);
  afterAll(async () => {
    await workspace?.close();
    await provider?.close();
  });

  /** The browser's round trip: start at the workspace, sign in at the provider, come back. */
  async function signInAs(login: string, options: { dropStateCookie?: boolean } = {}) {
    const browser = new ApiClient(workspace.app);
    const start = await browser.send('GET', '/api/v1/auth/oidc/start');
    expect(start.status).toBe(302);
    const stateCookie = /cp_workspace_sso_state=([^;]+)/.exec(start.headers.get('set-cookie') ?? '')?.[1];
    expect(stateCookie).toBeTruthy();
    const back = await signInAtProvider(start.headers.get('location')!, login, provider.issuer);
    expect(back.startsWith(`${ORIGIN}${SSO_CALLBACK_PATH}?`)).toBe(true);
    const callback = await browser.send('GET', back.slice(ORIGIN.length), {
      headers: options.dropStateCookie ? {} : { cookie: `cp_workspace_sso_state=${stateCookie}` },
    });
    return { browser, callback };
  }

  it('says single sign-on is on', async () => {
    expect((await new ApiClient(workspace.app).get('/api/v1/auth/methods')).body).toEqual({ singleSignOn: true });
  });

  it('signs a member in by their verified email, links the identity, and audits it', async () => {
    const { browser, callback } = await signInAs('alice');
    expect(callback.status).toBe(303);
    expect(callback.headers.get('location')).toBe('/');
    const session = await browser.get('/api/v1/session');
    expect(session).toMatchObject({ status: 200, body: { member: { email: 'alice@theta.test', role: 'filer', singleSignOn: true }, organization: { name: 'Theta Logistics' } } });
    const events = (await org.owner.get('/api/v1/audit?action=sign-in')).body.events;
    expect(events[0]).toMatchObject({ actor: { name: 'Alice' }, detail: { method: 'single-sign-on' } });
    // The second time, by the linked identity.
    expect((await signInAs('alice')).callback.headers.get('location')).toBe('/');
  });

  it('turns away someone who is not a member, with the reason, and no session', async () => {
    const { browser, callback } = await signInAs('mallory');
    expect(callback.status).toBe(303);
    expect(decodeURIComponent(callback.headers.get('location')!)).toMatch(/^\/#sign-in-error=mallory@theta\.test is not a member/);
    expect((await browser.get('/api/v1/session')).status).toBe(401);
  });

  it('refuses an answer that does not belong to a sign-in started in this browser', async () => {
    const { browser, callback } = await signInAs('alice', { dropStateCookie: true });
    expect(decodeURIComponent(callback.headers.get('location')!)).toMatch(/does not belong to a sign-in started in this browser/);
    expect((await browser.get('/api/v1/session')).status).toBe(401);
  });
});
