import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedTable, pageLabels } from './fixture-pages';
import { checkWithToolbarButton, expectContentScriptReads, expectMarksOnTheirCells, expectReadWhole, flaggedInNewestScan, labelKeys, marksAfterRedraw, openGridPage, SCROLLERS, scrollGrid } from './grid-flow';
import { type Harness, startHarness } from './harness';

/**
 * Grids that draw each line as a <table> of its own (one row of cells), with no ARIA role: Ext JS's
 * classic grid (its lines in a box of lines, the header a strip of positioned divs) and Dojo's
 * dgrid (each line's table wrapped in a div, the header a one-row table of <th>), all drawn or
 * drawn only in view (grid-row-tables.html). Before, a toolbar click listed every line as a
 * table of its own, a header with no lines, and said "0 rows checked".
 */
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** The row tables' page, all its lines drawn (300): a toolbar click checks them all, with exactly the labelled problems. */
async function expectAllLinesChecked(file: string): Promise<void> {
  await openGridPage(harness, file);
  const { popup } = await checkWithToolbarButton(harness);
  const text = await popup.evaluate(() => document.body.innerText);
  expect(text).toContain('300 rows checked');
  // No line listed as a table of its own.
  expect(text).not.toMatch(/\(table, /);
  expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(pageLabels('grid-row-tables').labels));
  await popup.close().catch(() => {});
}

describe('a grid drawing each line as a table of its own, all drawn', () => {
  const expected = expectedTable('grid-row-tables');

  it('is read as one table by a toolbar click (Ext JS’s layout), with exactly the labelled problems', { timeout: 60_000 }, async () => {
    await expectAllLinesChecked('grid-row-tables.html');
  });

  it('puts the marks on their cells', async () => {
    await harness.page.waitForFunction(() => document.querySelector('[data-customs-preflight-overlay]') !== null);
    // Lines 190–214 (23 px each): line 200's origin is a seeded problem.
    await scrollGrid(harness.page, SCROLLERS['grid-row-tables']!, { top: 189 * 23, left: 0 });
    const shown = await marksAfterRedraw(harness.page, expected);
    expectMarksOnTheirCells(shown, expected);
  });

  it('hands the worker the rows the data has, in order, cell for cell', async () => {
    await expectContentScriptReads(harness, expected);
  });

  it('is read as one table with each line’s table in a box and a header table of its own (dgrid’s layout)', { timeout: 60_000 }, async () => {
    await expectAllLinesChecked('grid-row-tables.html?dgrid');
    await expectContentScriptReads(harness, expected);
  });
});

describe('a grid drawing each line as a table of its own, only the lines in view', () => {
  const page = 'grid-row-tables-virtual';
  const expected = expectedTable(page);

  it('is read whole by a toolbar click when a transform moves the lines (Ext JS’s buffered renderer)', { timeout: 200_000 }, async () => {
    await expectReadWhole(harness, page, { file: 'grid-row-tables.html?virtual' });
  });

  it('puts the marks on their cells', async () => {
    await harness.page.waitForFunction(() => document.querySelector('[data-customs-preflight-overlay]') !== null);
    // Lines 1,095–1,119: line 1,100's line value is a seeded problem.
    await scrollGrid(harness.page, SCROLLERS[page]!, { top: 1094 * 23, left: 0 });
    const shown = await marksAfterRedraw(harness.page, expected);
    expectMarksOnTheirCells(shown, expected);
  });

  it('hands the worker the rows the data has, in order, cell for cell', { timeout: 200_000 }, async () => {
    await expectContentScriptReads(harness, expected);
  });

  it('is read whole by a toolbar click when boxes above and below stand for the lines not drawn (dgrid’s on-demand grid)', { timeout: 200_000 }, async () => {
    await expectReadWhole(harness, page, { file: 'grid-row-tables.html?virtual&dgrid' });
  });
});
