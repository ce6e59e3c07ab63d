import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanUpload } from '../../../../lib/workspace/api/scan-upload';
import { WorkspaceClient } from '../../../../lib/workspace/client/workspace-client';
import type { AuditEvent } from '../../../../lib/extension/storage/audit-log';
import { drainQueue, enqueueSend, type QueuedSend, type ScanSyncState, type SyncQueueStore } from '../../../../lib/extension/sync/sync-queue';
import { type TestWorkspaceServer, startTestWorkspaceServer } from '../../../support/workspace/running-test-workspace';
import { tinyUpload } from '../../../support/workspace/sample-scans';
import { WORKSPACE_START_MS } from '../../../support/workspace/test-database';

/** What IndexedDB keeps across worker restarts; each `storeOver` is a fresh worker reading it. */
interface Persisted {
  queue: Map<string, QueuedSend>;
  states: Map<string, ScanSyncState>;
  uploads: Map<string, ScanUpload>;
  audit: AuditEvent[];
}
const persisted = (): Persisted => ({ queue: new Map(), states: new Map(), uploads: new Map(), audit: [] });
const storeOver = (data: Persisted): SyncQueueStore => ({
  queued: async () => [...data.queue.values()].map((entry) => ({ ...entry })),
  put: async (entry) => void data.queue.set(entry.scanId, { ...entry }),
  remove: async (scanId) => void data.queue.delete(scanId),
  uploadOf: async (scanId) => data.uploads.get(scanId) ?? null,
  setState: async (scanId, state) => void data.states.set(scanId, state),
  audit: async (events) => void data.audit.push(...events),
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const scan = (data: Persisted, partNumber: string) => {
  const upload = tinyUpload([{ ruleId: 'hts-format', severity: 'error', row: 1, partNumber }], { importerProfile: 'Acme Imports' });
  data.uploads.set(upload.scanId, upload);
  return upload.scanId;
};

describe('the sync queue against a real workspace', { timeout: 120_000 }, () => {
  let server: TestWorkspaceServer | undefined;
  let port: number;
  let clock = Date.parse('2026-12-01T09:00:00Z');
  const now = () => clock;

  beforeAll(async () => {
    port = await freePort();
  });
  afterAll(() => server?.workspace.close());

  it('keeps scans while the workspace is down, across worker restarts, and delivers each exactly once when it is back', async () => {
    const data = persisted();
    const origin = `http://127.0.0.1:${port}`;
    const first = scan(data, 'P-1');
    const second = scan(data, 'P-2');
    await enqueueSend(storeOver(data), first, now());
    await enqueueSend(storeOver(data), second, now());
    await enqueueSend(storeOver(data), first, now()); // asked twice: queued once

    const down = await drainQueue(storeOver(data), new WorkspaceClient(origin, 'cpw_upload_unused'), now);
    expect(down).toMatchObject({ kind: 'waiting', sent: 0, nextAttemptAt: clock + 30_000 });
    expect(data.states.get(first)).toMatchObject({ kind: 'queued', failures: 1, lastError: expect.stringContaining(`The workspace at ${origin} could not be reached`) });
    expect(data.queue.size).toBe(2);
    // A restarted worker tries the scan not tried yet, and leaves the one waiting for its backoff alone.
    expect(await drainQueue(storeOver(data), new WorkspaceClient(origin, 'x'), now)).toMatchObject({ kind: 'waiting', sent: 0 });
    expect([data.queue.get(first)!.failures, data.queue.get(second)!.failures]).toEqual([1, 1]);

    server = await startTestWorkspaceServer(port);
    const token = await server.newUploadToken('Chrome on the filing PC');
    clock += 31_000;
    // A fresh worker (new store and client objects over what IndexedDB kept).
    const back = await drainQueue(storeOver(data), new WorkspaceClient(origin, token.secret), now);
    expect(back).toEqual({ kind: 'done', sent: 2 });
    expect(data.queue.size).toBe(0);
    expect(data.states.get(first)).toEqual({ kind: 'sent', link: `${origin}/#/scans/${first}`, sentAt: clock });
    expect(await server.scanCount()).toBe(2);
    expect(await drainQueue(storeOver(data), new WorkspaceClient(origin, token.secret), now)).toEqual({ kind: 'done', sent: 0 });
    expect(await server.scanCount()).toBe(2);
    expect(data.audit.map((event) => event.object)).toEqual([
      expect.stringMatching(new RegExp(`^${first} not sent to ${origin}: The workspace at .* could not be reached`)),
      expect.stringMatching(new RegExp(`^${second} not sent to ${origin}: The workspace at .* could not be reached`)),
      `${first} sent to ${origin}`,
      `${second} sent to ${origin}`,
    ]);
  }, WORKSPACE_START_MS + 60_000);

  it('sends again after an answer lost on the way, and the workspace still stores the scan once', async () => {
    const data = persisted();
    const origin = server!.workspace.url;
    const token = await server!.newUploadToken();
    const scanId = scan(data, 'LOST-1');
    await enqueueSend(storeOver(data), scanId, now());
    const before = await server!.scanCount();
    // The request reaches the workspace, the answer never reaches the worker (stopped, offline).
    const losesAnswer = async (input: string, init: RequestInit) => {
      await fetch(input, init);
      throw new TypeError('Failed to fetch');
    };
    expect(await drainQueue(storeOver(data), new WorkspaceClient(origin, token.secret, losesAnswer), now)).toMatchObject({ kind: 'waiting' });
    clock += 31_000;
    expect(await drainQueue(storeOver(data), new WorkspaceClient(origin, token.secret), now)).toEqual({ kind: 'done', sent: 1 });
    expect(await server!.scanCount()).toBe(before + 1);
    expect(data.audit.at(-1)!.object).toBe(`${scanId} sent to ${origin} (it was already there)`);
  });

  it('stops at a revoked token with a message that says what to do, keeping the scans queued', async () => {
    const data = persisted();
    const origin = server!.workspace.url;
    const token = await server!.newUploadToken('old laptop');
    await server!.revokeUploadToken(token.id);
    const [a, b] = [scan(data, 'R-1'), scan(data, 'R-2')];
    await enqueueSend(storeOver(data), a, now());
    await enqueueSend(storeOver(data), b, now());
    const stopped = await drainQueue(storeOver(data), new WorkspaceClient(origin, token.secret), now);
    expect(stopped).toMatchObject({ kind: 'token-refused', sent: 0 });
    if (stopped.kind !== 'token-refused') throw new Error('unreachable');
    expect(stopped.message).toMatch(/The workspace refused the upload token: This upload token is unknown or was revoked.*Create a new token in the workspace/);
    expect(data.queue.size).toBe(2);
    // A new token sends them right away: no backoff was added for a token problem.
    const fresh = await server!.newUploadToken();
    expect(await drainQueue(storeOver(data), new WorkspaceClient(origin, fresh.secret), now)).toEqual({ kind: 'done', sent: 2 });
  });

  it('fails one scan the workspace refuses and goes on with the others', async () => {
    const data = persisted();
    const origin = server!.workspace.url;
    const token = await server!.newUploadToken();
    const refused = scan(data, 'C-1');
    // A field the workspace's schema does not know (a newer or broken client): refused (400), never stored.
    data.uploads.set(refused, { ...data.uploads.get(refused)!, reviewer: 'someone' } as never);
    const fine = scan(data, 'C-2');
    await enqueueSend(storeOver(data), refused, now());
    await enqueueSend(storeOver(data), fine, now());
    expect(await drainQueue(storeOver(data), new WorkspaceClient(origin, token.secret), now)).toEqual({ kind: 'done', sent: 1 });
    expect(data.states.get(refused)).toEqual({ kind: 'failed', reason: expect.stringMatching(/refused POST \/api\/v1\/scans: .*reviewer/) });
  });
});
