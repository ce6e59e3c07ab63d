import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWithToolbarButton, openGridPage } from './grid-flow';
import { type Harness, startHarness } from './harness';

/**
 * Lines a table keeps but hides, with nothing the extension recognises to show them (see
 * lib/page/layout/hidden-lines.ts): counted and said, the read marked incomplete, never an
 * all-clear. HTML tables: grid-paging.test.ts (tablesorter's pager drawn unnamed). Here an ARIA
 * grid of divs that pages by hiding rows; and the same grid holding only the page shown, its other
 * pages counted only by a status line (lib/page/paging/stated-range.ts).
 */
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('an ARIA grid paged by hiding its rows, with a pager nothing names (grid-aria-pages.html)', () => {
  it('reads the lines shown, says how many it hides and that they were not checked, and leaves the user on their page', async () => {
    await openGridPage(harness, 'grid-aria-pages.html?page=3');
    const firstShownLine = () =>
      harness.page.evaluate(() => Array.from(document.querySelectorAll('#body [role="row"]')).find((row) => row.getClientRects().length > 0)?.firstElementChild?.textContent);
    expect(await firstShownLine()).toBe('51');

    const { popup } = await checkWithToolbarButton(harness, 60_000);
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('25 rows checked');
    expect(text).toContain('Not the whole table was checked: 25 rows were read.');
    expect(text).toContain('1,975 more lines of the table (2,000 in all) are hidden on the page and were not checked');
    expect(text).toContain('No problems found in the lines read; the lines not read were not checked.');
    expect(text).not.toContain('nothing to fix before filing');
    expect(await firstShownLine()).toBe('51');
    await popup.close().catch(() => {});
  });
});

describe('the same grid holding only the page shown, a status line counting the others (grid-aria-pages.html?server=1)', () => {
  it('reads the lines shown, says from the status line how many were not read, gives no all-clear, and leaves the user on their page', async () => {
    await openGridPage(harness, 'grid-aria-pages.html?page=3&server=1');
    const firstLine = () => harness.page.evaluate(() => document.querySelector('#body [role="row"]')?.firstElementChild?.textContent);
    expect(await firstLine()).toBe('51');

    const { popup } = await checkWithToolbarButton(harness, 60_000);
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('25 rows checked');
    expect(text).toContain('Not the whole table was checked: 25 rows were read.');
    expect(text).toContain('Only the 25 lines shown were checked: the page says it shows lines 51 to 75 of 2,000, and the pager that shows the others was not recognised, so 1,975 lines were not read.');
    expect(text).not.toContain('nothing to fix before filing');
    expect(await firstLine()).toBe('51');
    await popup.close().catch(() => {});
  });
});
