import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageLabels } from './fixture-pages';
import { checkWithToolbarButton, flaggedInNewestScan, labelKeys, openGridPage } from './grid-flow';
import { type Harness, startHarness } from './harness';

/**
 * Growing lists, driven as a user does: a table that shows its first 20 rows and a control below
 * them that adds 20 more (SAP Fiori's growing table, "More [20 / 300]"; a portal's "Weitere
 * laden" under "20 von 130 Positionen"). A toolbar click presses it until every row is shown,
 * checks them all, and puts the user's place on the page back; when the list stops adding rows
 * before it is whole, the popup says how many rows of how many were read.
 */
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const pageScroll = () => harness.page.evaluate(() => document.scrollingElement!.scrollTop);

const GROWING = [
  { page: 'grid-ui5-growing' as const, trigger: 'More', rows: 300 },
  { page: 'portal-load-more' as const, trigger: 'Weitere laden', rows: 130 },
];

describe.each(GROWING)('a growing list: $page', ({ page, trigger, rows }) => {
  it(`presses "${trigger}" until every row is shown, checks them all and says so`, { timeout: 180_000 }, async () => {
    await openGridPage(harness, `${page}.html`);
    await harness.page.evaluate(() => window.scrollTo({ top: 150, behavior: 'instant' }));
    const userScroll = await pageScroll();
    expect(userScroll).toBeGreaterThan(0);

    const { popup } = await checkWithToolbarButton(harness, 150_000);
    const text = await popup.evaluate(() => document.body.innerText);
    const labels = pageLabels(page);
    expect(labels.rows).toBe(rows);
    expect(text).toContain(`${rows} rows checked`);
    expect(text).toMatch(new RegExp(`All ${rows} rows read: "${trigger}" below the table was pressed \\d+ times to show them\\.`));
    expect(text).not.toContain('Not the whole table was checked');
    expect(await pageScroll()).toBe(userScroll);
    // The portal's "Mehr" actions menu sits above the table: it is not the list's trigger.
    expect(await harness.page.evaluate(() => document.body.dataset.actionsMenuPressed)).toBeUndefined();
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(labels.labels));
    await popup.close().catch(() => {});
  });
});

describe('a growing list that stops loading before it is whole', () => {
  it('checks the rows it could load and says how many of how many', { timeout: 120_000 }, async () => {
    await openGridPage(harness, 'portal-load-more.html?fail-after=60');
    const { popup } = await checkWithToolbarButton(harness, 90_000);
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('60 rows checked');
    expect(text).toContain('Not the whole table was checked');
    expect(text).toContain('Only 60 of 130 rows could be read: "Weitere laden" below the table was pressed 3 times and the last press showed no new rows.');
    const labels = pageLabels('portal-load-more');
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(labels.labels.filter((label) => label.row <= 60)));
    await popup.close().catch(() => {});
  });
});
