/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in IBM Carbon's data table web
 * components (@carbon/web-components 2.x, Lit). grid-carbon.html draws every line in a box that
 * scrolls; grid-carbon-paged.html draws 25 lines a page under a cds-pagination, as Carbon's
 * examples do: the pager is a control only (its Previous/Next buttons and its page-size and
 * page-number <select>s inside shadow roots nested two deep, "1–25 of 2000 items"), and the page
 * answers its `cds-pagination-changed-current` event by drawing that page's lines. `?expandable=1`
 * gives each line a tick box and a collapsed details row after it; `?pages=unknown` (paged) a server
 * that does not count its lines. Bundled with esbuild when the browser tests start
 * (test/e2e/fixture-bundles.ts).
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

// `?expandable=1`: an ERP's list with row selection and details: each line has a tick box (drawn in
// the row's shadow root) and is followed by its collapsed cds-table-expanded-row (a broker's note).
const expandable = new URLSearchParams(location.search).get('expandable') === '1';
if (expandable) {
  headerRow.setAttribute('expandable', '');
  headerRow.setAttribute('selection-name', 'header');
}

function drawLines(start, count) {
  body.replaceChildren(
    ...fixture.rows.slice(start, start + count).flatMap((cells) => {
      const row = document.createElement('cds-table-row');
      for (const text of cells) {
        const cell = document.createElement('cds-table-cell');
        cell.textContent = text;
        row.appendChild(cell);
      }
      if (!expandable) return [row];
      row.setAttribute('expandable', '');
      row.setAttribute('selection-name', `line-${cells[0]}`);
      const details = document.createElement('cds-table-expanded-row');
      details.setAttribute('colspan', String(cells.length + 2));
      details.textContent = `Broker note for line ${cells[0]}: classification reviewed, ruling on file.`;
      return [row, details];
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
