/*
 * Customs Preflight test fixture: a 5,000-line product master, built by catalog-lines.js the same
 * way in the page (large-table.html renders it) and in Node (the browser tests compare what the
 * extension read with it, and derive the labels from it).
 *
 * Seeded problems: every 250th line gets one. Line 1234 has its description nested 2,000
 * elements deep; line 4321 has a 33,000-character description (read as its first 10,000 characters).
 */
(function () {
  const ROWS = 5000;
  const SEED_EVERY = 250;
  const DEEP_LINE = 1234;
  const DEEP_LEVELS = 2000;
  const HUGE_LINE = 4321;

  function largeCatalog(rowCount = ROWS) {
    const { headers, rows } = globalThis.customsPreflightCatalogLines({ rows: rowCount, seedEvery: SEED_EVERY, hugeLine: HUGE_LINE });
    return { headers, rows, deepLine: DEEP_LINE, hugeLine: HUGE_LINE };
  }

  globalThis.customsPreflightLargeCatalog = largeCatalog;

  if (typeof document === 'undefined') return;
  // In the page: render the table with DOM calls (text only, never markup).
  // `?rows=50000` makes a longer export (the page benchmark and the responsiveness test use it).
  const requested = Number(new URLSearchParams(location.search).get('rows'));
  const { headers, rows } = largeCatalog(Number.isInteger(requested) && requested > 0 ? requested : ROWS);
  const table = document.getElementById('product-master');
  const headRow = table.tHead.rows[0];
  for (const header of headers) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = header;
    headRow.append(th);
  }
  const body = document.createDocumentFragment();
  rows.forEach((cells, index) => {
    const tr = document.createElement('tr');
    cells.forEach((text, column) => {
      const td = document.createElement('td');
      if (index + 1 === DEEP_LINE && column === 2) {
        let holder = td;
        for (let level = 0; level < DEEP_LEVELS; level++) holder = holder.appendChild(document.createElement('span'));
        holder.textContent = text;
      } else {
        td.textContent = text;
      }
      tr.append(td);
    });
    body.append(tr);
  });
  table.tBodies[0].append(body);
  document.getElementById('line-count').textContent = rows.length.toLocaleString('en-US');
})();
