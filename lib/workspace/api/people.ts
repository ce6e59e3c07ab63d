import { z } from 'zod';
import { PERMISSIONS, ROLES } from './roles';

export const memberSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  /** Signed in through the organization's identity provider at least once. */
  singleSignOn: z.boolean(),
  createdAt: z.string(),
});
export type Member = z.infer<typeof memberSchema>;
export const memberListSchema = z.object({ members: z.array(memberSchema) });

export const newMemberSchema = z
  .object({ email: z.email().toLowerCase(), displayName: z.string().trim().min(1).max(200), role: z.enum(ROLES) })
  .strict();
export const memberChangeSchema = z.object({ role: z.enum(ROLES) }).strict();

/** A one-time sign-in link, shown once to whoever created it. */
export const signInLinkSchema = z.object({ link: z.string(), expiresAt: z.string() });

export const uploadTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  memberId: z.uuid(),
  memberName: z.string(),
  /** The first characters, so a person can tell tokens apart; never enough to use one. */
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type UploadToken = z.infer<typeof uploadTokenSchema>;
export const uploadTokenListSchema = z.object({ tokens: z.array(uploadTokenSchema) });
export const newUploadTokenSchema = z.object({ name: z.string().trim().min(1).max(100) }).strict();
/** The secret is in this answer only; the server keeps its hash. */
export const createdUploadTokenSchema = z.object({ token: uploadTokenSchema, secret: z.string() });

export const signInRequestSchema = z.object({ token: z.string().min(20).max(200) }).strict();

export const sessionSchema = z.object({
  member: memberSchema,
  organization: z.object({ id: z.uuid(), name: z.string() }),
  permissions: z.array(z.enum(Object.keys(PERMISSIONS) as [keyof typeof PERMISSIONS])),
  /** Sent back in the X-CSRF-Token header of every state-changing request. */
  csrfToken: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

export const signInMethodsSchema = z.object({ singleSignOn: z.boolean() });
