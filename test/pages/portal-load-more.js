/*
 * Customs Preflight test fixture: the goods positions of portal-load-more.html (a German
 * supplier portal), built the same way in the page and in Node (the browser tests compare what
 * the extension found with the labels derived from them). customsPreflightPortalPositions()
 * returns { headers, rows }: the catalog lines of catalog-lines.js under the portal's German
 * column names, a problem seeded every 10th line so that every load of 20 holds two.
 */
(function () {
  const HEADERS = ['Pos.', 'Materialnummer', 'Warenbezeichnung', 'Zolltarifnummer', 'Ursprungsland', 'Menge', 'Mengeneinheit', 'Einzelpreis', 'Gesamtwert', 'Währung', 'Nettogewicht (kg)', 'Bruttogewicht (kg)'];
  // Not a multiple of the 20 a load adds: the last load is a short one.
  const POSITIONS = 130;

  globalThis.customsPreflightPortalPositions = function positions() {
    const { rows } = globalThis.customsPreflightCatalogLines({ rows: POSITIONS, seedEvery: 10 });
    return { headers: HEADERS.slice(), rows };
  };
})();
