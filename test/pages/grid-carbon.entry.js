/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in IBM Carbon's data table web
 * components (@carbon/web-components 2.x, Lit). grid-carbon.html draws every line in a box that
 * scrolls; grid-carbon-paged.html draws 25 lines a page under a cds-pagination, as Carbon's
 * examples do: the pager is a control only (its Previous/Next buttons and its page-size and
 * page-number <select>s inside shadow roots nested two deep, "1–25 of 2000 items"), and the page
 * answers its `cds-pagination-changed-current` event by drawing that page's lines. Bundled with
 * esbuild when the browser tests start (test/e2e/fixture-bundles.ts).
 */
import '@carbon/web-components/es/components/data-table/index.js';
import '@carbon/web-components/es/components/pagination/index.js';
import '@carbon/web-components/es/components/select/index.js';

const fixture = globalThis.customsPreflightGridFixture;
const table = document.getElementById('grid');
const pagination = document.getElementById('pager');

const head = document.createElement('cds-table-head');
const headerRow = document.createElement('cds-table-header-row');
fixture.headers.forEach((header) => {
  const cell = document.createElement('cds-table-header-cell');
  cell.textContent = header;
  headerRow.appendChild(cell);
});
head.appendChild(headerRow);
const body = document.createElement('cds-table-body');
table.append(head, body);

function drawLines(start, count) {
  body.replaceChildren(
    ...fixture.rows.slice(start, start + count).map((cells) => {
      const row = document.createElement('cds-table-row');
      for (const text of cells) {
        const cell = document.createElement('cds-table-cell');
        cell.textContent = text;
        row.appendChild(cell);
      }
      return row;
    }),
  );
}

// `?pages=unknown`: a portal whose server does not count the lines (Carbon's `pages-unknown`): the
// pager says "26–50 items" and "page 2", with no total and no page-number select; the page tells it
// when it shows the last page (`isLastPage`), which disables Next.
const pagesUnknown = pagination && new URLSearchParams(location.search).get('pages') === 'unknown';
if (pagesUnknown) {
  pagination.removeAttribute('total-items');
  pagination.setAttribute('pages-unknown', '');
}

if (pagination) {
  // The page shown is the pager's: drawn again whenever the user pages or changes the page size.
  const redraw = (event) => {
    const start = (event.detail.page - 1) * event.detail.pageSize;
    if (pagesUnknown) pagination.isLastPage = start + event.detail.pageSize >= fixture.rows.length;
    drawLines(start, event.detail.pageSize);
  };
  pagination.addEventListener('cds-pagination-changed-current', redraw);
  pagination.addEventListener('cds-page-sizes-select-changed', redraw);
  drawLines(0, Number(pagination.getAttribute('page-size')));
} else {
  drawLines(0, fixture.rows.length);
}
