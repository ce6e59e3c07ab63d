import { z } from 'zod';
import { checkWorkspaceAddress } from '../../workspace/client/workspace-address';

/**
 * What an administrator can set for every user through the browser's enterprise policy
 * (`chrome.storage.managed`, schema in public/managed-schema.json). Users cannot change these;
 * the pages show what is locked and why.
 */
export const managedPolicySchema = z.object({
  /** Scans are never kept longer than this, whatever a profile says (1–365 days). */
  maxRetentionDays: z.number().int().min(1).max(365).optional(),
  /** Origins where automatic scanning may be turned on (e.g. https://ace.cbp.dhs.gov). */
  allowedAutoScanSites: z.array(z.string().max(300)).max(500).optional(),
  exportAllowed: z.boolean().optional(),
  syncAllowed: z.boolean().optional(),
  /** The team workspace every profile sends to (https://preflight.example.com); users enter only their token. */
  workspaceUrl: z
    .string()
    .max(300)
    .refine((text) => checkWorkspaceAddress(text).ok, 'it must be the workspace\'s https:// address (http only for localhost or 127.0.0.1)')
    .optional(),
  /** Importer profile names users may not edit or delete. */
  lockedProfiles: z.array(z.string().max(200)).max(500).optional(),
});
export type ManagedPolicy = z.infer<typeof managedPolicySchema>;

export interface PolicyReading {
  policy: ManagedPolicy;
  /** Settings the administrator wrote that could not be read; they are ignored and shown. */
  problems: string[];
}

/**
 * Read managed storage. Each setting is checked on its own, so one malformed value does not
 * throw away the others; unknown settings are ignored.
 */
export function readManagedPolicy(raw: unknown): PolicyReading {
  const policy: Record<string, unknown> = {};
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null) return { policy: {}, problems: [] };
  for (const [name, schema] of Object.entries(managedPolicySchema.shape)) {
    if (!Object.hasOwn(raw, name)) continue;
    const parsed = schema.safeParse((raw as Record<string, unknown>)[name]);
    if (parsed.success) policy[name] = parsed.data;
    else problems.push(`The policy setting "${name}" is not valid and is ignored (${parsed.error.issues[0]?.message ?? 'wrong type'}).`);
  }
  return { policy: policy as ManagedPolicy, problems };
}

/** The retention that applies: the profile's, capped by the administrator's maximum. */
export function effectiveRetentionDays(profileDays: number, policy: ManagedPolicy): number {
  return policy.maxRetentionDays === undefined ? profileDays : Math.min(profileDays, policy.maxRetentionDays);
}

export type Permission = { allowed: true } | { allowed: false; reason: string };

export function exportPermission(policy: ManagedPolicy): Permission {
  return policy.exportAllowed === false
    ? { allowed: false, reason: 'Your administrator has turned off exporting results (enterprise policy "exportAllowed").' }
    : { allowed: true };
}

export function syncPermission(policy: ManagedPolicy): Permission {
  return policy.syncAllowed === false
    ? { allowed: false, reason: 'Your administrator has turned off sync (enterprise policy "syncAllowed").' }
    : { allowed: true };
}

/** Why a profile cannot be edited or deleted, or null when it can. */
export function profileLockReason(profileName: string, policy: ManagedPolicy): string | null {
  return policy.lockedProfiles?.includes(profileName)
    ? `The profile "${profileName}" is locked by your administrator (enterprise policy "lockedProfiles").`
    : null;
}

export function autoScanPermission(origin: string, policy: ManagedPolicy): Permission {
  if (policy.allowedAutoScanSites === undefined || policy.allowedAutoScanSites.includes(origin)) return { allowed: true };
  return { allowed: false, reason: `Automatic scanning of ${origin} is not among the sites your administrator allows.` };
}

/**
 * The workspace address the administrator set, as an origin, or null when none is set (an address
 * that is not a workspace's was reported as a policy problem when the policy was read, and ignored).
 */
export function presetWorkspaceOrigin(policy: ManagedPolicy): string | null {
  if (policy.workspaceUrl === undefined) return null;
  const address = checkWorkspaceAddress(policy.workspaceUrl);
  return address.ok ? address.origin : null;
}

/** Whether a profile may send to this workspace: sync allowed, and the administrator's workspace if one is set. */
export function workspacePermission(origin: string, policy: ManagedPolicy): Permission {
  const sync = syncPermission(policy);
  if (!sync.allowed) return sync;
  const preset = presetWorkspaceOrigin(policy);
  if (preset !== null && preset !== origin) {
    return { allowed: false, reason: `Your administrator set the workspace to ${preset} (enterprise policy "workspaceUrl"); ${origin} cannot be used.` };
  }
  return { allowed: true };
}
