/*
 * Customs Preflight test fixture: 1,200 body rows "P<n> | Part <n> | DE", with unusual rows:
 *   line 500 starts with a cell spanning two rows (line 501 has two cells of its own);
 *   line 600 is hidden (the `hidden` attribute), line 1000 by CSS (display: none);
 *   line 700 repeats the header in <th> cells (as printed exports do);
 *   line 800 starts with a cell spanning two columns;
 *   line 900 holds its description in an <input> the user typed into, and its origin in a
 *   <select> ("Alemania", submitting DE);
 *   line 1100 has whitespace to collapse.
 */
(function () {
  const body = document.querySelector('#parts').tBodies[0];
  const cell = (tag, text, attributes = {}) => {
    const element = document.createElement(tag);
    element.textContent = text;
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    return element;
  };
  for (let line = 1; line <= 1200; line++) {
    const row = document.createElement('tr');
    if (line === 500) row.append(cell('td', `P${line}`, { rowspan: '2' }), cell('td', `Part ${line}`), cell('td', 'DE'));
    else if (line === 501) row.append(cell('td', `Part ${line}`), cell('td', 'CN'));
    else if (line === 700) row.append(cell('th', 'Part number'), cell('th', 'Description'), cell('th', 'Origin'));
    else if (line === 800) row.append(cell('td', `P${line} Part ${line}`, { colspan: '2' }), cell('td', 'DE'));
    else if (line === 900) {
      const input = document.createElement('input');
      input.value = 'as printed';
      const select = document.createElement('select');
      select.append(new Option('China', 'CN'), new Option('Alemania', 'DE'));
      const description = cell('td', '');
      description.append(input);
      const origin = cell('td', '');
      origin.append(select);
      row.append(cell('td', `P${line}`), description, origin);
      // After load, as a user would: the property changes, not the attribute.
      setTimeout(() => {
        input.value = `Part ${line} typed`;
        select.value = 'DE';
      });
    } else if (line === 1100) row.append(cell('td', `  P${line}\n`), cell('td', `Part\t\t${line}`), cell('td', 'DE'));
    else row.append(cell('td', `P${line}`), cell('td', `Part ${line}`), cell('td', 'DE'));
    if (line === 600) row.hidden = true;
    if (line === 1000) row.className = 'gone';
    body.append(row);
  }
})();
