import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestWorkspaceServer, startTestWorkspaceServer } from '../support/workspace/running-test-workspace';
import { type ExtensionRequest, keepWorkersRunning, type Relay, relayTo, watchExtensionRequests } from './extension-traffic';
import { type Harness, startHarness } from './harness';
import { allowSiteAccessAsTheUser } from './site-access';
import { extensionUrl, openResults, openScanId, pressToolbarButton } from './user-flow';

/**
 * The extension and a real team workspace (started here on 127.0.0.1, reached through a relay the
 * test takes down and brings back): a scan is sent as it finishes, kept through a workspace that is
 * down and a service worker that is stopped, delivered exactly once, stopped by a revoked token with
 * a message saying what to do; and nothing goes anywhere but the workspace, from the worker alone.
 */
describe('sync to the team workspace', { timeout: 180_000 }, () => {
  let server: TestWorkspaceServer;
  let relay: Relay;
  let harness: Harness;
  let requests: ExtensionRequest[];
  let token: { id: string; secret: string };

  const until = async (what: string, condition: () => Promise<boolean>, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await condition()) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`Waited ${timeoutMs / 1000} s for ${what}.`);
  };
  const pageText = (page: Page) => page.evaluate(() => document.body.innerText);

  beforeAll(async () => {
    server = await startTestWorkspaceServer();
    relay = await relayTo(Number(new URL(server.workspace.url).port));
    harness = await startHarness();
    requests = await watchExtensionRequests(harness);
    token = await server.newUploadToken('Chrome on the filing PC');
  }, 120_000);
  afterAll(async () => {
    await harness?.close();
    await relay?.close();
    await server?.workspace.close();
  });

  it('saves the workspace in Options, sends a scan as it finishes, and links to it in the workspace', async () => {
    const options = await harness.browser.newPage();
    await options.goto(extensionUrl(harness, 'options.html'));
    await options.waitForSelector('#workspace-heading');
    await options.locator('::-p-aria(Workspace address)').fill('http://192.0.2.10:8787');
    await options.locator('::-p-aria(Upload token)').fill(token.secret);
    await options.locator('::-p-aria(Save workspace)').click();
    await until('the refusal of remote http', async () => (await pageText(options)).includes('http://192.0.2.10:8787 is refused'));

    await allowSiteAccessAsTheUser(harness, 'http://127.0.0.1/*');
    await options.locator('::-p-aria(Workspace address)').fill(relay.origin);
    await options.locator('::-p-aria(Send after each scan)').click();
    await options.locator('::-p-aria(Save workspace)').click();
    await until('the workspace to be saved', async () => (await pageText(options)).includes(`Workspace ${relay.origin} saved; sync sends after each scan.`));
    // The browser's permission, for exactly that origin and nothing else.
    expect((await options.evaluate(() => chrome.permissions.getAll())).origins).toEqual(['http://127.0.0.1/*']);
    await options.close();

    await pressToolbarButton(harness, 'customs-portal.html');
    await until('the workspace to hold the scan', async () => (await server.scanCount()) === 1);
    const results = await openResults(harness);
    const scanId = await openScanId(results);
    await results.waitForSelector('.sync-sent a');
    expect(await results.$eval('.sync-sent a', (a) => a.getAttribute('href'))).toBe(`${relay.origin}/#/scans/${scanId}`);
    const stored = await server.owner.get(`/api/v1/scans/${scanId}`);
    expect(stored.status).toBe(200);
    expect(JSON.stringify(stored.body)).toContain('Default importer');

    // The link opens the scan in the workspace's web app, for a member signed in there.
    const href = (await results.$eval('.sync-sent a', (a) => a.getAttribute('href')))!;
    const viewer = await server.owner.post('/api/v1/members', { email: 'viewer@broker.test', displayName: 'Viewer', role: 'viewer' });
    const signInLink = (await server.owner.post(`/api/v1/members/${viewer.body.id}/sign-in-link`)).body.link as string;
    const web = await harness.browser.newPage();
    await web.goto(signInLink, { waitUntil: 'load' });
    await web.waitForSelector('.workspace-header');
    await web.goto(href, { waitUntil: 'load' });
    await web.waitForSelector('table.findings tbody tr');
    const findingsInWorkspace = (await server.owner.get(`/api/v1/scans/${scanId}/findings?limit=500`)).body.total as number;
    expect(findingsInWorkspace).toBeGreaterThan(0);
    await web.waitForFunction((n: number) => document.querySelectorAll('table.findings tbody tr').length === n, { timeout: 30_000 }, findingsInWorkspace);
    await web.close();
    await results.close();
  });

  it('keeps scans while the workspace is down, through a stopped worker, and delivers each exactly once when it is back', async () => {
    await relay.down();
    await pressToolbarButton(harness, 'customs-portal.html');
    const first = await openResults(harness);
    const firstId = await openScanId(first);
    await first.waitForSelector('.sync-queued');
    expect(await first.$eval('.sync-queued', (p) => p.textContent)).toMatch(
      new RegExp(`Queued for the workspace \\(tried 1 time; next try .*\\): The workspace at ${relay.origin} could not be reached`),
    );
    await first.close();
    await pressToolbarButton(harness, 'large-table.html');
    const second = await openResults(harness);
    const secondId = await openScanId(second);
    await second.waitForSelector('.sync-queued');
    await second.close();
    expect(await server.scanCount()).toBe(1);

    // Chrome stops the worker; the workspace comes back. Only the retry alarm wakes a new worker.
    const stopper = await harness.page.createCDPSession();
    await stopper.send('ServiceWorker.enable');
    await stopper.send('ServiceWorker.stopAllWorkers');
    await relay.up();
    const release = keepWorkersRunning(harness);
    try {
      await until('both queued scans to arrive', async () => (await server.scanCount()) === 3, 120_000);
      // A little longer: nothing arrives twice (a later alarm, start-up drains).
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(await server.scanCount()).toBe(3);
    } finally {
      release();
    }
    for (const id of [firstId, secondId]) expect((await server.owner.get(`/api/v1/scans/${id}`)).status).toBe(200);
    const results = await openResults(harness, firstId);
    await results.waitForSelector('.sync-sent a');
    await results.close();
  });

  it('in "ask" mode offers Send in the popup after a scan, and sends only when pressed', async () => {
    const options = await harness.browser.newPage();
    await options.goto(extensionUrl(harness, 'options.html'));
    await options.locator('::-p-aria(Ask after each scan)').click();
    await options.locator('::-p-aria(Save workspace)').click();
    await until('the mode to be saved', async () => (await pageText(options)).includes('sync asks after each scan.'));
    await options.close();
    const before = await server.scanCount();
    const { popup } = await pressToolbarButton(harness, 'customs-portal.html');
    await popup.locator('::-p-aria(Send to workspace)').wait();
    expect(await server.scanCount()).toBe(before);
    await popup.locator('::-p-aria(Send to workspace)').click();
    await popup.waitForSelector('.sync-sent a');
    expect(await server.scanCount()).toBe(before + 1);
    await popup.close();
  });

  it('stops at a revoked token and says so on the results page, where Send is off, and in Options', async () => {
    await server.revokeUploadToken(token.id);
    const before = await server.scanCount();
    const { popup } = await pressToolbarButton(harness, 'customs-portal.html');
    await popup.close();
    // The check itself asked the workspace for its approved classifications, and was refused.
    const results = await openResults(harness);
    await results.waitForSelector('.workspace-sync [role="alert"]', { timeout: 30_000 });
    expect(await results.$eval('.workspace-sync [role="alert"]', (p) => p.textContent)).toMatch(
      /Sync stopped: The workspace refused the upload token: .*Create a new token in the workspace \(Members and tokens\) and enter it again\./,
    );
    expect(await results.$eval('.workspace-sync button', (button) => [button.textContent, (button as HTMLButtonElement).disabled])).toEqual(['Send to workspace', true]);
    await results.close();
    const options = await harness.browser.newPage();
    await options.goto(extensionUrl(harness, 'options.html'));
    await until('Options to say sync stopped', async () => (await pageText(options)).includes('Sync stopped: The workspace refused the upload token'));
    expect(await server.scanCount()).toBe(before);

    // Removing the workspace gives the browser's access to it back.
    await options.locator('::-p-aria(Remove workspace)').click();
    await until('the removal', async () => (await pageText(options)).includes(`Workspace ${relay.origin} removed`));
    expect((await options.evaluate(() => chrome.permissions.getAll())).origins).toEqual([]);
    await options.close();
  });

  it('made requests only to the workspace, and only from the service worker', () => {
    const offMachine = requests.filter((request) => !/^(chrome-extension|data|blob):/.test(request.url));
    expect(offMachine.length).toBeGreaterThan(0);
    expect(offMachine.filter((request) => !request.url.startsWith(`${relay.origin}/`))).toEqual([]);
    expect(offMachine.filter((request) => !request.fromWorker)).toEqual([]);
  });
});
