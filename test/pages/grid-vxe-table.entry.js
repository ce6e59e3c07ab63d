/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in vxe-table (Vue 3), the grid
 * of a great many ERP admin screens. Virtual scrolling on (`virtual-y-config`, 2,000 lines: only
 * the rows near the view are rendered), the line and part number frozen on the left and the gross
 * weight on the right, the header row in a table of its own above the body. Written with render
 * functions (h()), no SFC compiler. Bundled at test time (test/e2e/fixture-bundles.ts);
 * grid-vxe-table.html loads it with its stylesheet.
 */
import { createApp, h } from 'vue';
import VxeUI from '@vxe-ui/core';
import VxeUITable, { VxeColumn, VxeTable } from 'vxe-table';
import 'vxe-table/lib/style.css';

const fixture = globalThis.customsPreflightGridFixture;
const FROZEN_LEFT = new Set(['line', 'part']);
const FROZEN_RIGHT = new Set(['gross']);

const columns = () =>
  fixture.fields.map((field, i) =>
    h(VxeColumn, {
      key: field,
      field,
      title: fixture.headers[i],
      width: fixture.widths[i],
      fixed: FROZEN_LEFT.has(field) ? 'left' : FROZEN_RIGHT.has(field) ? 'right' : undefined,
    }),
  );

createApp({
  render: () =>
    h(
      VxeTable,
      {
        data: fixture.records,
        height: 560,
        border: true,
        stripe: true,
        showOverflow: 'title',
        rowConfig: { keyField: 'line' },
        virtualYConfig: { enabled: true, gt: 0 },
      },
      { default: columns },
    ),
})
  .use(VxeUI)
  .use(VxeUITable)
  .mount('#grid');
