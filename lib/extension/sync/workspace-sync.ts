import type { ClassificationMaster } from '../../core/master/classification-master';
import { type Fetch, WorkspaceClient, WorkspaceRequestError } from '../../workspace/client/workspace-client';
import { masterOfWorkspace } from '../../workspace/client/workspace-master';
import type { SyncEvent } from '../messaging/sync-messages';
import { type ManagedPolicy, syncPermission, workspacePermission } from '../policy/managed-policy';
import { type CustomsDatabase, listProfiles, openProfileStore, type ProfileStore, type WorkspaceLink } from '../storage';
import { type DrainResult, drainQueue, enqueueSend } from './sync-queue';

/** What sync needs from the browser (entrypoints/background.ts), passed in so it runs the same in tests. */
export interface SyncPorts {
  database: () => Promise<CustomsDatabase>;
  policy: () => Promise<ManagedPolicy>;
  /** The worker's fetch: the only place the extension makes a request, and only to a workspace's origin. */
  fetch: Fetch;
  /** Whether the user granted the browser's permission for this origin (asked when the workspace was saved). */
  originGranted: (origin: string) => Promise<boolean>;
  /** Wake the worker at this time (ms) to try the queue again (chrome.alarms: it outlives the worker). */
  wakeAt: (time: number) => void;
  /** Tell the extension's pages a scan's sync state changed. */
  broadcast: (event: SyncEvent) => void;
  now?: () => number;
}

/** A check does not wait longer than this for the approved classifications; the cached copy is used instead. */
const MASTER_WAIT_MS = 10_000;

export type SendAnswer = { ok: true } | { ok: false; error: string };

/**
 * The extension's side of the team workspace, in the service worker: the queue of each profile
 * drained to its workspace (after a scan in "send" mode, on the user's Send, on the retry alarm,
 * on worker start-up), and the approved classifications fetched for a check.
 */
export function createWorkspaceSync(ports: SyncPorts) {
  const now = ports.now ?? Date.now;
  /** One drain per profile at a time: a scan finishing while the retry alarm fires is sent once. */
  const draining = new Map<string, Promise<void>>();

  /** The link to use, or why none may be used now (null reason: simply no workspace set). */
  async function usableLink(store: ProfileStore): Promise<{ link: WorkspaceLink | null; reason: string | null }> {
    const policy = syncPermission(await ports.policy());
    if (!policy.allowed) return { link: null, reason: policy.reason };
    const link = await store.workspace.link();
    if (!link) return { link: null, reason: null };
    const allowed = workspacePermission(link.origin, await ports.policy());
    if (!allowed.allowed) return { link: null, reason: allowed.reason };
    if (link.tokenProblem) return { link: null, reason: link.tokenProblem };
    if (!(await ports.originGranted(link.origin))) {
      return { link: null, reason: `The browser's permission to reach ${link.origin} is not granted; save the workspace again in Options to grant it.` };
    }
    return { link, reason: null };
  }

  function drain(store: ProfileStore): Promise<void> {
    const previous = draining.get(store.profileId) ?? Promise.resolve();
    const next = previous.then(() => drainNow(store));
    draining.set(store.profileId, next.catch(() => {}));
    return next;
  }

  async function drainNow(store: ProfileStore): Promise<void> {
    const { link } = await usableLink(store);
    if (!link) return;
    const sync = store.sync;
    // Every state change is announced, so an open results page shows it as it happens.
    const announcing = {
      ...sync,
      setState: async (scanId: string, state: Parameters<typeof sync.setState>[1]) => {
        await sync.setState(scanId, state);
        ports.broadcast({ type: 'sync-event', scanId, state });
      },
    };
    const result: DrainResult = await drainQueue(announcing, new WorkspaceClient(link.origin, link.token, ports.fetch), now);
    if (result.kind === 'waiting') ports.wakeAt(result.nextAttemptAt);
    if (result.kind === 'token-refused') {
      await store.workspace.stopForToken(result.message);
      ports.broadcast({ type: 'sync-event', scanId: null, state: null });
    }
  }

  async function storeOf(profileId: string): Promise<ProfileStore> {
    return openProfileStore(await ports.database(), profileId);
  }

  return {
    /** A scan finished: in "send" mode it is queued and sent; otherwise nothing leaves the browser. */
    async scanFinished(store: ProfileStore, scanId: string): Promise<void> {
      const { link } = await usableLink(store);
      if (link?.syncMode !== 'send') return;
      await enqueueSend(store.sync, scanId, now());
      ports.broadcast({ type: 'sync-event', scanId, state: { kind: 'queued', failures: 0, notBefore: now(), lastError: null } });
      await drain(store);
    },

    /** The user's "Send to workspace" on a scan (results page, or the popup in "ask" mode). */
    async send(store: ProfileStore, scanId: string): Promise<SendAnswer> {
      const { link, reason } = await usableLink(store);
      if (!link) return { ok: false, error: reason ?? 'No workspace is set for this importer profile; add one in Options → Workspace.' };
      await enqueueSend(store.sync, scanId, now());
      await drain(store);
      return { ok: true };
    },

    /** The retry alarm, worker start-up, or a workspace saved in Options: try every profile's queue. */
    async drainAll(): Promise<void> {
      for (const profile of await listProfiles(await ports.database())) {
        await drain(await storeOf(profile.id)).catch(() => {
          // One profile's stored problem must not keep the others' scans from their workspace.
        });
      }
    },

    /**
     * The classification master for a check: a master file loaded in Options wins (the user chose
     * it); otherwise the workspace's approved classifications, fetched now and kept sealed, or the
     * copy kept last time when the workspace cannot be reached; null without either.
     */
    async masterFor(store: ProfileStore): Promise<ClassificationMaster | null> {
      const file = await store.masters.read('file');
      if (file) return file;
      const { link } = await usableLink(store);
      if (!link) return null;
      const profile = await store.profile();
      try {
        const client = new WorkspaceClient(link.origin, link.token, withTimeout(ports.fetch, MASTER_WAIT_MS));
        const entries = await client.approvedClassifications(profile.jurisdiction);
        const master = masterOfWorkspace(link.origin, entries);
        await store.masters.save('workspace', master.name, entries.map(({ partNumber, tariffCode, countryOfOrigin, unit }) => ({ partNumber, tariffCode, countryOfOrigin, unit, note: null })));
        return master;
      } catch (error) {
        if (!(error instanceof WorkspaceRequestError)) throw error;
        if (error.kind === 'token') await store.workspace.stopForToken(error.message);
        return store.masters.read('workspace');
      }
    },
  };
}

export type WorkspaceSync = ReturnType<typeof createWorkspaceSync>;

/** A fetch that gives up after `ms`: a check should not hang on a workspace that does not answer. */
function withTimeout(fetchImpl: Fetch, ms: number): Fetch {
  return (input, init) => fetchImpl(input, { ...init, signal: AbortSignal.timeout(ms) });
}
