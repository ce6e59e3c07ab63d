import { z } from 'zod';

export const MAX_RETENTION_DAYS = 3650;

export const organizationSettingsSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** Scans older than this many days are deleted by the daily retention job. */
  retentionDays: z.number().int(),
  createdAt: z.string(),
});
export const organizationChangeSchema = z
  .object({ name: z.string().trim().min(1).max(200).optional(), retentionDays: z.number().int().min(1).max(MAX_RETENTION_DAYS).optional() })
  .strict();

/** Erasing everything must name the organization, so a stray request cannot do it. */
export const eraseRequestSchema = z.object({ confirmOrganizationName: z.string() }).strict();
export const eraseResultSchema = z.object({ scans: z.number().int(), masterEntries: z.number().int(), uploadTokens: z.number().int() });
