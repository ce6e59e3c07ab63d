import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError } from '../../api/api-error';

/** An answer other than success, with the words a person needs to fix the request. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(message);
  }

  body(): ApiError {
    return { error: { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) } };
  }
}

/** Another organization's object and a missing one answer alike, so ids reveal nothing. */
export function notFound(what: string, id: string): HttpError {
  return new HttpError(404, 'not-found', `No ${what} ${id} in your organization.`);
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path id that is not a UUID cannot name anything: answered as not found, not as a bad request. */
export function pathId(value: string | undefined, what: string): string {
  if (value === undefined || !UUID_PATTERN.test(value)) throw notFound(what, value ?? '');
  return value.toLowerCase();
}
