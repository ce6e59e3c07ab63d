import type { ScanInfo } from '../../lib/extension/storage';
import { plural } from '../../lib/core/report/wording';
import { SafeText } from '../shared/SafeText';

/** The profile's earlier scans, newest first; the open one is marked as current. */
export function ScanList({ scans, openId, onOpen }: { scans: readonly ScanInfo[]; openId: string | null; onOpen: (id: string) => void }) {
  return (
    <nav aria-labelledby="scans-heading">
      <h2 id="scans-heading">Scans</h2>
      {scans.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul class="scan-list">
          {scans.map((scan) => {
            const name = scan.source.kind === 'page' ? scan.source.title || scan.source.url : scan.source.fileName;
            return (
              <li key={scan.id}>
                <button type="button" aria-current={scan.id === openId ? 'true' : undefined} onClick={() => onOpen(scan.id)}>
                  <span class="scan-name">
                    <SafeText text={name} />
                  </span>
                  <span class="scan-when">{new Date(scan.createdAt).toLocaleString()}</span>
                  <span class="scan-counts">
                    {scan.summary ? `${plural(scan.summary.error, 'error', 'errors')}, ${plural(scan.summary.warning, 'warning', 'warnings')}` : scan.status}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </nav>
  );
}
