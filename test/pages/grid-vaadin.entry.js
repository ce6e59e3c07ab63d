/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in Vaadin Grid, a Lit-based web
 * component: its rows and cells live in its (open) shadow root, the cell contents are light-DOM
 * elements slotted into them, and it renders only the rows in view. Bundled with esbuild when the
 * browser tests start (test/e2e/fixture-bundles.ts); grid-vaadin.html loads it.
 */
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';

const fixture = globalThis.customsPreflightGridFixture;
const grid = document.getElementById('grid');
fixture.fields.forEach((field, i) => {
  const column = document.createElement('vaadin-grid-column');
  column.path = field;
  column.header = fixture.headers[i];
  column.width = `${fixture.widths[i]}px`;
  column.flexGrow = 0;
  grid.appendChild(column);
});
grid.items = fixture.records;
