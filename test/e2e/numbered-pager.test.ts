import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedTable, pageLabels } from './fixture-pages';
import { checkWithToolbarButton, expectMarksOnTheirCells, flaggedInNewestScan, labelKeys, marksOnPage, openGridPage } from './grid-flow';
import { type Harness, nextFrames, startHarness } from './harness';

/**
 * A paged table whose pager is page numbers alone: no "1–50 of 2,000" or "Page 4 of 40" line,
 * the page shown marked only by a class on the item around its number, and Next an icon button
 * named by the title of its item (Ant Design's Table as most portals use it, grid-antd.html?paged=1:
 * 50 lines a page, header in a table of its own, two fixed columns). A toolbar click must walk
 * every page and come back to the user's, not check the page shown as if it were the catalog.
 */
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('a paged table whose pager shows page numbers only: grid-antd.html?paged=1', () => {
  it('reads all 40 pages once, comes back to the user’s page 4, and marks the rows shown there', { timeout: 240_000 }, async () => {
    const activePage = () => harness.page.$eval('.ant-pagination-item-active', (item) => item.textContent?.trim() ?? '');
    await openGridPage(harness, 'grid-antd.html?paged=1');
    await harness.page.$eval('.ant-pagination-item-4', (item) => item.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    await harness.page.waitForFunction(() => document.querySelector('.ant-pagination-item-active')?.textContent?.trim() === '4', { polling: 50 });

    const { popup, elapsedMs } = await checkWithToolbarButton(harness, 180_000);
    const text = await popup.evaluate(() => document.body.innerText);
    console.log(`grid-antd?paged=1: 40 pages, popup verdict ${elapsedMs} ms after the click`);
    expect(text).toContain('2,000 rows checked');
    expect(text).toContain('All 40 pages read (2,000 rows); back on page 4.');
    expect(await activePage()).toBe('4');
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(pageLabels('grid-antd').labels));
    await popup.close().catch(() => {});

    // Page 4 holds lines 151–200: its marks are on those rows (line 200's origin is seeded wrong).
    const expected = expectedTable('grid-antd');
    await harness.page.waitForFunction(() => document.querySelector('[data-customs-preflight-overlay]') !== null);
    await nextFrames(harness.page, 4);
    const shown = await marksOnPage(harness.page);
    expect(shown.length).toBeGreaterThan(0);
    for (const mark of shown) {
      expect(mark.row, 'marks only on the page shown').toBeGreaterThanOrEqual(151);
      expect(mark.row, 'marks only on the page shown').toBeLessThanOrEqual(200);
    }
    expectMarksOnTheirCells(shown, expected);
  });
});
