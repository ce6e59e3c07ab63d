/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in Autodesk's react-base-table
 * (BaseTable, React), set up as a customs portal would: fixed column widths (`fixed`), the line
 * and part number frozen on the left. BaseTable draws the grid as divs: a main table
 * (role="table") and, for the frozen columns, a second table of their own laid over its left
 * edge, each with its own header (role="grid" > role="rowgroup" > role="row" of
 * role="gridcell"s) drawn apart from its body; every line is two role="row" divs in two tables.
 * Rows are virtual (react-window's FixedSizeGrid inside each table): only the lines in view and a
 * few more exist, absolutely positioned in a tall inner box; the frozen table's body follows the
 * main body's scroll. Bundled at test time (test/e2e/fixture-bundles.ts); grid-base-table.html
 * loads it with its stylesheet.
 */
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import BaseTable, { Column } from 'react-base-table';
import 'react-base-table/dist/styles.css';

const fixture = globalThis.customsPreflightGridFixture;
const FROZEN_LEFT = new Set(['line', 'part']);

const columns = fixture.fields.map((field, i) => ({
  key: field,
  dataKey: field,
  title: fixture.headers[i],
  width: fixture.widths[i],
  frozen: FROZEN_LEFT.has(field) ? Column.FrozenDirection.LEFT : undefined,
}));

createRoot(document.getElementById('grid')).render(
  h(BaseTable, { columns, data: fixture.records, rowKey: 'line', width: 1200, height: 560, fixed: true }),
);
