import type { WorkspaceConfig } from '../workspace-config';

/**
 * The link a person opens to sign in once. The secret is in the fragment (#), which browsers
 * never send to servers or proxies nor put in Referer headers; the web app reads it and posts it.
 */
export function signInUrl(config: WorkspaceConfig, secret: string): string {
  return `${config.publicOrigin}/#sign-in=${secret}`;
}
