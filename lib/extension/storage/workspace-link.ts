import { z } from 'zod';
import { checkWorkspaceAddress } from '../../workspace/client/workspace-address';
import { profileAuditChain, writeAudited } from './audit-log';
import { parseInput, parseStored } from './parse-stored';
import { assertProfileLive, type ProfileContext } from './profile-context';
import { openPayload, type SealContext, sealPayload } from './sealed-payload';
import { InvalidInputError } from './storage-errors';
import { SYNC_MODES, type SyncMode, workspaceLinkRecord } from './sync-records';

/**
 * The team workspace an importer profile sends its scans to: its address, the upload token
 * (sealed) and the sync mode. Only the worker opens the token, to send; pages see whether one is set.
 */

/** What the Options page shows of a profile's workspace: everything but the token itself. */
export interface WorkspaceLinkInfo {
  origin: string;
  syncMode: SyncMode;
  /** Why the queue stopped: the workspace refused the token. Cleared when a new token is saved. */
  tokenProblem: string | null;
  updatedAt: string;
}

export interface WorkspaceLink extends WorkspaceLinkInfo {
  token: string;
}

const tokenSeal = (ctx: ProfileContext): SealContext => ({ purpose: 'workspace-token', profileId: ctx.profileId, recordId: 'workspace' });
const tokenPayload = z.object({ token: z.string().min(1) });

const linkInput = z.object({
  address: z.string().max(300),
  /** Left out to keep the token already saved (changing only the mode). */
  token: z.string().trim().min(8, 'the upload token is too short; paste the whole token the workspace showed').max(500).optional(),
  syncMode: z.enum(SYNC_MODES),
});

async function storedLink(ctx: ProfileContext) {
  const value = await ctx.db.get('workspaceLinks', ctx.profileId);
  return value === undefined ? null : parseStored(workspaceLinkRecord, value, 'the workspace link');
}

export async function workspaceLinkInfo(ctx: ProfileContext): Promise<WorkspaceLinkInfo | null> {
  const record = await storedLink(ctx);
  return record && { origin: record.origin, syncMode: record.syncMode, tokenProblem: record.tokenProblem, updatedAt: record.updatedAt };
}

/** The link with its token opened, for the worker's requests. */
export async function workspaceLink(ctx: ProfileContext): Promise<WorkspaceLink | null> {
  const record = await storedLink(ctx);
  if (!record) return null;
  const { token } = await openPayload(ctx.key, tokenSeal(ctx), record.token, tokenPayload, 'the workspace upload token');
  return { origin: record.origin, syncMode: record.syncMode, tokenProblem: record.tokenProblem, updatedAt: record.updatedAt, token };
}

/**
 * Save the workspace for this profile. The address is checked here as well as in the panel (https,
 * or http only to this computer); a new token clears a refused token's stop.
 */
export async function saveWorkspaceLink(ctx: ProfileContext, input: { address: string; token?: string; syncMode: SyncMode }): Promise<WorkspaceLinkInfo> {
  const parsed = parseInput(linkInput, input, 'The workspace settings');
  const address = checkWorkspaceAddress(parsed.address);
  if (!address.ok) throw new InvalidInputError(address.problem);
  const current = await storedLink(ctx);
  const sameWorkspace = current?.origin === address.origin;
  if (parsed.token === undefined && !sameWorkspace) throw new InvalidInputError(`Enter the upload token for ${address.origin}.`);
  const token = parsed.token === undefined ? current!.token : await sealPayload(ctx.key, tokenSeal(ctx), { token: parsed.token });
  const now = ctx.clock();
  const record = {
    profileId: ctx.profileId,
    origin: address.origin,
    syncMode: parsed.syncMode,
    token,
    tokenProblem: parsed.token === undefined ? (current?.tokenProblem ?? null) : null,
    updatedAt: now.toISOString(),
  };
  await writeAudited(ctx.db, profileAuditChain(ctx.profileId), [{ action: 'settings-change', object: `workspace ${address.origin} (sync ${parsed.syncMode})` }], now, {
    stores: ['workspaceLinks', 'keys'],
    what: 'the workspace settings',
    work: async (transaction) => {
      await assertProfileLive(transaction, ctx.profileId);
      await transaction.objectStore('workspaceLinks').put(record);
    },
  });
  return { origin: record.origin, syncMode: record.syncMode, tokenProblem: record.tokenProblem, updatedAt: record.updatedAt };
}

/**
 * Forget the workspace: its link, its cached approved classifications, and its queue. A scan queued
 * for this workspace is not sent to the next one set (a filer who switches workspaces must not
 * find old scans delivered to a team that never asked for them): it is marked not sent, and
 * "Send to workspace" can still send it deliberately. Sent scans keep their state.
 */
export async function removeWorkspaceLink(ctx: ProfileContext): Promise<void> {
  const current = await storedLink(ctx);
  if (!current) return;
  await writeAudited(ctx.db, profileAuditChain(ctx.profileId), [{ action: 'settings-change', object: `workspace ${current.origin} removed` }], ctx.clock(), {
    stores: ['workspaceLinks', 'classificationMasters', 'scanSync'],
    what: 'the removal of the workspace',
    work: async (transaction) => {
      await transaction.objectStore('workspaceLinks').delete(ctx.profileId);
      await transaction.objectStore('classificationMasters').delete([ctx.profileId, 'workspace']);
      const syncStore = transaction.objectStore('scanSync');
      for (const record of await syncStore.index('byProfile').getAll(ctx.profileId)) {
        if (!record.queued) continue;
        await syncStore.put({ ...record, queued: null, state: { kind: 'failed', reason: `Not sent: the workspace ${current.origin} was removed first.` } });
      }
    },
  });
}

/** The workspace refused the token: keep why, so the pages say it and the queue waits for a new one. */
export async function stopForToken(ctx: ProfileContext, problem: string): Promise<void> {
  const current = await storedLink(ctx);
  if (!current || current.tokenProblem === problem) return;
  await ctx.db.put('workspaceLinks', { ...current, tokenProblem: problem });
}
