/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in Quasar's QTable with
 * `virtual-scroll` (Vue 3): one <table> in a 560 px scrolling box, a sticky header, and only the
 * rows in view rendered between padding rows that stand for the ones above and below. Written
 * with render functions (h()), no SFC compiler. Bundled at test time
 * (test/e2e/fixture-bundles.ts); grid-quasar.html loads it with its stylesheet.
 */
import { createApp, h } from 'vue';
import { Quasar, QTable } from 'quasar';
import 'quasar/dist/quasar.css';

const fixture = globalThis.customsPreflightGridFixture;
const columns = fixture.fields.map((field, i) => ({ name: field, field, label: fixture.headers[i], align: 'left', style: `min-width: ${fixture.widths[i]}px`, headerStyle: `min-width: ${fixture.widths[i]}px` }));

createApp({
  render: () =>
    h(QTable, {
      rows: fixture.records,
      columns,
      rowKey: 'line',
      virtualScroll: true,
      virtualScrollItemSize: 33,
      virtualScrollStickySizeStart: 33,
      rowsPerPageOptions: [0],
      pagination: { rowsPerPage: 0 },
      dense: true,
      bordered: true,
      flat: true,
      class: 'catalog-lines',
      style: { height: '560px' },
    }),
})
  .use(Quasar, {})
  .mount('#grid');
