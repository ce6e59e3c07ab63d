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
  if (!grantedOrigins.some((pattern) => pattern === `${site}/*`)) return false;
  return autoScanPermission(site, policy).allowed;
}

/** The host-permission pattern the browser grants for one site. */
export function sitePermissionPattern(site: string): string {
  return `${site}/*`;
}
