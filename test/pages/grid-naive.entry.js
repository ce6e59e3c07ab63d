/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in Naive UI's NDataTable (Vue 3),
 * set up the way an admin screen built on Naive UI sets it up: `virtual-scroll` on (2,000 lines:
 * only the rows in view, and a few more, exist), a max height, `scroll-x` the sum of the column
 * widths, the line and part number fixed on the left (sticky cells), rows keyed by line.
 * Naive UI draws the header as a <table> of its own above a separate body; with virtual scrolling
 * the body is a virtual list (vueuc) whose visible rows sit in a body <table> moved by a
 * transform inside a tall box. Written with render functions (h()), no SFC compiler; Naive UI
 * injects its styles at run time. Bundled at test time (test/e2e/fixture-bundles.ts);
 * grid-naive.html loads it.
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

createApp({
  render: () =>
    h(NConfigProvider, null, {
      default: () =>
        h(NDataTable, {
          columns,
          data: fixture.records,
          rowKey: (row) => row.line,
          virtualScroll: true,
          maxHeight: 520,
          scrollX,
          bordered: true,
          striped: true,
          size: 'small',
        }),
    }),
}).mount('#app');
