/*
 * Customs Preflight test fixtures: the catalog the grid-library pages show (grid-*.html). Each
 * page loads catalog-lines.js and this file, then hands `customsPreflightGridFixture` to its
 * grid library. `?rows=10000` makes a longer catalog (the reading-speed tests use it); a page's
 * `data-catalog-rows` attribute sets its own length. `?zoom=1.25` zooms the whole page with CSS
 * zoom before the grid is drawn, as portals do for density or larger text (the grid's box then
 * scrolls in its own pixels while the screen shows them zoomed).
 * Seeded problems: every 100th line (see catalog-lines.js); labels: <page>.labels.json.
 */
(function () {
  const zoom = new URLSearchParams(location.search).get('zoom');
  if (zoom) document.documentElement.style.zoom = zoom;
  const FIELDS = ['line', 'part', 'description', 'hts', 'origin', 'quantity', 'unit', 'price', 'value', 'currency', 'net', 'gross'];
  // Wider than the 1,280-pixel test window: the last columns start off-screen to the right.
  const WIDTHS = [70, 120, 430, 130, 150, 100, 80, 110, 140, 100, 150, 160];
  // A page may declare a shorter catalog of its own (<html data-catalog-rows="300">): a growing
  // list loaded 20 rows a press is pressed 15 times for 300 rows, 100 times for 2,000.
  const requested = Number(new URLSearchParams(location.search).get('rows') || document.documentElement.dataset.catalogRows);
  const rowCount = Number.isInteger(requested) && requested > 0 ? requested : 2000;
  const { headers, rows } = globalThis.customsPreflightCatalogLines({ rows: rowCount, seedEvery: 100 });
  globalThis.customsPreflightGridFixture = {
    headers,
    rows,
    fields: FIELDS,
    widths: WIDTHS,
    /** Rows as objects keyed by field, as most grid libraries take them. */
    records: rows.map((cells) => Object.fromEntries(FIELDS.map((field, i) => [field, cells[i]]))),
  };
})();
