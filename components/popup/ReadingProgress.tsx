import { useState } from 'preact/hooks';
import { cancelReading } from '../../lib/extension/browser/page-tab';

/**
 * How far reading or checking got, with a Cancel button while the page is still being read
 * (scrolling a grid, walking a pager): a long catalog takes a while and the user may want their
 * page back. Cancelling hands nothing to the worker; the popup then says nothing was checked.
 */
export function ReadingProgress({ tabId, scanId, phase, done, total }: { tabId: number; scanId: string; phase: string; done: number; total: number }) {
  const [cancelling, setCancelling] = useState(false);
  const reading = phase === 'reading';
  return (
    <div class="reading-progress">
      <label class="progress">
        {reading ? 'Reading rows' : 'Checking rows'} {done.toLocaleString('en')} of {total.toLocaleString('en')}
        <progress max={Math.max(total, 1)} value={done} />
      </label>
      {reading && (
        <button
          type="button"
          disabled={cancelling}
          onClick={() => {
            setCancelling(true);
            void cancelReading(tabId, scanId);
          }}
        >
          {cancelling ? 'Cancelling…' : 'Cancel'}
        </button>
      )}
    </div>
  );
}
