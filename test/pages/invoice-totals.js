/*
 * Customs Preflight test fixtures: the rows of invoice-totals.html, built the same way in the page
 * and in Node (the browser tests compare what the extension read with them): the 30 lines of
 * catalog-lines.js (a problem seeded every 3rd), a subtotal row after every 10 lines and a grand
 * total row. customsPreflightInvoiceWithTotals({ german }) returns { headers, rows }, each row
 * { kind: 'line' | 'subtotal' | 'total', cells, span }.
 */
(function () {
  const EXTENDED_VALUE = 8;
  const CURRENCY = 9;
  const NET = 10;
  const GROSS = 11;

  function sums(lines) {
    const total = (column) => lines.reduce((sum, cells) => sum + (Number(cells[column]) || 0), 0);
    return { value: total(EXTENDED_VALUE).toFixed(2), net: total(NET).toFixed(1), gross: total(GROSS).toFixed(1) };
  }

  globalThis.customsPreflightInvoiceWithTotals = function ({ german = false } = {}) {
    const { headers, rows: lines } = globalThis.customsPreflightCatalogLines({ rows: 30, seedEvery: 3 });
    const rows = [];
    for (let start = 0; start < lines.length; start += 10) {
      const page = lines.slice(start, start + 10);
      for (const cells of page) rows.push({ kind: 'line', cells, span: 1 });
      const { value, net, gross } = sums(page);
      const label = german ? `Zwischensumme Seite ${start / 10 + 1}` : `Subtotal page ${start / 10 + 1}`;
      const cells = headers.map(() => '');
      cells[0] = label;
      cells[EXTENDED_VALUE] = value;
      cells[CURRENCY] = 'USD';
      cells[NET] = net;
      cells[GROSS] = gross;
      rows.push({ kind: 'subtotal', cells, span: EXTENDED_VALUE });
    }
    const { value, net, gross } = sums(lines);
    const cells = headers.map(() => '');
    cells[1] = german ? 'Gesamtbetrag:' : 'Total';
    cells[EXTENDED_VALUE] = value;
    cells[CURRENCY] = 'USD';
    cells[NET] = net;
    cells[GROSS] = gross;
    rows.push({ kind: 'total', cells, span: 1 });
    return { headers, rows };
  };
})();
