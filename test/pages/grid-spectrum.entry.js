/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in Adobe Spectrum's sp-table
 * (@spectrum-web-components/table, Lit), virtualised by its `items` property: lit-virtualizer
 * renders only the rows in view as sp-table-row elements (role="row", aria-rowindex) in the
 * light DOM of sp-table-body, each cell an sp-table-cell whose text sits in a slot of the cell's
 * own shadow root; the table itself is the scrolling box (`scroller`). Bundled with esbuild when
 * the browser tests start (test/e2e/fixture-bundles.ts); grid-spectrum.html loads it.
 */
import '@spectrum-web-components/table/sp-table.js';
import '@spectrum-web-components/table/sp-table-head.js';
import '@spectrum-web-components/table/sp-table-head-cell.js';
import '@spectrum-web-components/table/sp-table-cell.js';

const fixture = globalThis.customsPreflightGridFixture;
const table = document.getElementById('grid');
const head = document.createElement('sp-table-head');
fixture.headers.forEach((header, i) => {
  const cell = document.createElement('sp-table-head-cell');
  cell.textContent = header;
  cell.style.flex = `0 0 ${fixture.widths[i]}px`;
  head.appendChild(cell);
});
table.appendChild(head);
table.items = fixture.rows;
table.renderItem = (cells) =>
  cells.map((text, i) => {
    const cell = document.createElement('sp-table-cell');
    cell.textContent = text;
    cell.style.flex = `0 0 ${fixture.widths[i]}px`;
    return cell;
  });
