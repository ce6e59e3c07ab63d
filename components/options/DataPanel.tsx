import { pageDatabase } from '../../lib/extension/browser/profile-storage';
import { deleteEverything } from '../../lib/extension/storage';
import type { PanelProps } from './options-context';

/** Everything Customs Preflight keeps in this browser, and the one button that removes it all. */
export function DataPanel({ policy, act, reload }: PanelProps) {
  return (
    <section class="panel" id="data" aria-labelledby="erase-heading">
      <h2 id="erase-heading">Delete everything</h2>
      <p>Removes every importer profile, encryption key, scan, schedule, setting and audit entry kept by Customs Preflight in this browser profile.</p>
      <button
        type="button"
        class="danger"
        disabled={(policy.policy.lockedProfiles?.length ?? 0) > 0}
        onClick={() =>
          act(async () => {
            if (!confirm('Delete everything Customs Preflight keeps in this browser?')) return '';
            await deleteEverything(await pageDatabase());
            await reload();
            return 'Everything was deleted.';
          })
        }
      >
        Delete everything
      </button>
    </section>
  );
}
