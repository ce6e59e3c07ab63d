import type { Context } from 'hono';
import type { z } from 'zod';
import { HttpError } from './http-error';

/** zod's issues as the API reports them: where (dotted path) and what. */
export function schemaIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(root)', message: issue.message }));
}

function schemaError(what: 'body' | 'query', error: z.ZodError): HttpError {
  const issues = schemaIssues(error);
  const first = issues[0]!;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return new HttpError(400, `invalid-${what}`, `The request ${what} does not match the API: ${first.path}: ${first.message}${more}.`, issues);
}

export async function jsonBody<S extends z.ZodType>(http: Context, schema: S): Promise<z.output<S>> {
  const type = http.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new HttpError(415, 'unsupported-media-type', `Send the body as JSON with "Content-Type: application/json" (got "${type || 'no content type'}").`);
  }
  const text = await http.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, 'malformed-json', `The request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw schemaError('body', parsed.error);
  return parsed.data;
}

export async function csvBody(http: Context): Promise<string> {
  const type = http.req.header('content-type') ?? '';
  if (!/^text\/csv\b/i.test(type)) throw new HttpError(415, 'unsupported-media-type', `Send the CSV with "Content-Type: text/csv" (got "${type || 'no content type'}").`);
  return http.req.text();
}

export function queryInput<S extends z.ZodType>(http: Context, schema: S): z.output<S> {
  const parsed = schema.safeParse(http.req.query());
  if (!parsed.success) throw schemaError('query', parsed.error);
  return parsed.data;
}
