import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedTable, pageLabels } from './fixture-pages';
import { checkWithToolbarButton, expectMarksOnTheirCells, flaggedInNewestScan, labelKeys, marksOnPage, openGridPage } from './grid-flow';
import { type Harness, nextFrames, startHarness } from './harness';

/**
 * PrimeVue's DataTable paged (grid-primevue.html?paged=1): 50 lines a page, a rows-per-page
 * dropdown, and a pager that shows five page links at a time (1–5 of 40) with no status line,
 * the page shown marked by aria-current. The walk must read all 40 pages, say so (not "5
 * pages", the links it saw at the start), and come back to the user's page 4.
 */
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('PrimeVue DataTable paged, five page links of 40 shown at a time', () => {
  it('reads all 40 pages once, says 40, comes back to the user’s page 4, and marks the rows shown there', { timeout: 300_000 }, async () => {
    const currentPage = () => harness.page.$eval('[aria-current="page"]', (item) => item.textContent?.trim() ?? '');
    await openGridPage(harness, 'grid-primevue.html?paged=1');
    await harness.page.$$eval('.p-paginator button', (buttons) => buttons.find((button) => button.textContent?.trim() === '4')!.click());
    await harness.page.waitForFunction(() => document.querySelector('[aria-current="page"]')?.textContent?.trim() === '4', { polling: 50 });

    const { popup, elapsedMs } = await checkWithToolbarButton(harness, 240_000);
    const text = await popup.evaluate(() => document.body.innerText);
    console.log(`grid-primevue?paged=1: 40 pages, popup verdict ${elapsedMs} ms after the click`);
    expect(text).toContain('2,000 rows checked');
    expect(text).toContain('All 40 pages read (2,000 rows); back on page 4.');
    expect(await currentPage()).toBe('4');
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(pageLabels('grid-primevue').labels));
    await popup.close().catch(() => {});

    // Page 4 holds lines 151–200: its marks are on those rows (line 200's origin is seeded wrong).
    await harness.page.waitForFunction(() => document.querySelector('[data-customs-preflight-overlay]') !== null);
    await nextFrames(harness.page, 4);
    const shown = await marksOnPage(harness.page);
    expect(shown.length).toBeGreaterThan(0);
    for (const mark of shown) expect(mark.row, 'marks only on the page shown').toBeGreaterThanOrEqual(151);
    for (const mark of shown) expect(mark.row, 'marks only on the page shown').toBeLessThanOrEqual(200);
    expectMarksOnTheirCells(shown, expectedTable('grid-primevue'));
  });
});
