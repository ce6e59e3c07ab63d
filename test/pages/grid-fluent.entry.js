/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in Fluent UI's `fluent-data-grid`
 * (FAST web components): the grid, its rows and its cells are custom elements with ARIA roles and
 * shadow roots of their own; rows and cells are generated from `rowsData` into the light DOM and
 * shown through the shadow roots' slots. The header row is sticky; the grid element itself is
 * the 560 px box the lines scroll in. Bundled at test time (test/e2e/fixture-bundles.ts);
 * grid-fluent.html loads it.
 */
import { fluentDataGrid, fluentDataGridCell, fluentDataGridRow, provideFluentDesignSystem } from '@fluentui/web-components';

const fixture = globalThis.customsPreflightGridFixture;

provideFluentDesignSystem().register(fluentDataGrid(), fluentDataGridRow(), fluentDataGridCell());

const grid = document.createElement('fluent-data-grid');
grid.id = 'lines';
grid.generateHeader = 'sticky';
grid.gridTemplateColumns = fixture.widths.map((width) => `${width}px`).join(' ');
grid.columnDefinitions = fixture.fields.map((field, i) => ({ columnDataKey: field, title: fixture.headers[i] }));
grid.rowsData = fixture.records;
document.querySelector('#grid').append(grid);
