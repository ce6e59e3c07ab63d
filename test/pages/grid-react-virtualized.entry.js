/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in react-virtualized's MultiGrid,
 * the usual way React portals freeze a header row and the first columns: four separate grids of
 * absolutely positioned <div> cells (header corner, header row, frozen columns, body), each a
 * role="grid" whose cells are role="gridcell" with no row element around them at all. Only the
 * body grid scrolls (both ways); the header row follows it sideways and the frozen columns follow
 * it up and down. Rows AND columns are virtual: only the cells in view (plus an overscan of rows)
 * exist, so the right-hand columns are drawn only once the body is scrolled sideways.
 * Bundled at test time (test/e2e/fixture-bundles.ts); grid-react-virtualized.html loads it.
 */
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { MultiGrid } from 'react-virtualized';

const fixture = globalThis.customsPreflightGridFixture;
const ROW_HEIGHT = 30;

function cellRenderer({ columnIndex, rowIndex, key, style }) {
  const header = rowIndex === 0;
  const text = header ? fixture.headers[columnIndex] : fixture.rows[rowIndex - 1][columnIndex];
  return h('div', { key, style, className: header ? 'cell head' : rowIndex % 2 ? 'cell odd' : 'cell' }, text);
}

createRoot(document.getElementById('grid')).render(
  h(MultiGrid, {
    cellRenderer,
    columnCount: fixture.headers.length,
    columnWidth: ({ index }) => fixture.widths[index],
    fixedColumnCount: 2,
    fixedRowCount: 1,
    rowCount: fixture.rows.length + 1,
    rowHeight: ROW_HEIGHT,
    height: 540,
    width: 1000,
    overscanRowCount: 5,
    classNameTopLeftGrid: 'corner',
    classNameTopRightGrid: 'header-row',
    classNameBottomLeftGrid: 'frozen-columns',
    classNameBottomRightGrid: 'body',
  }),
);
