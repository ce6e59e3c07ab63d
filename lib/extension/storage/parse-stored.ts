import type { z } from 'zod';
import { InvalidInputError, StoredRecordError } from './storage-errors';

/**
 * Parse, don't trust: IndexedDB hands back whatever is on disk, which an older build, a
 * half-finished migration or a hand edit in DevTools may have shaped differently. A record
 * that does not fit gives a clear error naming it, instead of odd behaviour later.
 */
export function parseStored<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  if (value === undefined) throw new StoredRecordError(what, 'it is missing');
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  throw new StoredRecordError(what, `${where}${issue?.message ?? 'unexpected shape'}`);
}

/**
 * Check what a caller asks to store against the schema it will be read back with, so a bad
 * value is refused now with every problem named, not found later as a damaged record.
 */
export function parseInput<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`);
  throw new InvalidInputError(`${what} is not valid: ${problems.join('; ')}.`);
}
