/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in SlickGrid with its first two
 * columns frozen (`frozenColumn: 1`): every line is drawn as two rows, one in the frozen box on
 * the left and one in the scrolling box, absolutely positioned, without aria-rowindex; only the
 * rows in view exist. Bundled at test time (test/e2e/fixture-bundles.ts); grid-slickgrid.html loads it.
 */
import { SlickGrid } from 'slickgrid';

const fixture = globalThis.customsPreflightGridFixture;
const columns = fixture.fields.map((field, i) => ({ id: field, field, name: fixture.headers[i], width: fixture.widths[i] }));
const data = fixture.records.map((record, i) => ({ id: i + 1, ...record }));
new SlickGrid('#grid', data, columns, { frozenColumn: 1, rowHeight: 30, enableColumnReorder: false, forceFitColumns: false });
