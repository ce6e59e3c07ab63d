/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in SVAR's React DataGrid
 * (@svar-ui/react-grid, React), set up as an ERP's import-lines screen would: fixed column widths,
 * the line and part number frozen on the left (`split: { left: 2 }`), a box of fixed height.
 * SVAR draws the grid as divs with ARIA roles: a role="grid" box, its header a role="rowgroup" of
 * its own, every line a role="row" of role="gridcell"s; rows are virtual (only the lines in view
 * and a few more exist, moved down by padding in a box as tall as all of them), each stating its
 * place among the rows drawn as aria-rowindex, from 0, and the grid aria-rowcount 18. Bundled at
 * test time (test/e2e/fixture-bundles.ts); grid-svar.html loads it with its stylesheet. The
 * stylesheet asks SVAR's CDN for its fonts: offline (the tests) the page's own font is used.
 */
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { Grid, Willow } from '@svar-ui/react-grid';
import '@svar-ui/react-grid/all.css';

const fixture = globalThis.customsPreflightGridFixture;

const columns = fixture.fields.map((field, i) => ({ id: field, header: fixture.headers[i], width: fixture.widths[i] }));
const data = fixture.records.map((record) => ({ id: Number(record.line), ...record }));

createRoot(document.getElementById('grid')).render(h(Willow, { fonts: false }, h(Grid, { columns, data, split: { left: 2 } })));
