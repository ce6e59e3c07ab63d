/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in PrimeVue's DataTable (Vue 3),
 * the table of many Vue ERP and government-portal screens, in the two ways they set it up:
 *  - scrollable in a 560 px box with its virtual scroller on (`virtualScrollerOptions`, fixed
 *    item height): one <table> whose body holds only the rows in view, the rows above them
 *    replaced by a spacer element that sizes the scrolled content, and the line and part
 *    number frozen on the left (sticky cells);
 *  - `?paged=1`: its paginator, 50 lines a page with a rows-per-page dropdown and page links,
 *    the page shown marked by aria-current.
 * Written with render functions (h()), no SFC compiler. Bundled at test time
 * (test/e2e/fixture-bundles.ts); grid-primevue.html loads it. PrimeVue's styled mode injects
 * its theme's styles, so there is no stylesheet to link.
 */
import { createApp, h } from 'vue';
import PrimeVue from 'primevue/config';
import DataTable from 'primevue/datatable';
import Column from 'primevue/column';
import Aura from '@primeuix/themes/aura';

const fixture = globalThis.customsPreflightGridFixture;
const FROZEN = new Set(['line', 'part']);
const paged = new URLSearchParams(location.search).has('paged');

const columns = () =>
  fixture.fields.map((field, i) =>
    h(Column, {
      key: field,
      field,
      header: fixture.headers[i],
      frozen: FROZEN.has(field),
      style: { minWidth: `${fixture.widths[i]}px` },
    }),
  );

const layout = paged
  ? { paginator: true, rows: 50, rowsPerPageOptions: [25, 50, 100] }
  : { virtualScrollerOptions: { itemSize: 37 } };

createApp({
  render: () =>
    h(
      DataTable,
      { value: fixture.records, dataKey: 'line', scrollable: true, scrollHeight: '560px', showGridlines: true, size: 'small', ...layout },
      { default: columns },
    ),
})
  .use(PrimeVue, { theme: { preset: Aura } })
  .mount('#grid');
