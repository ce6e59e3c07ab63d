import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedTable } from './fixture-pages';
import {
  currentIssue,
  expectMarksOnTheirCells,
  expectReadWhole,
  marksAfterRedraw,
  pressPanelButton,
  SCROLLERS,
  scrollGrid,
} from './grid-flow';
import { type Harness, nextFrames, startHarness } from './harness';

/**
 * Element Plus `el-table` (Vue 3), the table of countless Vue admin and ERP screens, as a user
 * meets it: a fixed header drawn as a table of its own above the body table, line and part
 * number frozen on the left and the gross weight on the right (sticky cells), the body scrolled
 * in a box with a scrollbar of Element Plus's own; and its virtualised sibling `el-table-v2`,
 * plain divs in a box that hides the browser's scrollbar (overflow: hidden) and scrolls from its
 * own, with the frozen columns drawn as grids of their own beside the main one.
 */
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const BODY = '.el-table__body-wrapper .el-scrollbar__wrap';
/** The catalog's description column: drawn in a grid's main (scrolling) part when its ends are frozen. */
const DESCRIPTION_COLUMN = 2;

describe('Element Plus el-table: fixed header in a table of its own, frozen columns left and right', () => {
  it('is read whole by a toolbar click: every row, exactly the labelled problems, scroll position back, marks on their rows', { timeout: 180_000 }, async () => {
    const page = 'grid-element-table';
    const expected = expectedTable(page);
    // Vue renders all 2,000 rows before the page's load event: slow on a loaded machine.
    harness.page.setDefaultNavigationTimeout(120_000);
    await expectReadWhole(harness, page, { scroller: BODY });

    await harness.page.waitForFunction(() => document.querySelector('[data-customs-preflight-overlay]') !== null);
    // Scrolled to a whole number of lines: no row is cut by the top of the body box, under the header.
    const lineHeight = await harness.page.$eval(`${BODY} tbody tr`, (row) => row.getBoundingClientRect().height);
    const linesInView = Math.floor((await harness.page.$eval(BODY, (box) => box.clientHeight)) / lineHeight);
    await scrollGrid(harness.page, BODY, { top: Math.round(80 * lineHeight), left: 0 });
    // Marks only on the lines inside the body box: the rows laid out above it (under the header
    // table) and below it are cut off by the box, and their marks with them.
    const shown = await marksAfterRedraw(harness.page, expected);
    expect(shown.length).toBeGreaterThan(0);
    for (const mark of shown) expect(mark.row, 'a mark only on a line the body box shows').toBeGreaterThan(80);
    for (const mark of shown) expect(mark.row, 'a mark only on a line the body box shows').toBeLessThanOrEqual(80 + linesInView);
    expectMarksOnTheirCells(shown, expected);
  });
});

describe('Element Plus el-table-v2: virtualised, a scrollbar of its own, frozen columns as grids of their own', () => {
  const page = 'grid-element-table-v2';
  const expected = expectedTable(page);
  const scroller = SCROLLERS[page]!;

  it('is read whole by a toolbar click: every row, exactly the labelled problems, scroll position back', { timeout: 180_000 }, async () => {
    // Gross weights (right frozen part) and part numbers (left) were read: their rules found their rows.
    const text = await expectReadWhole(harness, page, { library: 'scrolling grid' });
    // One table, not the main grid and its two frozen parts listed apart.
    expect(text).toContain('(scrolling grid, ');
  });

  it('puts marks on their lines, and Previous scrolls the grid to rows it has not rendered', { timeout: 120_000 }, async () => {
    await harness.page.waitForFunction(() => document.querySelector('[data-customs-preflight-overlay]') !== null);
    // A line is drawn in three parts: the part under a mark holds its description (main grid, column 2).
    const DESCRIPTION = 2;
    await pressPanelButton(harness.page, 'Previous issue');
    await nextFrames(harness.page, 8);
    const issue = await currentIssue(harness.page);
    const row = Number(/Row (\d+)/.exec(issue)?.[1]);
    expect(row).toBeGreaterThan(1900);
    const [mark] = await marksAfterRedraw(harness.page, expected, { identity: DESCRIPTION, keep: (shown) => shown.row === row });
    expect(mark, `mark of row ${row} after Previous (${issue})`).toBeDefined();
    expectMarksOnTheirCells([mark!], expected, DESCRIPTION);

    await scrollGrid(harness.page, scroller, { top: 3100, left: 0 });
    const shown = await marksAfterRedraw(harness.page, expected, { identity: DESCRIPTION });
    expect(shown.length).toBeGreaterThan(0);
    expectMarksOnTheirCells(shown, expected, DESCRIPTION);
  });
});

describe('PrimeVue DataTable: scrollable, its virtual scroller on, line and part number frozen', () => {
  it('is read whole by a toolbar click: every row, exactly the labelled problems, scroll position back, marks on their cells', { timeout: 420_000 }, async () => {
    const page = 'grid-primevue';
    await expectReadWhole(harness, page, { library: 'scrolling grid', verdictWithinMs: 360_000 });
    await harness.page.waitForFunction(() => document.querySelector('[data-customs-preflight-overlay]') !== null);
    await scrollGrid(harness.page, SCROLLERS[page]!, { top: 37 * 295, left: 0 });
    const shown = await marksAfterRedraw(harness.page, expectedTable(page));
    expect(shown.length).toBeGreaterThan(0);
    expectMarksOnTheirCells(shown, expectedTable(page));
  });
});

describe('Quasar QTable with virtual-scroll: a <table> between padding rows, its scroll handler debounced', () => {
  // Quasar draws the rows of a new scroll position 35 ms after the scroll: right after the reader
  // scrolls to the top, the table may still show the user's rows under a padding row. Before
  // first-line.ts those were read as lines 1, 2, 3… ('1,877 rows checked', every flag 123 rows
  // off); then, in a fresh browser, reading scrolled on before the first line came (the headers
  // alone ended its wait at the top) and read no row at all. It waits at the top for the first line.
  it('is read whole by a toolbar click from the user’s place: every row, exactly the labelled problems, scroll position back, marks on their cells', { timeout: 240_000 }, async () => {
    const page = 'grid-quasar';
    await expectReadWhole(harness, page, { library: 'scrolling grid', remeasuresRows: true });
    await harness.page.waitForFunction(() => document.querySelector('[data-customs-preflight-overlay]') !== null);
    await scrollGrid(harness.page, SCROLLERS[page]!, { top: 2900, left: 0 });
    const shown = await marksAfterRedraw(harness.page, expectedTable(page));
    expect(shown.length).toBeGreaterThan(0);
    expectMarksOnTheirCells(shown, expectedTable(page));
  });
});

describe('vxe-table with virtual scrolling: frozen columns as tables of their own over the main one, header in a table of its own', () => {
  // The frozen line, part number (left) and gross weight (right) are drawn as header and body
  // tables of their own, laid over the main pair, whose cells for them are hidden placeholders.
  // Before frozen-table-parts.ts the three parts were offered as three tables and the main one
  // read alone: 2,000 rows, no gross weight, so 18 of the 20 labels (net over gross missed).
  it('is read whole by a toolbar click: every row and column, exactly the labelled problems, scroll position back, marks on their cells', { timeout: 420_000 }, async () => {
    const page = 'grid-vxe-table';
    const expected = expectedTable(page);
    const text = await expectReadWhole(harness, page, { library: 'scrolling grid', verdictWithinMs: 360_000 });
    // One table, not the main pair and its two frozen parts listed apart.
    expect(text).toContain('(scrolling grid, ');
    expect(text).not.toMatch(/Table 2/);

    await harness.page.waitForFunction(() => document.querySelector('[data-customs-preflight-overlay]') !== null);
    // Scrolled sideways so that the extended value (row 300's problem) is clear of the frozen
    // right part: a cell scrolled under a frozen part is hidden by it, and so is its mark's middle.
    await scrollGrid(harness.page, SCROLLERS[page]!, { top: 48 * 295, left: 400 });
    // A mark on a frozen cell has that part's row under it, without the description of the main
    // one: the marks of the main part's columns (description to net weight) are looked at.
    const shown = await marksAfterRedraw(harness.page, expected, { identity: DESCRIPTION_COLUMN, keep: (mark) => mark.column === null || (mark.column >= 2 && mark.column <= 10) });
    expect(shown.length).toBeGreaterThan(0);
    expectMarksOnTheirCells(shown, expected, DESCRIPTION_COLUMN);
  });
});

