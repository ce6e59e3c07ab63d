/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in MUI X Data Grid (React, with
 * row and column virtualisation within pages of 100 rows, the most its MIT edition allows). Bundled with esbuild when the browser tests start
 * (test/e2e/fixture-bundles.ts) into node_modules/.cache, never committed; grid-mui.html loads it.
 * Plain JavaScript without JSX, so the project's TypeScript (Preact JSX) leaves it alone.
 */
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { DataGrid } from '@mui/x-data-grid';

const fixture = globalThis.customsPreflightGridFixture;
const columns = fixture.fields.map((field, i) => ({ field, headerName: fixture.headers[i], width: fixture.widths[i], sortable: true }));
const rows = fixture.records.map((record, i) => ({ id: i + 1, ...record }));

createRoot(document.getElementById('grid')).render(
  createElement('div', { style: { height: 560, width: '100%' } },
    createElement(DataGrid, {
      rows,
      columns,
      rowHeight: 36,
      disableRowSelectionOnClick: true,
      // `?select`: MUI's own row-selection column first (a "select all" box in its header, a box in each line).
      checkboxSelection: new URLSearchParams(location.search).has('select'),
      // The MIT edition pages by at most 100 rows; within a page it renders only the rows in view.
      initialState: { pagination: { paginationModel: { pageSize: 100, page: 0 } } },
      pageSizeOptions: [100],
    })),
);
