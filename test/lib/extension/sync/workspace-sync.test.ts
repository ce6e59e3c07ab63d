import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManagedPolicy } from '../../../../lib/extension/policy/managed-policy';
import { createProfile, openProfileStore, type ProfileStore } from '../../../../lib/extension/storage';
import type { SyncEvent } from '../../../../lib/extension/messaging/sync-messages';
import { createWorkspaceSync, type SyncPorts } from '../../../../lib/extension/sync/workspace-sync';
import { type TestWorkspaceServer, startTestWorkspaceServer } from '../../../support/workspace/running-test-workspace';
import { WORKSPACE_START_MS } from '../../../support/workspace/test-database';
import { completedScan, freshDatabase } from '../storage/storage-fixture';

/**
 * The worker's side of sync (what entrypoints/background.ts wires to the browser) against a real
 * workspace on 127.0.0.1: which scans leave the browser and when, the policy's say, and the
 * classification master a check gets (a master file first, the workspace's, its copy offline).
 */
describe('workspace sync in the worker', { timeout: 60_000 }, () => {
  let server: TestWorkspaceServer;
  beforeAll(async () => {
    server = await startTestWorkspaceServer();
    const imported = await server.owner.json('POST', '/api/v1/master/import?jurisdiction=US', { body: 'Part No,HTS,Origin\nPN-1,7318.15.2030,DE\n', type: 'text/csv' });
    expect(imported.status).toBe(200);
  }, WORKSPACE_START_MS);
  afterAll(() => server?.workspace.close());

  async function setUp(options: { policy?: ManagedPolicy; granted?: boolean } = {}) {
    const db = await freshDatabase();
    const store = await openProfileStore(db, (await createProfile(db, { name: 'Acme Imports' })).id);
    const requests: string[] = [];
    const events: SyncEvent[] = [];
    const wakes: number[] = [];
    const ports: SyncPorts = {
      database: async () => db,
      policy: async () => options.policy ?? {},
      fetch: (input, init) => {
        requests.push(`${init.method} ${input}`);
        return fetch(input, init);
      },
      originGranted: async () => options.granted ?? true,
      wakeAt: (time) => void wakes.push(time),
      broadcast: (event) => void events.push(event),
    };
    return { store, requests, events, wakes, sync: createWorkspaceSync(ports) };
  }
  const link = async (store: ProfileStore, syncMode: 'off' | 'ask' | 'send', address = server.workspace.url) =>
    store.workspace.save({ address, token: (await server.newUploadToken()).secret, syncMode });

  it('makes no request at all without a workspace', async () => {
    const { store, sync, requests } = await setUp();
    const scan = await completedScan(store, 2);
    await sync.scanFinished(store, scan.id);
    expect(await sync.masterFor(store)).toBeNull();
    expect(await sync.send(store, scan.id)).toEqual({ ok: false, error: 'No workspace is set for this importer profile; add one in Options → Workspace.' });
    await sync.drainAll();
    expect(requests).toEqual([]);
  });

  it('sends a finished scan in "send" mode, and only on the user\'s Send in "ask" mode', async () => {
    const before = await server.scanCount();
    const { store, sync, events } = await setUp();
    await link(store, 'send');
    const sent = await completedScan(store, 2);
    await sync.scanFinished(store, sent.id);
    expect((await store.sync.states()).get(sent.id)).toMatchObject({ kind: 'sent', link: `${server.workspace.url}/#/scans/${sent.id}` });
    expect(events.map((event) => event.state?.kind)).toEqual(['queued', 'sent']);

    await store.workspace.save({ address: server.workspace.url, syncMode: 'ask' });
    const asked = await completedScan(store, 2);
    await sync.scanFinished(store, asked.id);
    expect((await store.sync.states()).get(asked.id)).toBeUndefined();
    expect(await sync.send(store, asked.id)).toEqual({ ok: true });
    expect((await store.sync.states()).get(asked.id)).toMatchObject({ kind: 'sent' });
    expect(await server.scanCount()).toBe(before + 2);
  });

  it('queues nothing and sends nothing when the administrator forbids sync, or sets another workspace', async () => {
    for (const policy of [{ syncAllowed: false }, { workspaceUrl: 'https://preflight.example.com' }]) {
      const { store, sync, requests } = await setUp({ policy });
      await link(store, 'send');
      const scan = await completedScan(store, 2);
      await sync.scanFinished(store, scan.id);
      expect(await store.sync.queued()).toEqual([]);
      const refused = await sync.send(store, scan.id);
      expect(refused).toMatchObject({ ok: false });
      expect(await sync.masterFor(store)).toBeNull();
      expect(requests).toEqual([]);
    }
  });

  it('sends nothing to a workspace whose browser permission is not granted, and says so', async () => {
    const { store, sync, requests } = await setUp({ granted: false });
    await link(store, 'send');
    const scan = await completedScan(store, 2);
    expect(await sync.send(store, scan.id)).toEqual({
      ok: false,
      error: `The browser's permission to reach ${server.workspace.url} is not granted; save the workspace again in Options to grant it.`,
    });
    expect(requests).toEqual([]);
  });

  it('an unreachable workspace leaves the scan queued and asks to be woken for the retry', async () => {
    const { store, sync, wakes } = await setUp();
    await link(store, 'send');
    await store.workspace.save({ address: 'http://127.0.0.1:9', token: 'cpw_upload_unreachable', syncMode: 'send' });
    const scan = await completedScan(store, 2);
    const started = Date.now();
    await sync.scanFinished(store, scan.id);
    expect((await store.sync.states()).get(scan.id)).toMatchObject({ kind: 'queued', failures: 1, lastError: expect.stringContaining('could not be reached') });
    expect(wakes).toHaveLength(1);
    expect(wakes[0]).toBeGreaterThanOrEqual(started + 30_000);
  });

  it('a refused token stops the queue until a new token is saved', async () => {
    const { store, sync, requests } = await setUp();
    const token = await server.newUploadToken();
    await store.workspace.save({ address: server.workspace.url, token: token.secret, syncMode: 'send' });
    await server.revokeUploadToken(token.id);
    const scan = await completedScan(store, 2);
    await sync.scanFinished(store, scan.id);
    expect((await store.workspace.info())?.tokenProblem).toMatch(/^The workspace refused the upload token: .*Create a new token/);
    const tried = requests.length;
    await sync.drainAll();
    expect(requests).toHaveLength(tried);
    await link(store, 'send');
    await sync.drainAll();
    expect((await store.sync.states()).get(scan.id)).toMatchObject({ kind: 'sent' });
  });

  it('gives a check the workspace\'s approved classifications, its sealed copy offline, and a master file before either', async () => {
    const { store, sync } = await setUp();
    await link(store, 'off');
    const fetched = await sync.masterFor(store);
    expect(fetched?.name).toBe(`the team workspace (${server.workspace.url})`);
    expect(fetched?.classificationOf('pn-1')).toMatchObject({ tariffCode: '7318152030', countryOfOrigin: 'DE' });

    // Offline: the address stops answering; the copy kept at the last fetch is used.
    const token = (await store.workspace.link())!.token;
    await store.workspace.save({ address: server.workspace.url.replace(/:\d+$/, ':9'), token, syncMode: 'off' });
    await store.masters.save('workspace', fetched!.name, [{ partNumber: 'PN-1', tariffCode: '7318152030', countryOfOrigin: 'DE', unit: null, note: null }]);
    expect((await sync.masterFor(store))?.classificationOf('PN-1')?.tariffCode).toBe('7318152030');

    await store.masters.save('file', 'master.csv', [{ partNumber: 'PN-1', tariffCode: '8471500150', countryOfOrigin: 'CN', unit: null, note: null }]);
    const chosen = await sync.masterFor(store);
    expect(chosen?.name).toBe('master.csv');
  });
});
