/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in TDesign's Vue Next Table
 * (tdesign-vue-next, Vue 3), set up as an admin screen would: fixed column widths, the line and
 * part number fixed on the left (sticky cells), a max height, and virtual scrolling
 * (`scroll: { type: 'virtual' }`): only the rows near the view exist in the one table, the body
 * moved by a transform beside a box as tall as every line, the header sticky. Written with render
 * functions (h()), no SFC compiler. Bundled at test time (test/e2e/fixture-bundles.ts);
 * grid-tdesign.html loads it with its stylesheet.
 */
import { createApp, h } from 'vue';
import { Table } from 'tdesign-vue-next';
import 'tdesign-vue-next/es/style/index.css';

const fixture = globalThis.customsPreflightGridFixture;
const FIXED_LEFT = new Set(['line', 'part']);

const columns = fixture.fields.map((field, i) => ({
  title: fixture.headers[i],
  colKey: field,
  width: fixture.widths[i],
  fixed: FIXED_LEFT.has(field) ? 'left' : undefined,
}));

createApp({
  render: () =>
    h(Table, {
      columns,
      data: fixture.records,
      rowKey: 'line',
      bordered: true,
      stripe: true,
      size: 'small',
      tableLayout: 'fixed',
      maxHeight: 520,
      scroll: { type: 'virtual', rowHeight: 37, bufferSize: 10 },
    }),
}).mount('#app');
