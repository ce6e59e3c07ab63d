import { useEffect, useState } from 'preact/hooks';
import { activeProfileStore } from '../../lib/extension/browser/profile-storage';
import { readPolicy } from '../../lib/extension/browser/read-policy';
import type { ManagedPolicy } from '../../lib/extension/policy/managed-policy';
import type { ProfileStore } from '../../lib/extension/storage';
import { ScanSyncState } from '../shared/ScanSyncState';

/** After a scan, when the profile's sync mode is "ask": offer to send it to the team workspace. */
export function AskToSend({ scanId }: { scanId: string }) {
  const [ready, setReady] = useState<{ store: ProfileStore; policy: ManagedPolicy } | null>(null);
  useEffect(() => {
    void (async () => setReady({ store: await activeProfileStore(), policy: (await readPolicy()).policy }))().catch(() => {
      // Without the profile's store there is nothing to offer; the scan's verdict still shows.
    });
  }, [scanId]);
  return ready && <ScanSyncState store={ready.store} scanId={scanId} policy={ready.policy} onlyWhenAsked />;
}
