/**
 * A workspace address as a user types it, checked once for the command line and the extension
 * alike: https anywhere; http only to this computer (a workspace tried locally), because an upload
 * token and catalog findings sent in clear over a network can be read and replayed by anyone on it.
 */
export type WorkspaceAddress = { ok: true; origin: string } | { ok: false; problem: string };

/**
 * Not `[::1]`: the extension's content security policy must list every origin its worker may reach,
 * and a CSP source cannot name an IPv6 literal, so an address the extension could save but never
 * reach is refused here, for the command line too, with the same words.
 */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);

export function checkWorkspaceAddress(text: string): WorkspaceAddress {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, problem: `"${text}" is not a web address; give the workspace's address, e.g. https://preflight.example.com` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: `${url.protocol} addresses are not workspaces; use https://` };
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
    return { ok: false, problem: `http://${url.host} is refused: the upload token would cross the network unencrypted. Use https://, or http only for localhost or 127.0.0.1.` };
  }
  if (url.username || url.password) return { ok: false, problem: 'A workspace address must not carry a user name or password; the upload token is given separately.' };
  return { ok: true, origin: url.origin };
}

/** The web app's page of one scan. */
export function scanPageUrl(origin: string, scanId: string): string {
  return `${origin}/#/scans/${scanId}`;
}
