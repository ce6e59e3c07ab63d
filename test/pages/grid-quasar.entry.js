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

// ?paged=1: QTable's own pager at its bottom ("Records per page: [50]", "51-100 of 2000", first,
// previous, next and last as icon buttons whose icons are Material Icons ligatures: the text
// "chevron_right" drawn as an arrow, no label), a page of rows at a time.
const paged = new URLSearchParams(location.search).get('paged') === '1';
const rowsShown = paged
  ? { rowsPerPageOptions: [20, 50, 100], pagination: { rowsPerPage: 50 } }
  : { virtualScroll: true, virtualScrollItemSize: 33, virtualScrollStickySizeStart: 33, rowsPerPageOptions: [0], pagination: { rowsPerPage: 0 } };

createApp({
  render: () =>
    h(QTable, {
      rows: fixture.records,
      columns,
      rowKey: 'line',
      ...rowsShown,
      dense: true,
      bordered: true,
      flat: true,
      class: 'catalog-lines',
      style: { height: '560px' },
    }),
})
  .use(Quasar, {})
  .mount('#grid');
