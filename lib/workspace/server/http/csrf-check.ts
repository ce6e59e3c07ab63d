import type { Context } from 'hono';
import { sameSecret } from '../stores/secrets';
import type { WorkspaceConfig } from '../workspace-config';
import type { Caller } from './endpoint';
import { HttpError } from './http-error';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

/**
 * A browser sends the session cookie with any request to this origin, so a state-changing request
 * must also prove it came from the workspace's own page: the session's CSRF token in a header
 * (another site's page cannot read it, nor set custom headers without CORS, which this server
 * never allows). Upload tokens are not sent by browsers on their own, so they need no such proof.
 */
export function checkCsrf(http: Context, caller: Caller): void {
  if (SAFE_METHODS.has(http.req.method) || caller.via.kind !== 'session') return;
  const sent = http.req.header(CSRF_HEADER);
  if (!sent || !sameSecret(sent, caller.via.csrfToken)) {
    throw new HttpError(403, 'csrf', `This request changes data but does not carry the session's CSRF token in the ${CSRF_HEADER} header. Reload the workspace page and try again.`);
  }
}

/** Refuse state-changing requests a browser says come from another origin (defence in depth, and sign-in has no session yet). */
export function checkOrigin(http: Context, config: WorkspaceConfig): void {
  if (SAFE_METHODS.has(http.req.method)) return;
  const origin = http.req.header('origin');
  if (origin === undefined || origin === config.publicOrigin || origin === new URL(http.req.url).origin) return;
  throw new HttpError(403, 'cross-origin', `Requests from ${origin} may not change workspace data.`);
}
