import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedTable, pageLabels } from './fixture-pages';
import { checkWithToolbarButton, expectContentScriptReads, expectMarksOnTheirCells, expectReadWhole, flaggedInNewestScan, labelKeys, marksAfterRedraw, openGridPage, SCROLLERS, scrollGrid } from './grid-flow';
import { type Harness, startHarness } from './harness';

/**
 * Grids whose cells are all siblings in one box, with no element for a line, no table and no
 * ARIA role: only where the cells sit makes the lines and the columns.
 * - Blueprint's Table: every cell absolutely positioned in one body box, rows and columns drawn
 *   only in view, the header a strip of its own, row numbers a column of their own beside it, and
 *   the two frozen columns' cells in a box of their own laid over the scrolling one ("quadrants").
 * - A hand-written CSS grid (display: grid and a column template): the header's cells and every
 *   line's cells side by side as the children of one element.
 * Before, a toolbar click on either said "No table was found on this page".
 */
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('Blueprint’s Table: cells positioned in one box, rows and columns virtual', () => {
  const page = 'grid-blueprint';
  const expected = expectedTable(page);

  it('is read whole by a toolbar click: every row, exactly the labelled problems, scroll position back', { timeout: 200_000 }, async () => {
    await expectReadWhole(harness, page, { verdictWithinMs: 180_000 });
  });

  it('puts the marks on their cells', async () => {
    await harness.page.waitForFunction(() => document.querySelector('[data-customs-preflight-overlay]') !== null);
    // Rows 295–320 (20 px each): row 300's line value is a seeded problem.
    await scrollGrid(harness.page, SCROLLERS[page]!, { top: 294 * 20, left: 0 });
    const shown = await marksAfterRedraw(harness.page, expected);
    expectMarksOnTheirCells(shown, expected);
  });

  it('hands the worker the rows the data has, in order, cell for cell', { timeout: 200_000 }, async () => {
    await expectContentScriptReads(harness, expected);
  });
});

describe('a CSS grid whose children are the header’s and the lines’ cells', () => {
  const page = 'grid-css-cells';
  const expected = expectedTable(page);

  it('is read whole by a toolbar click, with exactly the labelled problems', { timeout: 60_000 }, async () => {
    await openGridPage(harness, `${page}.html`);
    const { popup } = await checkWithToolbarButton(harness);
    expect(await popup.evaluate(() => document.body.innerText)).toContain('300 rows checked');
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(pageLabels(page).labels));
    await popup.close().catch(() => {});
  });

  it('hands the worker the rows the data has, in order, cell for cell', async () => {
    await expectContentScriptReads(harness, expected);
  });
});
