/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in PrimeReact's DataTable
 * (primereact 10, React), the table of many React ERP and back-office screens, set up as its
 * documentation's examples are copied into them:
 *  - scrollable in a 560 px box with a sticky header and its VirtualScroller on
 *    (`virtualScrollerOptions`, fixed item height): one <table> whose body holds only the rows
 *    near the view, moved down by a transform inside a spacer as tall as every line, and the
 *    line number frozen on the left (a sticky cell); striped rows, a hover highlight;
 *  - `?paged=1`: its paginator, 25 lines a page with page links, a rows-per-page dropdown and a
 *    "Showing 1 to 25 of 2000 entries" report, the page shown marked by its highlight class.
 * Plain JavaScript without JSX. Bundled at test time (test/e2e/fixture-bundles.ts), with the
 * Lara theme's stylesheet beside it; grid-primereact.html loads both.
 */
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { PrimeReactProvider } from 'primereact/api';
import { DataTable } from 'primereact/datatable';
import { Column } from 'primereact/column';
import 'primereact/resources/themes/lara-light-blue/theme.css';

const fixture = globalThis.customsPreflightGridFixture;
const paged = new URLSearchParams(location.search).has('paged');

const columns = fixture.fields.map((field, i) =>
  h(Column, {
    key: field,
    field,
    header: fixture.headers[i],
    frozen: field === 'line',
    style: { minWidth: `${fixture.widths[i]}px` },
  }),
);

const layout = paged
  ? {
      paginator: true,
      rows: 25,
      rowsPerPageOptions: [25, 50, 100],
      paginatorTemplate: 'FirstPageLink PrevPageLink PageLinks NextPageLink LastPageLink CurrentPageReport RowsPerPageDropdown',
      currentPageReportTemplate: 'Showing {first} to {last} of {totalRecords} entries',
    }
  : { virtualScrollerOptions: { itemSize: 41 } };

function App() {
  return h(
    DataTable,
    { value: fixture.records, dataKey: 'line', scrollable: true, scrollHeight: '560px', stripedRows: true, rowHover: true, size: 'small', tableStyle: { minWidth: '1700px' }, ...layout },
    columns,
  );
}

createRoot(document.getElementById('grid')).render(h(PrimeReactProvider, null, h(App)));
