/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js in react-window's List, the
 * windowing component React portals reach for when a table grows: each line is a row of plain
 * <div>s absolutely positioned inside the list's scrolling box, only the lines in view (and a
 * few more) exist, and the header is a separate row of <div>s above the list, outside the box
 * that scrolls the lines. A wider frame around both scrolls them sideways together, so the
 * catalog scrolls in two boxes: lines up and down in the list, columns left and right in the
 * frame. Rows are drawn as react-window's documentation shows (its ARIA attributes spread on the
 * row: a list item, not a grid row). Bundled at test time (test/e2e/fixture-bundles.ts);
 * grid-react-window.html loads it.
 */
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { List } from 'react-window';

const ROW_HEIGHT = 32;
const fixture = globalThis.customsPreflightGridFixture;
const totalWidth = fixture.widths.reduce((sum, width) => sum + width, 0);
const cellStyle = (i) => ({ width: fixture.widths[i], flex: 'none', boxSizing: 'border-box', padding: '7px 8px', overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' });

function Line({ index, style, ariaAttributes }) {
  return h(
    'div',
    { ...ariaAttributes, className: 'line', style: { ...style, display: 'flex', width: totalWidth } },
    fixture.rows[index].map((text, i) => h('div', { key: i, className: 'cell', style: cellStyle(i) }, text)),
  );
}

function Catalog() {
  return h(
    'div',
    { className: 'frame' },
    h('div', { className: 'inner', style: { width: totalWidth + 20 } },
      h('div', { className: 'head', style: { display: 'flex', width: totalWidth } }, fixture.headers.map((text, i) => h('div', { key: i, className: 'cell', style: cellStyle(i) }, text))),
      h(List, { className: 'lines', rowComponent: Line, rowCount: fixture.rows.length, rowHeight: ROW_HEIGHT, rowProps: {}, style: { height: 540 } }),
    ),
  );
}

createRoot(document.getElementById('catalog')).render(h(Catalog));
