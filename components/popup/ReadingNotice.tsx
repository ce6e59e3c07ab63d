import { plural } from '../../lib/core/report/wording';
import type { ReadingFacts } from '../../lib/extension/messaging/worker-messages';
import { SafeText } from '../shared/SafeText';

/**
 * What was read and what was not, in plain words with counts: a scrolled grid, one page of
 * several, a filter hiding rows, a grid that does not say how many rows it has. When not every
 * row could be read, the notice says so first, so a partial check is never taken for a whole one.
 */
export function ReadingNotice({ reading, rowsChecked }: { reading: ReadingFacts | null; rowsChecked: number }) {
  if (!reading?.note) return null;
  const incomplete = reading.complete === false;
  return (
    <p class={incomplete ? 'reading-note incomplete' : 'reading-note'} role={incomplete ? 'status' : undefined}>
      {incomplete && <strong>Not the whole table was checked: {plural(rowsChecked, 'row was', 'rows were')} read. </strong>}
      <SafeText text={reading.note} />
    </p>
  );
}
