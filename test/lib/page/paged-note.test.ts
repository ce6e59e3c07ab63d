import { describe, expect, it } from 'vitest';
import type { PagedRead } from '../../../lib/page/paging/paged-reader';
import type { PageStatus } from '../../../lib/page/paging/pager-status';
import { pagedNote } from '../../../lib/page/whole-table-notes';

/** What the popup says of a walk through a paged table's pages (whole-table.ts). */
const status: PageStatus = { page: 3, pages: 80, total: null, unfiltered: null, shownRows: null };
const walk = (read: Partial<PagedRead>): PagedRead => ({
  rows: Array.from({ length: 2000 }, () => ['']),
  shownPage: null,
  shownFrom: 0,
  paging: { page: 3, pages: 80, allPagesRead: true },
  complete: true,
  walked: true,
  leaves: false,
  ...read,
});

describe('the note on a walk through the pages', () => {
  it('says the user is back on their page when the pager took them back', () => {
    expect(pagedNote(walk({}), status)).toBe('All 80 pages read (2,000 rows); back on page 3.');
  });

  it('does not say so when every page was read but the pager did not go back (a server that stopped answering on the way)', () => {
    const note = pagedNote(walk({ walked: false }), status);
    expect(note).not.toContain('back on page 3');
    expect(note).toContain('the table could not be brought back to page 3');
  });

  it('counts the rows read against the pages when the pager counts no rows', () => {
    expect(pagedNote(walk({ rows: [], complete: false, walked: false, paging: { page: 3, pages: 80, allPagesRead: false } }), status)).toBe(
      'Only 0 rows of the 80 pages could be read: the pager stopped answering. Check again, or export the table to a file.',
    );
  });

  it('says the walk ended where the table was gone from the page, with the pages and rows read', () => {
    const note = pagedNote(walk({ rows: Array.from({ length: 75 }, () => ['']), complete: false, tableLostAfter: 3, paging: { page: 3, pages: 4, allPagesRead: false } }), { ...status, pages: 4, pagesUncounted: true });
    expect(note).toBe('Only 75 rows on 3 pages could be read: the table was gone from the page once the pager moved on from page 3, so the pages after it were not read. Check again, or export the table to a file.');
  });
});
