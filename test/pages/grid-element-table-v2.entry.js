/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in Element Plus `el-table-v2`
 * (Vue 3), its virtualised table: plain divs (role="row"/"cell" only on some parts), rows
 * absolutely placed in a scrolling box and drawn only in view. With frozen columns it draws three
 * grids side by side, the main one and a left and a right one holding copies of the frozen
 * columns' rows, each scrolled in step with the main one. Written with render functions (h()),
 * no SFC compiler. Bundled at test time (test/e2e/fixture-bundles.ts); grid-element-table-v2.html
 * loads it.
 */
import { createApp, h } from 'vue';
import { ElTableV2 } from 'element-plus';
import 'element-plus/dist/index.css';

const fixture = globalThis.customsPreflightGridFixture;
const FROZEN = { line: 'left', part: 'left', gross: 'right' };

const columns = fixture.fields.map((field, i) => ({
  key: field,
  dataKey: field,
  title: fixture.headers[i],
  width: fixture.widths[i],
  fixed: FROZEN[field],
}));
const data = fixture.records.map((record, i) => ({ id: i + 1, ...record }));

createApp({
  render: () => h(ElTableV2, { columns, data, width: 1240, height: 560, rowHeight: 36, fixed: true }),
}).mount('#grid');
