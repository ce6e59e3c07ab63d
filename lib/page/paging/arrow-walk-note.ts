import { groupedCount, plural } from '../../core/report/wording';
import type { ArrowWalk, ArrowWalkEnd } from './arrow-walk';
import { MAX_PAGES } from './paged-reader';

/**
 * What the popup says of a walk through a pager of arrows alone (arrow-walk.ts): how many rows on
 * how many pages, that the pager itself says neither, and, when the walk cannot know it read
 * everything, why.
 */

const UNCOUNTED = 'the pager does not say how many pages or rows there are';

/** Why the pages read may not be all there are, by how the walk forward ended. */
const WHY_UNFINISHED: Record<Exclude<ArrowWalkEnd, 'last'>, string> = {
  stuck: 'Next stayed enabled on the last page read but did not show other rows, so there may be more pages',
  empty: 'Next stayed enabled and then showed a page of no line, which may be the end or a page that did not load',
  seen: 'Next showed a page already read again, so it may go round and never reach the last page',
  vanished: 'the table was gone from the page once Next was pressed, so the pages after it were not read',
  leaves: 'Next would load another page of the site, which was not followed',
  capped: `the walk stops after ${groupedCount(MAX_PAGES)} pages`,
};

function whyUnfinished(walk: ArrowWalk): string {
  if (walk.end !== 'last') return WHY_UNFINISHED[walk.end];
  if (!walk.fromFirst) return 'Previous did not lead to a first page, so pages before those read may be missing';
  return 'not every row of the pages could be read whole';
}

export function arrowWalkNote(walk: ArrowWalk): string {
  const rows = groupedCount(walk.rows.length);
  const userPage = groupedCount(walk.paging.page);
  const notBack = `the table could not be brought back to the page you were on (page ${userPage} counted from the first): go back to it and check again to see the marks.`;
  if (walk.complete) {
    const read = `All ${plural(walk.pagesRead, 'page', 'pages')} read (${rows} rows), Next pressed until the pager's last page: ${UNCOUNTED}.`;
    return walk.walked ? `${read} Back on page ${userPage}.` : `${read} But ${notBack}`;
  }
  const read = `Only ${rows} rows on ${plural(walk.pagesRead, 'page', 'pages')} could be read, and ${UNCOUNTED}: ${whyUnfinished(walk)}.`;
  const back = walk.walked ? '' : ` Also, ${notBack}`;
  return `${read}${back} Check again, or export the table to a file.`;
}
