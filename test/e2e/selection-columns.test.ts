import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedTable, type GridPage } from './fixture-pages';
import { checkWithToolbarButton, expectContentScriptReads, openGridPage } from './grid-flow';
import { type Harness, startHarness } from './harness';

/**
 * A grid's own row-selection column (a "select all" box in its header, a tick box in every line)
 * is no column of the catalog: read as one, it was a column headed "" put before the catalog's
 * own, and every column the page and the worker share was one off. AG Grid's is read in
 * unseen-libraries.test.ts (grid-ag-grid-wrapped); these are other libraries' selection columns,
 * each drawn its own way: MUI X's (a `role="columnheader"` whose box is named "Select all rows"
 * by aria-label and shows no words), Ant Design's fixed left before the fixed line and part
 * number, in its virtual body of div cells under a header table apart, and in its paged table.
 */
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const SELECTING: { page: GridPage; file: string; rowsRead: RegExp }[] = [
  { page: 'grid-mui', file: 'grid-mui.html?select=1', rowsRead: /All 20 pages read \(2,000 rows\)/ },
  { page: 'grid-antd', file: 'grid-antd.html?select=1', rowsRead: /2,000 rows read by scrolling/ },
  { page: 'grid-antd', file: 'grid-antd.html?paged=1&select=1', rowsRead: /All 40 pages read \(2,000 rows\)/ },
];

describe.each(SELECTING)('a selection column drawn by the grid: $file', ({ page, file, rowsRead }) => {
  it('is left out: the worker gets the catalog, column for column, every row', { timeout: 200_000 }, async () => {
    await openGridPage(harness, file);
    const { popup } = await checkWithToolbarButton(harness, 150_000);
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('2,000 rows checked');
    expect(text).toMatch(rowsRead);
    await expectContentScriptReads(harness, expectedTable(page));
  });
});
