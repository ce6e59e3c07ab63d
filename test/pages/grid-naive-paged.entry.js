/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in Naive UI's NDataTable (Vue 3),
 * paged as most admin screens built on Naive UI page it: `pagination: { pageSize: 50 }` (40 pages),
 * a max height (the body scrolls within 520 pixels), `scroll-x` the sum of the column widths, the
 * line and part number fixed on the left (sticky cells), rows keyed by line.
 * Naive UI draws its pager as a row of <div class="n-pagination-item"> (no link, no button, no role,
 * no name; the page shown marked by a class, the arrows unnamed svg icons), under the table but
 * seven boxes above the body <table> in the DOM. `?arrows=hidden` hides the arrows (a screen that
 * styles them away): the pager is its page numbers alone, taken by where it is drawn. Written with
 * render functions (h()), no SFC compiler; Naive UI injects its styles at run time. Bundled at test
 * time (test/e2e/fixture-bundles.ts); grid-naive-paged.html loads it.
 */
import { createApp, h } from 'vue';
import { NConfigProvider, NDataTable } from 'naive-ui';

const fixture = globalThis.customsPreflightGridFixture;
const FIXED_LEFT = new Set(['line', 'part']);

const columns = fixture.fields.map((key, i) => ({
  title: fixture.headers[i],
  key,
  width: fixture.widths[i],
  fixed: FIXED_LEFT.has(key) ? 'left' : undefined,
}));
const scrollX = fixture.widths.reduce((sum, width) => sum + width, 0);

if (new URLSearchParams(location.search).get('arrows') === 'hidden') {
  document.head.append(Object.assign(document.createElement('style'), { textContent: '.n-pagination-item--button { display: none !important; }' }));
}

createApp({
  render: () =>
    h(NConfigProvider, null, {
      default: () =>
        h(NDataTable, {
          columns,
          data: fixture.records,
          rowKey: (row) => row.line,
          pagination: { pageSize: 50 },
          maxHeight: 520,
          scrollX,
          bordered: true,
          striped: true,
          size: 'small',
        }),
    }),
}).mount('#app');
