/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in Syncfusion Essential JS 2's
 * Grid (@syncfusion/ej2-grids), set up as an ERP or customs portal would: virtual scrolling of
 * rows and of columns, a fixed height and width, the line and part-number columns frozen on the
 * left, fixed column widths, sorting, no pager. The DOM it draws: grid-syncfusion.html's comment.
 * Bundled at test time (test/e2e/fixture-bundles.ts); grid-syncfusion.html loads it and the
 * stylesheet this bundle's CSS imports become (/built/grid-syncfusion.css).
 */
import { Telemetry } from '@syncfusion/ej2-base';
import { Freeze, Grid, Sort, VirtualScroll } from '@syncfusion/ej2-grids';
// The Bootstrap 5 theme of each package the grid draws with (the Material theme's base stylesheet
// imports a web font from fonts.googleapis.com: these fixtures use no network).
import '@syncfusion/ej2-base/styles/bootstrap5.css';
import '@syncfusion/ej2-buttons/styles/bootstrap5.css';
import '@syncfusion/ej2-calendars/styles/bootstrap5.css';
import '@syncfusion/ej2-dropdowns/styles/bootstrap5.css';
import '@syncfusion/ej2-inputs/styles/bootstrap5.css';
import '@syncfusion/ej2-navigations/styles/bootstrap5.css';
import '@syncfusion/ej2-popups/styles/bootstrap5.css';
import '@syncfusion/ej2-splitbuttons/styles/bootstrap5.css';
import '@syncfusion/ej2-notifications/styles/bootstrap5.css';
import '@syncfusion/ej2-grids/styles/bootstrap5.css';

// Syncfusion's components report their use to Azure Application Insights from a page served
// from localhost or 127.0.0.1 (a "development" environment): these fixtures make no requests
// beyond 127.0.0.1, so it is turned off, as its own switch allows.
Telemetry.disable();

Grid.Inject(VirtualScroll, Freeze, Sort);

const fixture = globalThis.customsPreflightGridFixture;
const frozen = new Set(['line', 'part']);
const numeric = new Set(['quantity', 'price', 'value', 'net', 'gross']);

const grid = new Grid({
  dataSource: fixture.records,
  columns: fixture.fields.map((field, i) => ({
    field,
    headerText: fixture.headers[i],
    width: fixture.widths[i],
    isPrimaryKey: field === 'line',
    textAlign: numeric.has(field) ? 'Right' : 'Left',
    ...(frozen.has(field) ? { isFrozen: true, freeze: 'Left' } : {}),
  })),
  height: 560,
  width: 1200,
  enableVirtualization: true,
  enableColumnVirtualization: true,
  allowSorting: true,
  allowPaging: false,
  gridLines: 'Both',
});
grid.appendTo('#grid');

