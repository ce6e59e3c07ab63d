/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in Adobe's React Aria Components
 * (react-aria-components, React), set up as a design-system-based ERP screen would: a `Table`
 * virtualized by `<Virtualizer layout={TableLayout}>` with a fixed row and heading height, fixed
 * column widths (`width` on each `Column`), the part number as the row header (`isRowHeader`),
 * rows selectable by clicking (selectionMode="multiple", selectionBehavior="replace": no checkbox
 * column). Unstyled: the look is the page's own stylesheet (grid-aria-components.html).
 * Virtualized, React Aria draws the table as divs with ARIA roles, no <table>: the
 * role="grid" div (.react-aria-Table, aria-rowcount 2,001, aria-colcount 12) is itself the
 * scrolling box (the page gives it 1200 × 560 and overflow: auto); inside it one content div as
 * tall and wide as all lines (position: relative), holding the header (role="rowgroup" >
 * role="row" of role="columnheader"s, sticky at the top) and the body (role="rowgroup") whose
 * lines are role="row" divs (aria-rowindex from 2), each absolutely positioned at its own top
 * and holding its cells, each absolutely positioned at its column's left: role="rowheader" for the
 * part number, role="gridcell" for the rest. Only the lines in view and a few more exist; the
 * virtualizer draws afresh (reusing row elements) as the box scrolls.
 * Bundled at test time (test/e2e/fixture-bundles.ts); grid-aria-components.html loads it.
 */
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { Cell, Column, Row, Table, TableBody, TableHeader, TableLayout, Virtualizer } from 'react-aria-components';

const fixture = globalThis.customsPreflightGridFixture;

const columns = fixture.fields.map((field, i) => ({
  id: field,
  name: fixture.headers[i],
  width: fixture.widths[i],
  isRowHeader: field === 'part',
}));
const lines = fixture.records.map((record, i) => ({ ...record, id: i + 1 }));

function EntryLines() {
  return h(
    Virtualizer,
    { layout: TableLayout, layoutOptions: { rowHeight: 30, headingHeight: 34 } },
    h(
      Table,
      { 'aria-labelledby': 'grid-title', className: 'react-aria-Table lines', selectionMode: 'multiple', selectionBehavior: 'replace' },
      h(TableHeader, { columns }, (column) => h(Column, { id: column.id, width: column.width, minWidth: column.width, isRowHeader: column.isRowHeader }, column.name)),
      h(TableBody, { items: lines }, (line) =>
        h(Row, { id: line.id, columns }, (column) => h(Cell, { className: `react-aria-Cell col-${column.id}` }, line[column.id])),
      ),
    ),
  );
}

createRoot(document.getElementById('grid')).render(h(EntryLines));
