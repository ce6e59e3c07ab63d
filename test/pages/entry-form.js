/*
 * Customs Preflight test fixture: an entry form's editable line grid (entry-form.html), built the
 * same way in the page and in Node (the browser tests compare what the extension read with it).
 * customsPreflightEntryFormLines() returns { headers, rows, typed }: `rows` are the values the
 * controls hold after the user's edits, `typed` the cells the user changed ({ row, column,
 * markup: what the HTML attribute still says, value: what the user typed }). Countries are offered in Spanish, by ISO code.
 */
(function () {
  const COUNTRIES = { CN: 'China', VN: 'Vietnam', DE: 'Alemania', TR: 'Turquía', BD: 'Bangladés', CO: 'Colombia', TW: 'Taiwán', MY: 'Malasia', PT: 'Portugal', JP: 'Japón', PK: 'Pakistán', ES: 'España', IN: 'India' };
  // The user's edits after the page loaded: line, column, value typed (the markup keeps the old one).
  const TYPED = [
    { row: 3, column: 5, value: '-20' },
    { row: 5, column: 3, value: '8516.60' },
    { row: 7, column: 2, value: 'Parts' },
    { row: 9, column: 4, value: 'DE' },
  ];

  function lines() {
    const { headers, rows } = globalThis.customsPreflightCatalogLines({ rows: 24, seedEvery: 1000 });
    const typed = [];
    for (const edit of TYPED) {
      const cells = rows[edit.row - 1];
      typed.push({ row: edit.row, column: edit.column, markup: cells[edit.column], value: edit.value });
      cells[edit.column] = edit.value;
    }
    return { headers, rows, typed, countries: COUNTRIES };
  }
  globalThis.customsPreflightEntryFormLines = lines;
})();
