import { SafeText } from '../shared/SafeText';
import { AutoScanSites } from './AutoScanSites';
import type { PanelProps } from './options-context';

/** Per portal: the column mappings kept from corrections on the results page, and automatic scanning. */
export function SitesPanel({ active, policy, locked, change, setMessage, setError }: PanelProps) {
  return (
    <section class="panel" id="sites" aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <section aria-labelledby="mappings-heading">
        <h3 id="mappings-heading">Column mappings kept per site</h3>
        {Object.keys(active.siteMappings).length === 0 ? (
          <p>None. Correct a mapping on the results page and it is kept for that site.</p>
        ) : (
          <ul>
            {Object.entries(active.siteMappings).map(([site, mapping]) => (
              <li key={site}>
                {site}: <SafeText text={Object.entries(mapping).map(([field, header]) => `${field} ← "${header}"`).join(', ')} />{' '}
                <button
                  type="button"
                  disabled={locked !== null}
                  onClick={() => {
                    const { [site]: _removed, ...rest } = active.siteMappings;
                    change({ siteMappings: rest }, 'Mappings');
                  }}
                >
                  Forget {site}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <AutoScanSites policy={policy.policy} onMessage={setMessage} onError={setError} />
    </section>
  );
}
