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

/**
 * Lists that load more rows when scrolled to their end ("infinite scroll"), with no control and
 * no count: scrolled to the end as a user would while they grow, in their own box or in the page.
 */
describe.each([
  { where: 'in its own box', file: 'grid-scroll-load.html', scroller: '.lines' },
  { where: 'in the page', file: 'grid-scroll-load.html?scroll=window', scroller: null },
  { where: 'drawn as an ARIA grid of divs', file: 'grid-scroll-load.html?aria', scroller: '.lines' },
])('a list that loads more rows when scrolled to its end, $where', ({ file, scroller }) => {
  it('is scrolled to its end until it stops growing, checked whole, and the user is put back', { timeout: 120_000 }, async () => {
    await openGridPage(harness, file);
    const place = (selector: string | null) => harness.page.evaluate((box) => (box ? document.querySelector(box)! : document.scrollingElement!).scrollTop, selector);
    await harness.page.evaluate((box) => (box ? document.querySelector(box)! : document.scrollingElement!).scrollTo({ top: 120, behavior: 'instant' }), scroller);
    const userPlace = await place(scroller);
    expect(userPlace).toBe(120);
    const shownBefore = await harness.page.evaluate(() => document.querySelectorAll('tbody tr, [role="rowgroup"] > [role="row"]').length);
    expect(shownBefore).toBeGreaterThan(0);
    expect(shownBefore).toBeLessThan(300);

    const { popup } = await checkWithToolbarButton(harness, 90_000);
    const text = await popup.evaluate(() => document.body.innerText);
    const labels = pageLabels('grid-scroll-load');
    expect(text).toContain(`${labels.rows} rows checked`);
    expect(text).toMatch(new RegExp(`All ${labels.rows} rows read: the list loads more rows as it is scrolled, and was scrolled to its end \\d+ times to show them\\.`));
    expect(text).not.toContain('Not the whole table was checked');
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(labels.labels));
    expect(await place(scroller)).toBe(userPlace);
    await popup.close().catch(() => {});
  });
});

describe('a list that drops its first rows as it loads more when scrolled', () => {
  it('is not called whole', { timeout: 120_000 }, async () => {
    await openGridPage(harness, 'grid-scroll-load.html?keep=120');
    const { popup } = await checkWithToolbarButton(harness, 90_000);
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('Not the whole table was checked');
    expect(text).toContain('it loads more rows as it is scrolled, but took its first rows away as it did.');
    await popup.close().catch(() => {});
  });
});
