/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in TOAST UI Grid, as a customs
 * portal would set it up: a row-number row header and the first two columns (line, part) frozen.
 * TOAST UI Grid draws the frozen side and the scrolling side as two separate areas, each with
 * its own header <table> and its own body <table>: every line is two <tr>s in two tables, and
 * the header is in a table apart from the rows it names. Rows are virtual: only the lines in
 * view (and a few more) exist, the body table moved by a spacer's offset as the box scrolls.
 * Bundled at test time (test/e2e/fixture-bundles.ts); grid-tui.html loads it.
 */
import Grid from 'tui-grid';
import 'tui-grid/dist/tui-grid.css';

const fixture = globalThis.customsPreflightGridFixture;

new Grid({
  el: document.getElementById('grid'),
  data: fixture.records,
  columns: fixture.fields.map((name, i) => ({ name, header: fixture.headers[i], width: fixture.widths[i] })),
  rowHeaders: ['rowNum'],
  columnOptions: { frozenCount: 2, frozenBorderWidth: 2 },
  bodyHeight: 520,
  scrollX: true,
  scrollY: true,
});
