/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in react-data-grid (Comcast's
 * React grid): one CSS grid for the whole table (each body row a subgrid of it, the header row
 * `display: contents`), role="grid" with aria-rowindex on each row, rows and columns
 * virtualised, and the line and part-number columns frozen at the start, drawn with
 * `position: sticky` cells that stay put while the others scroll under them. Bundled at test time
 * (test/e2e/fixture-bundles.ts, with the library's own stylesheet beside it);
 * grid-react-data-grid.html loads both.
 */
import 'react-data-grid/lib/styles.css';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { DataGrid } from 'react-data-grid';

const fixture = globalThis.customsPreflightGridFixture;
// The first two columns (line, part number) stay in view as the filer scrolls sideways.
const FROZEN = 2;
const columns = fixture.fields.map((field, i) => ({ key: field, name: fixture.headers[i], width: fixture.widths[i], frozen: i < FROZEN, resizable: true }));

// ?dir=rtl: laid out right to left in a narrower box (react-data-grid's own `direction`), as on Arabic and Hebrew portals.
const rtl = new URLSearchParams(location.search).get('dir') === 'rtl';
if (rtl) document.documentElement.dir = 'rtl';

createRoot(document.getElementById('grid')).render(
  h(DataGrid, {
    columns,
    rows: fixture.records,
    rowHeight: 35,
    className: 'rdg-light',
    style: rtl ? { height: 560, width: 700 } : { height: 560 },
    direction: rtl ? 'rtl' : 'ltr',
    'aria-label': 'Import lines',
  }),
);
