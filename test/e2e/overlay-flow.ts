import type { PageMark, PageTableSummary, ShowMarksReply } from '../../lib/extension/messaging/messages';
import { pageMarksFor } from '../../lib/extension/scan/page-marks';
import { validateTable } from '../../lib/core/validate';
import type { ExpectedTable } from './fixture-pages';
import { type Harness, injectContentScript, nextFrames, openFixture, sendToContent } from './harness';

/** Steps the overlay's browser tests share: the marks a scan would draw, and drawing them. */

/** What the service worker sends after a scan: the findings of the table as marks. */
export function marksFor(table: ExpectedTable): PageMark[] {
  return pageMarksFor(validateTable({ ...table, sourceName: 'page' }));
}

/** The page's most catalog-like table, as the popup picks it. */
export async function catalogTableId(harness: Harness): Promise<string> {
  const tables = await sendToContent<PageTableSummary[]>(harness, { type: 'list-tables' });
  return tables[0]!.tableId;
}

/**
 * Open a page and draw marks on its catalog; returns the content script's reply. The table is
 * not sent again: the worker would draw the real findings when a scan completes, and these
 * tests draw marks of their own.
 */
export async function showMarks(harness: Harness, file: string, marks: PageMark[]): Promise<ShowMarksReply> {
  await openFixture(harness, file);
  await injectContentScript(harness);
  const reply = await sendToContent<ShowMarksReply>(harness, { type: 'show-marks', tableId: await catalogTableId(harness), marks });
  await nextFrames(harness.page);
  return reply;
}
