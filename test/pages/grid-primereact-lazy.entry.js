/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in PrimeReact's DataTable
 * (primereact 10, React) as its documentation's "lazy virtual scroll" example is copied into
 * back-office screens: the table holds 2,000 slots of which none is loaded at first; its
 * VirtualScroller (`virtualScrollerOptions: { lazy, onLazyLoad, showLoader, loading,
 * loadingTemplate }`) asks for the rows in view as it scrolls, and a fake server
 * answers each request 300–600 ms later with those rows, fetched in blocks of 50. While a request
 * is out, every row in view is drawn as a placeholder: each cell a Skeleton (`.p-skeleton`, no
 * text). Rows not loaded yet and not being loaded are drawn with empty cells. The line number is
 * a frozen (sticky) first cell, as in grid-primereact. Bundled at test time
 * (test/e2e/fixture-bundles.ts). Seeded problems: grid-primereact-lazy.labels.json.
 */
import { createElement as h, useCallback, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { PrimeReactProvider } from 'primereact/api';
import { DataTable } from 'primereact/datatable';
import { Column } from 'primereact/column';
import { Skeleton } from 'primereact/skeleton';
import 'primereact/resources/themes/lara-light-blue/theme.css';

const fixture = globalThis.customsPreflightGridFixture;
const BLOCK = 50;

/** The server: the records of the blocks covering first..last, after 300–600 ms (a fixed sequence, not random, so runs compare). */
let requests = 0;
function fetchRows(first, last) {
  const from = Math.floor(first / BLOCK) * BLOCK;
  const to = Math.min(Math.ceil(last / BLOCK) * BLOCK, fixture.records.length);
  const delay = 300 + ((requests++ * 137) % 301);
  return new Promise((resolve) => setTimeout(() => resolve({ from, records: fixture.records.slice(from, to) }), delay));
}

const loadingTemplate = (options) =>
  h('div', { style: { display: 'flex', alignItems: 'center', height: '17px', flexGrow: 1, overflow: 'hidden' } }, h(Skeleton, { width: options.cellEven ? '60%' : '40%', height: '1rem' }));

const columns = fixture.fields.map((field, i) =>
  h(Column, { key: field, field, header: fixture.headers[i], frozen: field === 'line', style: { minWidth: `${fixture.widths[i]}px` } }),
);

function App() {
  const [rows, setRows] = useState(() => Array.from({ length: fixture.records.length }));
  const [loading, setLoading] = useState(false);
  const pending = useRef(0);
  const onLazyLoad = useCallback(({ first, last }) => {
    pending.current++;
    setLoading(true);
    fetchRows(first, last).then(({ from, records }) => {
      setRows((shown) => {
        const next = shown.slice();
        records.forEach((record, i) => (next[from + i] = record));
        return next;
      });
      if (--pending.current === 0) setLoading(false);
    });
  }, []);
  return h(
    DataTable,
    {
      value: rows,
      scrollable: true,
      scrollHeight: '560px',
      stripedRows: true,
      size: 'small',
      tableStyle: { minWidth: '1700px' },
      virtualScrollerOptions: { lazy: true, onLazyLoad, itemSize: 41, showLoader: true, loading, loadingTemplate },
    },
    columns,
  );
}

createRoot(document.getElementById('grid')).render(h(PrimeReactProvider, null, h(App)));
