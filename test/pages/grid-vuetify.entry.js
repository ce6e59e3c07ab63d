/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in Vuetify's
 * `v-data-table-virtual` (Vue 3), the Material table of many Vue admin screens: one <table> with a
 * fixed header (sticky <th>s) in a 560 px scrolling box, the body virtualised: only the rows in
 * view are rendered, between two spacer rows (<tr> with a height) that stand for the rows above
 * and below. Written with render functions (h()), no SFC compiler. Bundled at test time
 * (test/e2e/fixture-bundles.ts); grid-vuetify.html loads it with its stylesheet.
 */
import { createApp, h } from 'vue';
import { createVuetify } from 'vuetify';
import { VApp } from 'vuetify/components/VApp';
import { VMain } from 'vuetify/components/VMain';
import { VDataTableVirtual } from 'vuetify/components/VDataTable';
import 'vuetify/styles';

const fixture = globalThis.customsPreflightGridFixture;
const headers = fixture.fields.map((field, i) => ({ key: field, title: fixture.headers[i], width: fixture.widths[i], minWidth: fixture.widths[i] }));

createApp({
  render: () =>
    h(VApp, null, () =>
      h(VMain, null, () =>
        h(VDataTableVirtual, { headers, items: fixture.records, itemValue: 'line', height: 560, fixedHeader: true, density: 'compact' }),
      ),
    ),
})
  .use(createVuetify())
  .mount('#grid');
