import { z } from 'zod';
import { sealedPayloadSchema } from './sealed-payload';

/**
 * The records of the team workspace link (schema version 4): which workspace a profile sends to,
 * the sync queue and each scan's sync state, and the classification masters a check consults.
 * The upload token and the master's lines are sealed with the profile's key; what is in clear
 * (the workspace's address, times, counts, the workspace's own words for a failure) is what the
 * pages list and the worker schedules on, never catalog content.
 */

const isoTime = z.iso.datetime();

/** off: nothing is sent; ask: the popup offers Send after each scan; send: every scan is queued when it finishes. */
export const SYNC_MODES = ['off', 'ask', 'send'] as const;
export type SyncMode = (typeof SYNC_MODES)[number];

export const workspaceLinkRecord = z.object({
  profileId: z.string().min(1),
  /** The workspace's origin (https://preflight.example.com), as checked by checkWorkspaceAddress. */
  origin: z.string().min(1).max(300),
  syncMode: z.enum(SYNC_MODES),
  /** The upload token, sealed: it lets anyone holding it write into the team's workspace. */
  token: sealedPayloadSchema,
  /** Set when the workspace refused the token (401/403): the queue waits for a new one. */
  tokenProblem: z.string().max(2000).nullable(),
  updatedAt: isoTime,
});
export type WorkspaceLinkRecord = z.infer<typeof workspaceLinkRecord>;

export const queuedSendSchema = z.object({
  queuedAt: z.number(),
  failures: z.number().int().nonnegative(),
  notBefore: z.number(),
  lastError: z.string().max(2000).nullable(),
});

export const scanSyncStateSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('queued'), failures: z.number().int().nonnegative(), notBefore: z.number(), lastError: z.string().max(2000).nullable() }),
  z.object({ kind: z.literal('sent'), link: z.string().max(2000), sentAt: z.number() }),
  z.object({ kind: z.literal('failed'), reason: z.string().max(2000) }),
]);

/** A scan's place in the sync queue (null once sent or failed) and what the results page shows; deleted with the scan. */
export const scanSyncRecord = z.object({
  scanId: z.string().min(1),
  profileId: z.string().min(1),
  queued: queuedSendSchema.nullable(),
  state: scanSyncStateSchema,
});
export type ScanSyncRecord = z.infer<typeof scanSyncRecord>;

/** workspace: the approved classifications last fetched (used offline); file: a master file loaded in Options. */
export const MASTER_KINDS = ['workspace', 'file'] as const;
export type MasterKind = (typeof MASTER_KINDS)[number];

export const classificationMasterRecord = z.object({
  profileId: z.string().min(1),
  kind: z.enum(MASTER_KINDS),
  /** The file name, or the workspace's address. */
  name: z.string().min(1).max(1000),
  savedAt: isoTime,
  partCount: z.number().int().nonnegative(),
  lines: sealedPayloadSchema,
});
export type ClassificationMasterRecord = z.infer<typeof classificationMasterRecord>;
