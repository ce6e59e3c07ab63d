import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWithToolbarButton, flaggedInNewestScan, openGridPage } from './grid-flow';
import { type Harness, startHarness } from './harness';

/**
 * Rows of `display: contents` (react-data-grid's way) draw no box of their own, and the browser's
 * checkVisibility() calls them not visible: read as hidden, such a grid was "0 rows checked".
 */
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('a grid whose rows are display: contents', () => {
  it('is read row by row, and its one bad origin is flagged', async () => {
    await openGridPage(harness, 'css-grid-rows.html');
    const { popup } = await checkWithToolbarButton(harness);
    expect(await popup.evaluate(() => document.body.innerText)).toContain('30 rows checked');
    expect(await flaggedInNewestScan(harness)).toEqual(new Set(['7|origin|origin-not-country']));
    await popup.close().catch(() => {});
  });
});
