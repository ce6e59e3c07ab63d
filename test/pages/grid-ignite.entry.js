/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in Infragistics' Ignite UI for
 * Web Components Grid (igniteui-webcomponents-grids, igc-grid: the Angular grid packaged as custom
 * elements), set up as its documentation shows and as an ERP screen would: the components defined
 * with defineComponents(IgcGridComponent), the Bootstrap light theme, an igc-grid of fixed size
 * (1200 × 560 px: it virtualizes rows and columns itself) with igc-column children taking field,
 * header and width from the fixture, the line and part number pinned, every column sortable, no
 * paging. grid-ignite.html says what it draws. Bundled at test time (test/e2e/fixture-bundles.ts).
 */
import { defineComponents, IgcGridComponent } from 'igniteui-webcomponents-grids/grids';
import theme from 'igniteui-webcomponents-grids/grids/themes/light/bootstrap.css' with { type: 'text' };

// The theme's first rule imports Google's Material Icons font; this portal runs offline (the
// fixture server is 127.0.0.1 only), so it serves the theme itself without that import: the
// icons (sort arrows) show their ligature names, which are their text in the page all the same.
const style = document.createElement('style');
style.textContent = theme.replace(/@import\s*(url\()?["']?https?:[^;]*;/g, '');
document.head.appendChild(style);

defineComponents(IgcGridComponent);

const fixture = globalThis.customsPreflightGridFixture;
const pinned = new Set(['line', 'part']);

const grid = document.createElement('igc-grid');
grid.id = 'lines';
grid.setAttribute('aria-labelledby', 'grid-title');
grid.autoGenerate = false;
grid.primaryKey = 'line';
grid.height = '560px';
grid.width = '1200px';
fixture.fields.forEach((field, i) => {
  const column = document.createElement('igc-column');
  column.field = field;
  column.header = fixture.headers[i];
  column.width = `${fixture.widths[i]}px`;
  column.dataType = 'string';
  column.sortable = true;
  column.resizable = true;
  if (pinned.has(field)) column.pinned = true;
  grid.appendChild(column);
});
document.getElementById('grid').appendChild(grid);
// As the documentation's samples do: the data is handed to the grid once it is on the page.
grid.data = fixture.records;

// Without a license key the grid lays a trial watermark (igc-trial-watermark: "trial" repeated
// over the lines and a "Trial version of Ignite UI" link on the last one) across its body, once
// it has drawn: a licensed portal shows none, so it is hidden as soon as it appears.
new MutationObserver((_, observer) => {
  const watermark = grid.querySelector('igc-trial-watermark');
  if (!watermark) return;
  watermark.style.setProperty('display', 'none', 'important');
  observer.disconnect();
}).observe(grid, { childList: true, subtree: true });
