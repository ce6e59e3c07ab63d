import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWithToolbarButton, flaggedInNewestScan, labelKeys } from './grid-flow';
import { pageLabels } from './fixture-pages';
import { type Harness, startHarness } from './harness';

/**
 * A table the server pages by posting the page's form back (postback-pages-route.ts, as ASP.NET
 * Web Forms portals page their grids): one address for every page, a pager of
 * `javascript:__doPostBack(…)` links, of submit buttons, GridView's own row of page numbers,
 * Telerik RadGrid's pager in its table's foot, or JSF's command links.
 * Pressed as a script pager is, a postback link's script submitted the form: the tab left the
 * user's page and the read ended ("The page changed …"). The other pages are read out of sight
 * by posting the form as the pager would, the user's tab and form left as they were.
 */
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** What the user's page shows of itself: its page (the pager's words or current number), its first line and the form's fields. */
const pageState = (page: Page) =>
  page.evaluate(() => ({
    shown: document.querySelector('#MainContent_lblPage, .pgr span, [id="lines:status"], .rgCurrentPage')?.textContent ?? null,
    firstLine: document.querySelector('table.grid > tbody > tr:has(> td)')?.textContent ?? null,
    fields: Array.from(new FormData(document.forms[0]!), ([name, value]) => `${name}=${String(value)}`),
  }));

/** Open the portal's grid and go to page 3 as a user would: the pager's own postbacks, each loading the page anew. */
async function openOnPage3(pager: string): Promise<string> {
  const address = `${harness.server.origin}postback/${pager}/lines.aspx`;
  const page = harness.page;
  await page.goto(address, { waitUntil: 'load' });
  const next = { row: null, select: null, buttons: '#MainContent_btnNext', links: '#MainContent_lnkNext', unframed: '#MainContent_lnkNext', script: 'a[onclick*="next"]', jsf: 'a[id="lines:next"]', radgrid: 'input.rgPageNext' }[pager];
  if (pager === 'select') {
    // The page chooser: 3 chosen, the form posted back by its script.
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.select('#MainContent_ddlPage', '3')]);
    return address;
  }
  for (const selector of next ? [next, next] : ['.pgr td:nth-child(3) a']) {
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
  }
  return address;
}

/** On page 3 as a user got there, check by a toolbar click: the address, the page's state before, the popup and its words. */
async function checkOnPage3(pager: string): Promise<{ address: string; before: Awaited<ReturnType<typeof pageState>>; popup: Page; text: string }> {
  const address = await openOnPage3(pager);
  const before = await pageState(harness.page);
  await harness.page.bringToFront();
  const { popup } = await checkWithToolbarButton(harness);
  return { address, before, popup, text: await popup.evaluate(() => document.body.innerText) };
}

// `unframed`: the links pager on a portal that refuses to be shown in a frame, even by itself.
describe.each(['links', 'buttons', 'row', 'jsf', 'radgrid', 'unframed', 'select'])('a grid paged by postbacks (%s), checked on page 3 of 12', (pager) => {
  it('reads every page out of sight and leaves the tab, its page and its form as they were', { timeout: 120_000 }, async () => {
    const { address, before, popup, text } = await checkOnPage3(pager);
    expect(before.firstLine).toMatch(/^51LT-00051/);
    expect(text).toContain('300 rows checked');
    expect(text).toContain('All 12 pages read (300 rows)');
    // RadGrid's page numbers are a table of their own, in its pager row: no table to offer.
    expect(text).not.toContain('Data pager');
    expect(harness.page.url()).toBe(address);
    expect(await pageState(harness.page)).toEqual(before);
    expect(await harness.page.$$eval('iframe', (frames) => frames.length)).toBe(0);
    await popup.close().catch(() => {});
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(pageLabels('grid-filter-rows').labels));
  });
});

describe('a grid paged by a script of its own that posts the form, checked on page 3 of 12', () => {
  it('reads the user\'s page only, says so, and the tab and its form stay as they were', { timeout: 120_000 }, async () => {
    // Pressed, the link's script writes its command into a hidden field and submits the form: the
    // load is cancelled and the field put back. Out of sight no script runs, so no other page is read.
    const { address, before, popup, text } = await checkOnPage3('script');
    expect(text).toContain('25 rows checked');
    expect(text).toContain('only page 3 of 12 was read (25 rows)');
    // Reading again would read the same page: not offered.
    expect(text).not.toContain('Read all pages');
    expect(harness.page.url()).toBe(address);
    expect(await pageState(harness.page)).toEqual(before);
    await popup.close().catch(() => {});
  });
});
