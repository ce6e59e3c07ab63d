import { autoScanPermission, type ManagedPolicy } from '../policy/managed-policy';
import { siteOf } from './scan-options';

/**
 * Whether a page that just finished loading is scanned without a click: its site is one the
 * user turned automatic scanning on for, the browser granted the site's optional host
 * permission (the user agreed at that moment), and the administrator's policy allows the site.
 */
export function shouldAutoScan(url: string, sites: readonly string[], grantedOrigins: readonly string[], policy: ManagedPolicy): boolean {
  const site = siteOf(url);
  if (!site || !sites.includes(site)) return false;
  if (!grantedOrigins.includes(sitePermissionPattern(site))) return false;
  return autoScanPermission(site, policy).allowed;
}

/**
 * The host-permission pattern the browser grants for one site. Without its port: match patterns
 * have no port in Firefox (a pattern with one is accepted and kept, but matches no page, so the
 * extension never saw the portal's tabs), and in Chrome a pattern without a port matches every
 * port of the host.
 */
export function sitePermissionPattern(site: string): string {
  const { protocol, hostname } = new URL(site);
  return `${protocol}//${hostname}/*`;
}
