/*
 * Customs Preflight test fixtures: product-master lines, built the same way in the pages that
 * render them and in Node (the browser tests compare what the extension read with them, and
 * derive the labels from them). Deterministic: no randomness, no dates.
 *
 * customsPreflightCatalogLines({ rows, seedEvery, hugeLine }) returns { headers, rows }: every
 * `seedEvery`-th line gets one seeded problem, cycling through SEEDED_PROBLEMS; line `hugeLine`
 * (if any) has a 33,000-character description.
 */
(function () {
  const HEADERS = ['Line', 'Part Number', 'Description', 'HTS Code', 'Country of Origin', 'Quantity', 'UOM', 'Unit Price', 'Extended Value', 'Currency', 'Net Weight (kg)', 'Gross Weight (kg)'];

  // description, HTS, origin, unit, unit price, net kg per unit. Clean lines: each code is a U.S.
  // statistical line in force until 2030 in the built-in schedule, with its census unit.
  const PRODUCTS = [
    ['Laptop computers, 14 inch, with keyboard and battery', '8471.30.0100', 'CN', 'NO', 412.5, 1.4],
    ['Wi-Fi routers for home networks, dual band', '8517.62.0090', 'VN', 'NO', 38.2, 0.38],
    ['Microwave ovens combined with grill, 25 litre', '8516.60.4060', 'TR', 'NO', 89.9, 14],
    ['Tea kettles of stainless steel, household, 1.7 litre', '7323.93.0015', 'IN', 'NO', 18.4, 1.1],
    ['Coffee, roasted, not decaffeinated, arabica, in 1 kg bags', '0901.21.0020', 'CO', 'KG', 14.8, 1],
    ['Bolts of stainless steel, threaded, M5 x 20 mm', '7318.15.2010', 'TW', 'KG', 6.25, 1],
    ['Monitors, LCD, 27 inch, for automatic data processing machines', '8528.52.0000', 'MY', 'NO', 118, 6],
    ['Dinnerware of porcelain for hotels and restaurants', '6911.10.1000', 'PT', 'DPC', 96, 10.3],
    ['Travel bags, outer surface of textile materials, man-made fibres', '4202.92.3131', 'VN', 'NO', 17.5, 0.9],
    ['Ball bearings, steel, single row, 22 mm bore', '8482.10.5044', 'JP', 'NO', 3.85, 0.05],
    ['Rubber gloves, seamless, for household cleaning', '4015.19.1150', 'MY', 'DPR', 9.6, 0.6],
    ['Ceramic floor tiles, glazed, 30 x 30 cm', '6907.22.9011', 'ES', 'M2', 7.25, 18],
  ];

  const SEEDED_PROBLEMS = ['hts-format', 'origin-invalid', 'value-mismatch', 'quantity-invalid', 'currency-invalid', 'weight-net-exceeds-gross', 'description-vague', 'cell-required'];
  const HUGE_TEXT = ' Stainless steel fasteners for machinery, in cartons of 500.'.repeat(550);

  function line(i, seedEvery, hugeLine) {
    const [description, hts, origin, unit, price, netPerUnit] = PRODUCTS[i % PRODUCTS.length];
    const quantity = 10 + ((i * 37) % 490);
    const net = quantity * netPerUnit;
    const cells = {
      line: String(i),
      part: 'LT-' + String(i).padStart(5, '0'),
      description: i === hugeLine ? description + HUGE_TEXT : description,
      hts,
      origin,
      quantity: String(quantity),
      unit,
      price: price.toFixed(2),
      value: (quantity * price).toFixed(2),
      currency: 'USD',
      net: net.toFixed(1),
      gross: (net * 1.15 + 0.5).toFixed(1),
    };
    if (i % seedEvery === 0) {
      switch (SEEDED_PROBLEMS[(i / seedEvery - 1) % SEEDED_PROBLEMS.length]) {
        case 'hts-format': cells.hts = hts.slice(0, -1); break;
        case 'origin-invalid': cells.origin = 'Chna'; break;
        case 'value-mismatch': cells.value = (quantity * price * 1.25).toFixed(2); break;
        case 'quantity-invalid': cells.quantity = '-' + quantity; break;
        case 'currency-invalid': cells.currency = 'DOLLAR'; break;
        case 'weight-net-exceeds-gross': [cells.net, cells.gross] = [cells.gross, cells.net]; break;
        case 'description-vague': cells.description = 'Accessories'; break;
        case 'cell-required': cells.hts = ''; break;
      }
    }
    return [cells.line, cells.part, cells.description, cells.hts, cells.origin, cells.quantity, cells.unit, cells.price, cells.value, cells.currency, cells.net, cells.gross];
  }

  globalThis.customsPreflightCatalogLines = function (options) {
    const rows = [];
    for (let i = 1; i <= options.rows; i++) rows.push(line(i, options.seedEvery, options.hugeLine));
    return { headers: HEADERS.slice(), rows };
  };
})();
