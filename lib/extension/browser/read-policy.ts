import { type PolicyReading, readManagedPolicy } from '../policy/managed-policy';

/**
 * The administrator's policy from `chrome.storage.managed`. Without an enterprise policy the
 * area is empty (or, in browsers without managed storage, throws): no policy then.
 */
export async function readPolicy(): Promise<PolicyReading> {
  try {
    return readManagedPolicy(await browser.storage.managed.get());
  } catch {
    return { policy: {}, problems: [] };
  }
}
