import { z } from 'zod';

/**
 * What happened, by whom, to which object. Events never carry catalog values (codes, values,
 * descriptions): only ids, counts and names a person gave (token names, member emails).
 */
export const AUDIT_ACTIONS = [
  'sign-in', 'sign-in-failed', 'sign-out',
  'scan.upload', 'scan.list', 'scan.read', 'scan.delete', 'dashboard.read',
  'master.read', 'master.approve', 'master.import',
  'member.add', 'member.change', 'member.remove', 'member.sign-in-link',
  'token.create', 'token.use', 'token.revoke',
  'organization.export', 'organization.settings', 'organization.erase', 'retention.delete',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.object({ kind: z.enum(['member', 'upload-token', 'system']), id: z.string().nullable(), name: z.string().nullable() }),
  action: z.enum(AUDIT_ACTIONS),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditQuerySchema = z
  .object({
    action: z.enum(AUDIT_ACTIONS).optional(),
    /** Events with a smaller id than this (paging backwards). */
    before: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .strict();
export const auditListSchema = z.object({ events: z.array(auditEventSchema) });
