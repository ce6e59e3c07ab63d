/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in Element Plus `el-table`
 * (Vue 3), the table of countless Vue admin and ERP screens. With a height set it draws a fixed
 * header: the header row is a <table> of its own above the scrolling body table, the two kept
 * aligned by colgroups. The line and part number are frozen to the left and the gross weight to
 * the right (drawn as sticky cells in the same rows). Not virtualised: all 2,000 rows exist, only
 * the body box scrolls. Written with render functions (h()), no SFC compiler. Bundled at test
 * time (test/e2e/fixture-bundles.ts); grid-element-table.html loads it.
 */
import { createApp, h } from 'vue';
import { ElTable, ElTableColumn } from 'element-plus';
import 'element-plus/dist/index.css';

const fixture = globalThis.customsPreflightGridFixture;
const FROZEN_LEFT = new Set(['line', 'part']);
const FROZEN_RIGHT = new Set(['gross']);

const columns = () =>
  fixture.fields.map((field, i) =>
    h(ElTableColumn, {
      key: field,
      prop: field,
      label: fixture.headers[i],
      width: fixture.widths[i],
      fixed: FROZEN_LEFT.has(field) ? 'left' : FROZEN_RIGHT.has(field) ? 'right' : undefined,
    }),
  );

createApp({
  render: () => h(ElTable, { data: fixture.records, height: 560, border: true, stripe: true, rowKey: 'line' }, { default: columns }),
}).mount('#grid');
