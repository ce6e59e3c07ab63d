/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in MESCIUS Wijmo's FlexGrid
 * (@mescius/wijmo.grid 5.20261.50, plain JavaScript, no framework), set up as an ERP or customs
 * portal would: a box of 1200 × 560 (grid-wijmo.html) in which FlexGrid virtualizes rows and
 * columns itself, columns bound by hand with the catalog's widths, the line and part-number
 * columns frozen (frozenColumns: 2), read-only, sorting by a header click (one column at a time).
 * headersVisibility is left at its default (All): FlexGrid draws a column of row headers before
 * the catalog's, empty (it shows no numbers unless the page draws them), and a top-left cell.
 * No license key: Wijmo runs in evaluation mode (see grid-wijmo.html). Its stylesheet is
 * imported here and comes out beside the bundle (/built/grid-wijmo.css).
 * Bundled at test time (test/e2e/fixture-bundles.ts); grid-wijmo.html loads it.
 */
import '@mescius/wijmo.styles/wijmo.css';
import { DataType } from '@mescius/wijmo';
import { AllowSorting, FlexGrid } from '@mescius/wijmo.grid';

const fixture = globalThis.customsPreflightGridFixture;

new FlexGrid('#grid', {
  autoGenerateColumns: false,
  itemsSource: fixture.records,
  columns: fixture.fields.map((field, i) => ({ binding: field, header: fixture.headers[i], width: fixture.widths[i], dataType: DataType.String })),
  frozenColumns: 2,
  isReadOnly: true,
  allowSorting: AllowSorting.SingleColumn,
});
