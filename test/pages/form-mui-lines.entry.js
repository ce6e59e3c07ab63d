/*
 * Customs Preflight test fixture: invoice lines as a form of MUI (Material UI) text fields, one
 * line per row, no header row: each field is an outlined TextField whose floating <label> names
 * it, and the origin is an MUI Select (a combobox showing the Spanish country name, its value kept
 * in a hidden input, as the form submits it). Values are React state; quantities are typed after
 * the first render. Bundled with esbuild when the browser tests start (test/e2e/fixture-bundles.ts).
 * Plain JavaScript without JSX, so the project's TypeScript (Preact JSX) leaves it alone.
 */
import { createElement as h, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { MenuItem, Stack, TextField, Typography } from '@mui/material';

const { headers, rows } = globalThis.customsPreflightCatalogLines({ rows: 24, seedEvery: 3 });
const SPANISH = { CN: 'China', VN: 'Vietnam', DE: 'Alemania', TR: 'Turquía', IN: 'India', CO: 'Colombia', TW: 'Taiwán', MY: 'Malasia', PT: 'Portugal', JP: 'Japón', ES: 'España' };
const ORIGINS = [...new Set(rows.map((cells) => cells[4]))];
const WIDTHS = [0, 120, 300, 130, 140, 90, 70, 100, 120, 80, 110, 120];

function Line({ cells, index, onChange }) {
  const fields = [];
  for (let c = 1; c < cells.length; c++) {
    const common = { key: c, label: headers[c], size: 'small', value: cells[c], onChange: (event) => onChange(index, c, event.target.value), sx: { width: WIDTHS[c] } };
    if (c === 4) {
      fields.push(h(TextField, { ...common, select: true, label: headers[c], name: `lines.${index}.origin` }, ORIGINS.map((code) => h(MenuItem, { key: code, value: code }, SPANISH[code] ?? code))));
    } else {
      fields.push(h(TextField, { ...common, id: `line-${index + 1}-${c}` }));
    }
  }
  return h(Stack, { direction: 'row', spacing: 1, alignItems: 'center', sx: { py: 1, borderBottom: '1px solid #dde' } },
    h(Typography, { sx: { width: 60, flex: 'none' }, variant: 'body2' }, `Line ${cells[0]}`),
    ...fields);
}

function Lines() {
  // Quantities as the server rendered them (1), then as the user typed them.
  const [lines, setLines] = useState(() => rows.map((cells) => cells.map((value, c) => (c === 5 ? '1' : value))));
  useEffect(() => {
    setLines(rows.map((cells) => cells.slice()));
  }, []);
  const onChange = (row, column, value) => setLines((old) => old.map((cells, r) => (r === row ? cells.map((v, c) => (c === column ? value : v)) : cells)));
  return h('form', { noValidate: true }, lines.map((cells, index) => h(Line, { key: index, cells, index, onChange })));
}

createRoot(document.getElementById('lines')).render(h(Lines));
