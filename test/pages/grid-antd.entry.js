/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in Ant Design's Table with
 * `virtual` on (rc-table's virtual body over rc-virtual-list): the header is a <table> of its own
 * above the body, the body is not a <table> at all but absolutely placed rows of <div> cells in a
 * list that renders only the lines in view, and the line and part-number columns are fixed to the
 * left, drawn as sticky cells that stay put as the others scroll sideways under them. Bundled at
 * test time (test/e2e/fixture-bundles.ts); grid-antd.html loads it. Ant Design injects its own
 * styles (CSS-in-JS), so there is no stylesheet to link.
 */
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { Table } from 'antd';

const fixture = globalThis.customsPreflightGridFixture;
// The first two columns (line, part number) stay in view as the filer scrolls sideways.
const FIXED = 2;
const columns = fixture.fields.map((field, i) => ({ key: field, dataIndex: field, title: fixture.headers[i], width: fixture.widths[i], fixed: i < FIXED ? 'left' : undefined }));
const dataSource = fixture.records.map((record, i) => ({ key: i + 1, ...record }));
const totalWidth = fixture.widths.reduce((sum, width) => sum + width, 0);

// `?paged=1`: the Table as most portals use it, not virtual: 50 lines a page under Ant Design's
// pager, the body a <table> of its own under the header's, fixed columns as before.
const paged = new URLSearchParams(location.search).has('paged');
const layout = paged ? { pagination: { pageSize: 50, showSizeChanger: false } } : { virtual: true, pagination: false };

// `?select`: Ant Design's own row-selection column first (a "select all" box in its header, a box
// in each line), fixed left with the columns after it, as order-line screens use it.
const selection = new URLSearchParams(location.search).has('select') ? { rowSelection: { type: 'checkbox', fixed: true, columnWidth: 48 } } : {};

createRoot(document.getElementById('grid')).render(
  h(Table, { columns, dataSource, size: 'small', bordered: true, scroll: { x: totalWidth, y: 520 }, ...layout, ...selection }),
);
