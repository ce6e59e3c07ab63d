/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js as a "headless" grid: TanStack
 * Table for the row model and TanStack Virtual for the scrolling, drawn with plain <div>s and no
 * ARIA roles at all, as its documentation's examples do. Rows are absolutely positioned in a
 * scrolling box and only the rows in view exist; each scroll redraws them (new elements, so the
 * reader cannot follow rows by element). The header is a sticky line inside the scrolling box.
 * Bundled at test time (test/e2e/fixture-bundles.ts); grid-headless.html loads it.
 *
 * With `?scroll=window` the page itself scrolls, as TanStack Virtual's window virtualizer does it:
 * the grid has no box of its own, its header sticky at the top of the window, its body a spacer
 * as tall as every line somewhere down the page. With `?scroll=body` the page is an app shell
 * whose root clips (`html { height: 100%; overflow: hidden }`) and whose body scrolls, the
 * virtualizer watching the body.
 *
 * With `?snap` the box snaps its scrolling to the lines (scroll-snap-type: y mandatory), under
 * the sticky header: every scroll made by script ends on a line drawn near where it was aimed.
 *
 * With `?columns=virtual` the columns are virtualised too, as TanStack's "virtualized columns"
 * example does: the header and every line draw only the columns in view and one beside them, a
 * padding box standing in for the columns to their left (in the box's own scrolling only).
 */
import { createTable, getCoreRowModel } from '@tanstack/table-core';
import { elementScroll, observeElementOffset, observeElementRect, observeWindowOffset, observeWindowRect, Virtualizer, windowScroll } from '@tanstack/virtual-core';

const ROW_HEIGHT = 34;
const inWindow = new URLSearchParams(location.search).get('scroll') === 'window';
const inBody = new URLSearchParams(location.search).get('scroll') === 'body';
const snap = new URLSearchParams(location.search).has('snap');
const virtualColumns = new URLSearchParams(location.search).get('columns') === 'virtual';
const fixture = globalThis.customsPreflightGridFixture;
const columns = fixture.fields.map((field, i) => ({ accessorKey: field, header: fixture.headers[i], size: fixture.widths[i] }));
const table = createTable({
  data: fixture.records,
  columns,
  getCoreRowModel: getCoreRowModel(),
  state: {},
  onStateChange: () => {},
  renderFallbackValue: '',
});
table.setOptions((previous) => ({ ...previous, state: table.initialState }));
const rows = table.getRowModel().rows;
const totalWidth = fixture.widths.reduce((sum, width) => sum + width, 0);

const scroller = document.getElementById('lines');
// The page's own scrolling, not the box's: the box grows with the grid.
if (inWindow || inBody) Object.assign(scroller.style, { height: 'auto', overflow: 'visible' });
if (inBody) {
  Object.assign(document.documentElement.style, { height: '100%', overflow: 'hidden' });
  Object.assign(document.body.style, { height: '100%', overflow: 'auto' });
}
const head = document.createElement('div');
head.className = 'head';
head.style.width = `${totalWidth}px`;
const headers = table.getHeaderGroups()[0].headers;
function drawHead(shown) {
  const cells = shown.map((index) => {
    const cell = document.createElement('div');
    cell.className = 'th';
    cell.style.width = `${headers[index].getSize()}px`;
    cell.textContent = String(headers[index].column.columnDef.header);
    return cell;
  });
  head.replaceChildren(...withPadding(cells, shown));
}
const body = document.createElement('div');
body.className = 'body';
scroller.append(head, body);

// ?totals=top|bottom: a line of sums with no label, as hand-written grids pin one: at the top, a
// sticky line under the sticky header inside the box; at the bottom, a line below the box, outside
// it, scrolled sideways with it.
const totalsAt = new URLSearchParams(location.search).get('totals');
if (totalsAt) {
  const sum = (field) => fixture.records.reduce((total, record) => total + (Number(record[field]) || 0), 0);
  const sums = { quantity: String(sum('quantity')), value: sum('value').toFixed(2), net: sum('net').toFixed(1), gross: sum('gross').toFixed(1) };
  const totals = document.createElement('div');
  totals.className = 'totals';
  totals.style.width = `${totalWidth}px`;
  for (const [i, field] of fixture.fields.entries()) {
    const cell = document.createElement('div');
    cell.className = 'td';
    cell.style.width = `${fixture.widths[i]}px`;
    cell.textContent = sums[field] ?? '';
    totals.appendChild(cell);
  }
  if (totalsAt === 'top') {
    Object.assign(totals.style, { position: 'sticky', top: `${head.offsetHeight}px`, zIndex: 1 });
    scroller.insertBefore(totals, body);
  } else {
    const frame = document.createElement('div');
    Object.assign(frame.style, { margin: '0 16px', overflow: 'hidden', borderTop: '2px solid #99a' });
    frame.appendChild(totals);
    scroller.after(frame);
    scroller.addEventListener('scroll', () => (frame.scrollLeft = scroller.scrollLeft));
  }
}
if (snap) Object.assign(scroller.style, { scrollSnapType: 'y mandatory', scrollPaddingTop: `${head.offsetHeight}px` });

// Columns virtualised too (TanStack's "virtualized columns" example): only the columns in view
// and one beside them are drawn, a padding box standing in for the ones to their left.
let columnVirtualizer = null;
const allColumns = headers.map((_, index) => index);
const shownColumns = () => (columnVirtualizer ? columnVirtualizer.getVirtualItems().map((item) => item.index) : allColumns);
function withPadding(cells, shown) {
  if (!columnVirtualizer || shown.length === 0) return cells;
  const pad = document.createElement('div');
  pad.style.width = `${columnVirtualizer.getVirtualItems()[0].start}px`;
  pad.style.flex = 'none';
  return [pad, ...cells];
}

function draw(virtualizer) {
  body.style.height = `${virtualizer.getTotalSize()}px`;
  body.style.width = `${totalWidth}px`;
  const lines = virtualizer.getVirtualItems().map((item) => {
    const line = document.createElement('div');
    line.className = 'tr';
    line.style.transform = `translateY(${item.start - virtualizer.options.scrollMargin}px)`;
    if (snap) line.style.scrollSnapAlign = 'start';
    const cells = rows[item.index].getVisibleCells();
    const shown = shownColumns();
    line.append(
      ...withPadding(
        shown.map((index) => {
          const div = document.createElement('div');
          div.className = 'td';
          div.style.width = `${cells[index].column.getSize()}px`;
          div.textContent = String(cells[index].getValue() ?? '');
          return div;
        }),
        shown,
      ),
    );
    return line;
  });
  body.replaceChildren(...lines);
}

const scrolling = inWindow
  ? { getScrollElement: () => window, scrollToFn: windowScroll, observeElementRect: observeWindowRect, observeElementOffset: observeWindowOffset, scrollMargin: body.getBoundingClientRect().top + window.scrollY }
  : inBody
    ? { getScrollElement: () => document.body, scrollToFn: elementScroll, observeElementRect, observeElementOffset, scrollMargin: body.getBoundingClientRect().top + document.body.scrollTop }
    : { getScrollElement: () => scroller, scrollToFn: elementScroll, observeElementRect, observeElementOffset };
const virtualizer = new Virtualizer({
  count: rows.length,
  estimateSize: () => ROW_HEIGHT,
  overscan: 8,
  ...scrolling,
  onChange: draw,
});
virtualizer._didMount();
virtualizer._willUpdate();
if (virtualColumns) {
  columnVirtualizer = new Virtualizer({
    horizontal: true,
    count: headers.length,
    estimateSize: (index) => headers[index].getSize(),
    overscan: 1,
    getScrollElement: () => scroller,
    scrollToFn: elementScroll,
    observeElementRect,
    observeElementOffset,
    onChange: () => {
      drawHead(shownColumns());
      draw(virtualizer);
    },
  });
  columnVirtualizer._didMount();
  columnVirtualizer._willUpdate();
}
drawHead(shownColumns());
draw(virtualizer);
