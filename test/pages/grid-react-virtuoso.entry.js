/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in react-virtuoso's
 * TableVirtuoso: a real <table> in a scrolling box, virtualised with spacer rows (one <tr> of
 * the height of the lines above the ones drawn, one of the lines below), its header a sticky
 * <thead> (fixedHeaderContent) and each line's number a row header (<th scope="row">) frozen at
 * the left edge with position: sticky, as its documentation's examples build them. Rows are
 * measured after they render, and drawn afresh as the box scrolls.
 * Bundled at test time (test/e2e/fixture-bundles.ts); grid-react-virtuoso.html loads it.
 */
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { TableVirtuoso } from 'react-virtuoso';

const fixture = globalThis.customsPreflightGridFixture;
const width = (i) => ({ minWidth: fixture.widths[i], maxWidth: fixture.widths[i] });

createRoot(document.getElementById('grid')).render(
  h(TableVirtuoso, {
    className: 'lines',
    style: { height: 540 },
    data: fixture.rows,
    fixedHeaderContent: () =>
      h('tr', null, fixture.headers.map((text, i) => h('th', { key: i, scope: 'col', className: i === 0 ? 'frozen' : undefined, style: width(i) }, text))),
    itemContent: (index, line) =>
      line.map((text, i) => (i === 0 ? h('th', { key: i, scope: 'row', className: 'frozen', style: width(i) }, text) : h('td', { key: i, style: width(i) }, text))),
  }),
);
