/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in Blueprint's Table
 * (@blueprintjs/table), the spreadsheet-like React table of Palantir-style data tools. Every cell
 * is an absolutely positioned <div class="bp6-table-cell"> in a row-less body (no row element
 * around a line's cells, no ARIA roles), the column headers and the numbered row headers are
 * separate <div> strips, and rows and columns are virtual (only the cells in view exist). With
 * frozen columns (numFrozenColumns: 2, the line and part numbers) Blueprint draws the table in "quadrants":
 * the main quadrant plus top, left and top-left copies laid over it, each a whole table of its own
 * (headers, row headers, body), so the frozen cells, the header cells and the row numbers exist
 * two or more times in the page, the copies under the overlays hidden only by being covered.
 * Only the main quadrant's box scrolls; the others follow it.
 * Bundled at test time (test/e2e/fixture-bundles.ts); grid-blueprint.html loads it.
 */
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { HotkeysProvider } from '@blueprintjs/core';
import { Cell, Column, Table2 } from '@blueprintjs/table';

const fixture = globalThis.customsPreflightGridFixture;

const columns = fixture.headers.map((name, column) =>
  h(Column, { key: column, name, cellRenderer: (row) => h(Cell, null, fixture.rows[row][column]) }),
);

createRoot(document.getElementById('grid')).render(
  h(
    HotkeysProvider,
    null,
    h(
      Table2,
      {
        numRows: fixture.rows.length,
        columnWidths: fixture.widths,
        numFrozenColumns: 2,
        enableGhostCells: false,
        enableRowHeader: true,
      },
      ...columns,
    ),
  ),
);
