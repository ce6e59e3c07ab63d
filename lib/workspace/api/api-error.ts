import { z } from 'zod';

/** Every 4xx/5xx answer of the workspace API: a stable code for programs, a message for people. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** Where in the body or query the problem is, for schema errors (`findings.3.severity`). */
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
