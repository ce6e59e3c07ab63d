/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in Glide Data Grid
 * (@glideapps/glide-data-grid 6, React), the canvas grid of data apps and internal tools. It draws
 * every cell as pixels on a <canvas> and keeps, inside the canvas element, an accessibility
 * <table role="grid"> (aria-rowcount of every line) of only the lines in view, which it redraws as
 * the grid scrolls. Set up as its documentation's first example: a box of 560 px, a column per
 * field, the line number frozen, row markers (line numbers) off. Plain JavaScript without JSX.
 * Bundled at test time (test/e2e/fixture-bundles.ts) with its stylesheet beside it;
 * grid-glide.html loads both.
 */
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { DataEditor, GridCellKind } from '@glideapps/glide-data-grid';
import '@glideapps/glide-data-grid/dist/index.css';

const fixture = globalThis.customsPreflightGridFixture;

const columns = fixture.fields.map((field, i) => ({ id: field, title: fixture.headers[i], width: fixture.widths[i] }));

function getCellContent([column, line]) {
  const text = fixture.rows[line][column];
  return { kind: GridCellKind.Text, data: text, displayData: text, allowOverlay: true, readonly: true };
}

function App() {
  return h(DataEditor, {
    columns,
    rows: fixture.rows.length,
    getCellContent,
    freezeColumns: 1,
    width: '100%',
    height: 560,
    smoothScrollY: true,
  });
}

createRoot(document.getElementById('grid')).render(h(App));
