import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { WorkspaceConfig } from '../workspace-config';

/**
 * The browser session: an httpOnly cookie (scripts cannot read it) with SameSite=Strict (other
 * sites' pages cannot make the browser send it), Secure whenever the workspace is reached over
 * https. State-changing requests also need the session's CSRF token in a header (csrf-check.ts).
 */
export const SESSION_COOKIE = 'cp_workspace_session';

export function readSessionCookie(http: Context): string | undefined {
  return getCookie(http, SESSION_COOKIE);
}

export function setSessionCookie(http: Context, config: WorkspaceConfig, secret: string, expiresAt: Date): void {
  setCookie(http, SESSION_COOKIE, secret, { httpOnly: true, sameSite: 'Strict', secure: config.secureCookies, path: '/', expires: expiresAt });
}

export function clearSessionCookie(http: Context, config: WorkspaceConfig): void {
  deleteCookie(http, SESSION_COOKIE, { path: '/', secure: config.secureCookies, sameSite: 'Strict', httpOnly: true });
}
