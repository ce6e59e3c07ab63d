import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWithToolbarButton, flaggedInNewestScan, labelKeys } from './grid-flow';
import { pageLabels } from './fixture-pages';
import { type Harness, startHarness } from './harness';

/**
 * A table the portal's server pages (server-pages-route.ts): each page a document of its own, the
 * pager's controls links to the others' addresses. Pressing them, as script pagers are pressed,
 * took the user's tab to page 1 and ended the read: "The page changed …, so nothing was checked".
 * The pages are read by their addresses in a frame the user does not see; the tab stays put.
 */
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** Open `path` of the test server and check it by a toolbar click: the address, the popup and its words. */
async function checkAt(path: string): Promise<{ address: string; popup: Page; text: string }> {
  const address = `${harness.server.origin}${path}`;
  await harness.page.goto(address, { waitUntil: 'load' });
  await harness.page.bringToFront();
  const { popup } = await checkWithToolbarButton(harness);
  return { address, popup, text: await popup.evaluate(() => document.body.innerText) };
}

describe.each([3, 1, 12])('a table the server pages, checked on its page %i of 12', (page) => {
  it('reads every page by its address, out of sight, and leaves the tab on the user\'s page', { timeout: 120_000 }, async () => {
    const { address, popup, text } = await checkAt(`server-pages/${page}.html`);
    expect(text).toContain('300 rows checked');
    expect(text).toContain(`All 12 pages read (300 rows): the pages are pages of the site of their own, read out of sight; this tab stayed on page ${page}.`);
    expect(harness.page.url()).toBe(address);
    // The frame the pages were read in is gone.
    expect(await harness.page.$$eval('iframe', (frames) => frames.length)).toBe(0);
    await popup.close().catch(() => {});
    // The same 300 lines as grid-filter-rows, with the same seeded problems.
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(pageLabels('grid-filter-rows').labels));
  });
});

describe('a table the server pages, its pager buttons loading the pages by their script', () => {
  it('reads every page out of sight: the load a button started is stopped, the address its script sets is read', { timeout: 120_000 }, async () => {
    // Pressed, a button's script set location.href: the tab would have left page 3.
    const { address, popup, text } = await checkAt('server-pages/onclick/3.html');
    expect(text).toContain('300 rows checked');
    expect(text).toContain('All 12 pages read (300 rows): the pages are pages of the site of their own, read out of sight; this tab stayed on page 3.');
    expect(harness.page.url()).toBe(address);
    await popup.close().catch(() => {});
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(pageLabels('grid-filter-rows').labels));
  });
});

/**
 * A portal whose every page refuses to be shown in a frame, even by its own site
 * (`X-Frame-Options: DENY`, `frame-ancestors 'none'`), as many government portals answer (read
 * from the user's page only before fetched-page.ts); and one whose pages may show no frame
 * (`frame-src 'none'`), which binds the page's own frames, not the one the extension adds
 * (measured in Chromium: read whole before too).
 */
describe.each([
  ['refuses to be framed', 'unframed'],
  ['lets its pages show no frame', 'noframes'],
])('a table the server pages on a portal that %s', (_, variant) => {
  it('reads every page out of sight all the same, and leaves the tab on the user\'s page', { timeout: 120_000 }, async () => {
    const { address, popup, text } = await checkAt(`server-pages/${variant}/5.html`);
    expect(text).toContain('300 rows checked');
    expect(text).toContain('All 12 pages read (300 rows): the pages are pages of the site of their own, read out of sight; this tab stayed on page 5.');
    expect(harness.page.url()).toBe(address);
    expect(await harness.page.$$eval('iframe', (frames) => frames.length)).toBe(0);
    await popup.close().catch(() => {});
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(pageLabels('grid-filter-rows').labels));
  });
});

describe('a table the server pages, drawn by the page\'s own script', () => {
  it('reads the user\'s page only, says so with counts, and leaves the tab on it', { timeout: 120_000 }, async () => {
    // Out of sight the pages run no script, so their table is not there to read.
    const { address, popup, text } = await checkAt('server-pages/scripted/4.html');
    expect(text).toContain('25 rows checked');
    expect(text).toContain('only page 4 of 12 was read (25 of 300 rows). Check each page in turn, or export the table to a file.');
    // Reading again would read the same page: not offered.
    expect(text).not.toContain('Read all pages');
    expect(harness.page.url()).toBe(address);
    expect(await harness.page.$$eval('iframe', (frames) => frames.length)).toBe(0);
    await popup.close().catch(() => {});
  });
});

/**
 * The same pager in a single-page app (spa-url-pager.html): its links go to "?page=N" and the
 * app's script takes them, pushing the address and drawing the page (a new table element). The
 * changed address ended the read ("The page changed …"), and the old table kept as the pager's
 * made its new cells look like the status line ("the pager stopped answering").
 */
describe('a single-page app that keeps the page shown in its address', () => {
  it('is paged in place by its own script: every page read, the user\'s page and address back', { timeout: 120_000 }, async () => {
    const { address, popup, text } = await checkAt('spa-url-pager.html?page=3');
    expect(text).toContain('300 rows checked');
    expect(text).toContain('All 12 pages read (300 rows); back on page 3.');
    expect(harness.page.url()).toBe(address);
    await popup.close().catch(() => {});
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(pageLabels('grid-filter-rows').labels));
  });
});

/**
 * A table paged in place by a select of the page numbers, with a page-size select beside it
 * (select-pager.html): its options are the pager's numbers. Read from the user's page only before
 * (no Next, no numbered links: "no pager").
 */
describe('a table the server pages by a jump menu (a select whose script goes to its option\'s address)', () => {
  it('reads every page by its address, out of sight, and leaves the tab and the menu as they were', { timeout: 120_000 }, async () => {
    const { address, popup, text } = await checkAt('server-pages/menu/4.html');
    expect(text).toContain('300 rows checked');
    expect(text).toContain('All 12 pages read (300 rows): the pages are pages of the site of their own, read out of sight; this tab stayed on page 4.');
    expect(harness.page.url()).toBe(address);
    expect(await harness.page.$eval('select', (select) => select.value)).toBe('4.html');
    await popup.close().catch(() => {});
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(pageLabels('grid-filter-rows').labels));
  });

  it('reads every page when the script builds the address from the page number (\'./\' + value + \'.html\')', { timeout: 120_000 }, async () => {
    const { address, popup, text } = await checkAt('server-pages/menu-built/4.html');
    expect(text).toContain('300 rows checked');
    expect(text).toContain('All 12 pages read (300 rows): the pages are pages of the site of their own, read out of sight; this tab stayed on page 4.');
    expect(harness.page.url()).toBe(address);
    expect(await harness.page.$eval('select', (select) => select.value)).toBe('4');
    await popup.close().catch(() => {});
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(pageLabels('grid-filter-rows').labels));
  });
});

describe('a table paged in place by a select of its pages', () => {
  it('chooses every page in turn, reads them all, and chooses the user\'s page again', { timeout: 120_000 }, async () => {
    const { popup, text } = await checkAt('select-pager.html?page=3');
    expect(text).toContain('300 rows checked');
    expect(text).toContain('All 12 pages read (300 rows); back on page 3.');
    expect(await harness.page.$eval('#page', (select) => (select as HTMLSelectElement).value)).toBe('3');
    expect(await harness.page.$eval('#size', (select) => (select as HTMLSelectElement).value)).toBe('25');
    await popup.close().catch(() => {});
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(pageLabels('grid-filter-rows').labels));
  });
});
