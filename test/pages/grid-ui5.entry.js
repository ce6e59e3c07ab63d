/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in SAP's UI5 Web Components
 * Table (@ui5/webcomponents, as ERP screens built on SAP Fiori show them), virtualised by its
 * ui5-table-virtualizer feature: the page renders only the ui5-table-row elements the virtualizer
 * asks for (range-change), each with its `position` in the catalog; the row lays its slotted
 * ui5-table-cell elements out in its own shadow root, and the grid role, the header row's slot
 * and the rows' spacer live in the table's shadow root. Bundled with esbuild when the browser
 * tests start (test/e2e/fixture-bundles.ts); grid-ui5.html loads it.
 */
import '@ui5/webcomponents/dist/Table.js';
import '@ui5/webcomponents/dist/TableHeaderRow.js';
import '@ui5/webcomponents/dist/TableHeaderCell.js';
import '@ui5/webcomponents/dist/TableRow.js';
import '@ui5/webcomponents/dist/TableCell.js';
import '@ui5/webcomponents/dist/TableVirtualizer.js';

// The height UI5 draws a row at (compact density off): the virtualizer places rows by it.
const ROW_HEIGHT = 44;
const fixture = globalThis.customsPreflightGridFixture;
const table = document.getElementById('grid');

const headerRow = document.createElement('ui5-table-header-row');
headerRow.slot = 'headerRow';
headerRow.sticky = true;
fixture.headers.forEach((header, i) => {
  const cell = document.createElement('ui5-table-header-cell');
  cell.textContent = header;
  cell.width = `${fixture.widths[i]}px`;
  headerRow.appendChild(cell);
});
table.appendChild(headerRow);

const virtualizer = document.createElement('ui5-table-virtualizer');
virtualizer.slot = 'features';
virtualizer.rowCount = fixture.rows.length;
virtualizer.rowHeight = ROW_HEIGHT;
table.appendChild(virtualizer);

function catalogRow(position) {
  const row = document.createElement('ui5-table-row');
  row.position = position;
  row.rowKey = fixture.rows[position][1];
  for (const text of fixture.rows[position]) {
    const cell = document.createElement('ui5-table-cell');
    cell.textContent = text;
    row.appendChild(cell);
  }
  return row;
}

// The application, not the table, renders rows: only those of the range in view.
virtualizer.addEventListener('range-change', (event) => {
  const { first, last } = event.detail;
  table.querySelectorAll('ui5-table-row').forEach((row) => row.remove());
  for (let position = first; position < last; position++) table.appendChild(catalogRow(position));
});
