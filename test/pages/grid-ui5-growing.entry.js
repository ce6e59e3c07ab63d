/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in SAP's UI5 Web Components
 * Table with its growing feature (ui5-table-growing, mode="Button"), as a SAP Fiori app uses it:
 * the table shows the first GROWING_THRESHOLD lines; pressing the "More" button below them fires
 * `load-more`, on which the application (not the table) appends the next lines and updates the
 * "[20 / 300]" subtext. Once every line is shown the app takes the growing feature away, as Fiori
 * hides its trigger. Bundled with esbuild when the browser tests start (fixture-bundles.ts).
 */
import '@ui5/webcomponents/dist/Table.js';
import '@ui5/webcomponents/dist/TableHeaderRow.js';
import '@ui5/webcomponents/dist/TableHeaderCell.js';
import '@ui5/webcomponents/dist/TableRow.js';
import '@ui5/webcomponents/dist/TableCell.js';
import '@ui5/webcomponents/dist/TableGrowing.js';

// sap.m.Table's default growingThreshold.
const GROWING_THRESHOLD = 20;
const fixture = globalThis.customsPreflightGridFixture;
const table = document.getElementById('grid');

const headerRow = document.createElement('ui5-table-header-row');
headerRow.slot = 'headerRow';
fixture.headers.forEach((header, i) => {
  const cell = document.createElement('ui5-table-header-cell');
  cell.textContent = header;
  cell.width = `${fixture.widths[i]}px`;
  headerRow.appendChild(cell);
});
table.appendChild(headerRow);

const growing = document.createElement('ui5-table-growing');
growing.slot = 'features';
growing.mode = 'Button';
growing.text = 'More';
table.appendChild(growing);

let shown = 0;
function showMore() {
  const end = Math.min(shown + GROWING_THRESHOLD, fixture.rows.length);
  for (let position = shown; position < end; position++) {
    const row = document.createElement('ui5-table-row');
    row.rowKey = fixture.rows[position][1];
    for (const text of fixture.rows[position]) {
      const cell = document.createElement('ui5-table-cell');
      cell.textContent = text;
      row.appendChild(cell);
    }
    table.appendChild(row);
  }
  shown = end;
  growing.subtext = `[ ${shown} / ${fixture.rows.length} ]`;
  if (shown >= fixture.rows.length) growing.remove();
}

growing.addEventListener('load-more', showMore);
showMore();
