import { useEffect, useState } from 'preact/hooks';
import { autoScanPermission, type ManagedPolicy } from '../../lib/extension/policy/managed-policy';
import { sitePermissionPattern } from '../../lib/extension/scan/auto-scan';
import { siteOf } from '../../lib/extension/scan/scan-options';
import { readSetting, writeSetting } from '../../lib/extension/storage';
import { pageDatabase } from '../../lib/extension/browser/profile-storage';

/**
 * Automatic scanning, per site. By default the extension reads a page only when its button is
 * pressed; turning this on for a portal asks the browser for access to that one site (the user
 * sees the browser's own prompt) and checks its catalog pages as they load.
 */
export function AutoScanSites({ policy, onMessage, onError }: { policy: ManagedPolicy; onMessage: (text: string) => void; onError: (text: string) => void }) {
  const [sites, setSites] = useState<string[]>([]);
  const reload = async () => setSites(await readSetting(await pageDatabase(), 'autoScanSites'));
  useEffect(() => {
    reload().catch(() => {});
  }, []);

  const turnOn = (address: string) => {
    const site = siteOf(address.trim());
    if (!site) return onError(`"${address}" is not a web address; write the portal's address, e.g. https://ace.cbp.dhs.gov.`);
    const allowed = autoScanPermission(site, policy);
    if (!allowed.allowed) return onError(allowed.reason);
    // Asked first, inside the click: the browser shows its prompt only for a user's action.
    browser.permissions
      .request({ origins: [sitePermissionPattern(site)] })
      .then(async (granted) => {
        if (!granted) return onError(`Access to ${site} was not granted, so it is not scanned automatically.`);
        await writeSetting(await pageDatabase(), 'autoScanSites', [...new Set([...sites, site])]);
        await reload();
        onMessage(`Pages of ${site} are now checked as they load.`);
      })
      .catch((e: unknown) => onError(e instanceof Error ? e.message : String(e)));
  };

  const turnOff = (site: string) => {
    void (async () => {
      await browser.permissions.remove({ origins: [sitePermissionPattern(site)] });
      await writeSetting(await pageDatabase(), 'autoScanSites', sites.filter((s) => s !== site));
      await reload();
      onMessage(`Automatic scanning of ${site} is off and its access removed.`);
    })().catch((e: unknown) => onError(e instanceof Error ? e.message : String(e)));
  };

  return (
    <section aria-labelledby="autoscan-heading">
      <h2 id="autoscan-heading">Automatic scanning</h2>
      <p>
        Off by default: a page is read only when you press the toolbar button. Turn it on for a portal you check often; the browser asks you to allow
        access to that site only.
      </p>
      {sites.length > 0 && (
        <ul>
          {sites.map((site) => (
            <li key={site}>
              {site}{' '}
              <button type="button" onClick={() => turnOff(site)}>
                Turn off for {site}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          turnOn(((e.currentTarget as HTMLFormElement).elements.namedItem('autoScanSite') as HTMLInputElement).value);
        }}
      >
        <label>
          Portal address <input name="autoScanSite" type="url" placeholder="https://ace.cbp.dhs.gov" required />
        </label>
        <button type="submit">Scan this site automatically</button>
      </form>
      {policy.allowedAutoScanSites && <p class="locked">Your administrator allows automatic scanning only for: {policy.allowedAutoScanSites.join(', ') || 'no site'}.</p>}
    </section>
  );
}
