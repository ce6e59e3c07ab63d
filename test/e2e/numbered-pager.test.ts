import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedTable, type GridPage, pageLabels } from './fixture-pages';
import { checkWithToolbarButton, expectMarksOnTheirCells, flaggedInNewestScan, labelKeys, marksAfterRedraw, openGridPage } from './grid-flow';
import { type Harness, startHarness } from './harness';

/**
 * Paged tables whose pager is page numbers alone, with no "1–50 of 2,000" or "Page 4 of 40" line:
 * a toolbar click must walk every page, say how many it walked, and come back to the user's page,
 * not check the page shown as if it were the catalog. Both pages hold 50 lines a page, 40 pages.
 */
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

interface NumberedPager {
  page: GridPage;
  what: string;
  /** The pager's page-number items or buttons, and the one marked as the page shown. */
  numberSelector: string;
  currentSelector: string;
}

const PAGERS: NumberedPager[] = [
  {
    // The page shown marked only by a class on the item around its number; Next an icon button
    // named by its item's title; header in a table of its own, two fixed columns.
    page: 'grid-antd',
    what: 'Ant Design Table, the page shown marked by a class, an icon-only Next',
    numberSelector: '.ant-pagination-item',
    currentSelector: '.ant-pagination-item-active',
  },
  {
    // Five page links at a time (1–5 of 40), a rows-per-page dropdown, the page shown marked by
    // aria-current: the count the pager shows at the start is not the count it has.
    page: 'grid-primevue',
    what: 'PrimeVue DataTable, five page links of 40 shown at a time',
    numberSelector: '.p-paginator button',
    currentSelector: '[aria-current="page"]',
  },
];

describe.each(PAGERS)('a paged table whose pager shows page numbers only: $what', ({ page, numberSelector, currentSelector }) => {
  it('reads all 40 pages once, says 40, comes back to the user’s page 4, and marks the rows shown there', { timeout: 300_000 }, async () => {
    const currentPage = () => harness.page.$eval(currentSelector, (item) => item.textContent?.trim() ?? '');
    await openGridPage(harness, `${page}.html?paged=1`);
    await harness.page.$$eval(numberSelector, (items) =>
      items.find((item) => item.textContent?.trim() === '4')!.dispatchEvent(new MouseEvent('click', { bubbles: true })),
    );
    await harness.page.waitForFunction((selector: string) => document.querySelector(selector)?.textContent?.trim() === '4', { polling: 50 }, currentSelector);

    const { popup, elapsedMs } = await checkWithToolbarButton(harness, 240_000);
    const text = await popup.evaluate(() => document.body.innerText);
    console.log(`${page}?paged=1: 40 pages, popup verdict ${elapsedMs} ms after the click`);
    expect(text).toContain('2,000 rows checked');
    expect(text).toContain('All 40 pages read (2,000 rows); back on page 4.');
    expect(await currentPage()).toBe('4');
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(pageLabels(page).labels));
    await popup.close().catch(() => {});

    // Page 4 holds lines 151–200: its marks are on those rows (line 200's origin is seeded wrong).
    await harness.page.waitForFunction(() => document.querySelector('[data-customs-preflight-overlay]') !== null);
    const shown = await marksAfterRedraw(harness.page, expectedTable(page));
    expect(shown.length).toBeGreaterThan(0);
    for (const mark of shown) {
      expect(mark.row, 'marks only on the page shown').toBeGreaterThanOrEqual(151);
      expect(mark.row, 'marks only on the page shown').toBeLessThanOrEqual(200);
    }
    expectMarksOnTheirCells(shown, expectedTable(page));
  });
});
