/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in Arco Design Vue's Table
 * (@arco-design/web-vue, Vue 3), set up as an import desk's screen would: fixed column widths
 * (`scroll.x` their sum), the line and part number fixed on the left (sticky cells), no pager, and
 * `virtual-list-props` on: only the rows near the view exist, drawn by Arco's VirtualList in a body
 * table moved down a box as tall as every line, under a header table of its own. Written with
 * render functions (h()), no SFC compiler. Bundled at test time (test/e2e/fixture-bundles.ts);
 * grid-arco.html loads it with its stylesheet.
 */
import { createApp, h } from 'vue';
import { Table } from '@arco-design/web-vue';
import '@arco-design/web-vue/dist/arco.css';

const fixture = globalThis.customsPreflightGridFixture;
const FIXED_LEFT = new Set(['line', 'part']);

const columns = fixture.fields.map((field, i) => ({
  title: fixture.headers[i],
  dataIndex: field,
  width: fixture.widths[i],
  fixed: FIXED_LEFT.has(field) ? 'left' : undefined,
}));
const scrollX = fixture.widths.reduce((sum, width) => sum + width, 0);

createApp({
  render: () =>
    h(Table, {
      columns,
      data: fixture.records,
      rowKey: 'line',
      pagination: false,
      bordered: true,
      stripe: true,
      size: 'small',
      scroll: { x: scrollX, y: 520 },
      virtualListProps: { height: 520 },
    }),
}).mount('#app');
