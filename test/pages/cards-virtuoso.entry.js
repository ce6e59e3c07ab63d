/*
 * Customs Preflight test fixture: the catalog of grid-fixture.js as a list of cards in
 * react-virtuoso's Virtuoso, as an ERP's "card view" of order lines is often built: one
 * <article> per line with a title and a <dl> of label/value pairs (the origin a <select>
 * submitting ISO codes under English names, the quantity an <input>), no table and no ARIA
 * roles. The list is virtualised: only the cards in view (and a few around) exist, in the flow
 * of a list padded above and below by the height of the cards not drawn, each measured after it
 * renders. Reading only what the page holds checks a few cards of the 600.
 * Bundled at test time (test/e2e/fixture-bundles.ts); cards-virtuoso.html loads it.
 *
 * With `?scroll=window` the list has no box of its own and scrolls with the page (Virtuoso's
 * useWindowScroll), as a phone-sized card view often does.
 */
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { Virtuoso } from 'react-virtuoso';

const fixture = globalThis.customsPreflightGridFixture;
const inWindow = new URLSearchParams(location.search).get('scroll') === 'window';
const NAMES = { CN: 'China', VN: 'Viet Nam', DE: 'Germany', TR: 'Türkiye', IN: 'India', CO: 'Colombia', TW: 'Taiwan', MY: 'Malaysia', PT: 'Portugal', JP: 'Japan', ES: 'Spain' };

/** The value of field `i` of a line, as the card shows it. */
function value(i, text) {
  if (i === 4) {
    const codes = text in NAMES ? Object.keys(NAMES) : [...Object.keys(NAMES), text];
    return h('select', { defaultValue: text }, codes.map((code) => h('option', { key: code, value: code }, NAMES[code] ?? code)));
  }
  if (i === 5) return h('input', { defaultValue: text, inputMode: 'numeric' });
  return text;
}

function Card({ line }) {
  return h(
    'article',
    { className: 'line' },
    h('header', null, `Order line ${line[0]}`),
    h('dl', null, line.flatMap((text, i) => [h('dt', { key: `t${i}` }, fixture.headers[i]), h('dd', { key: `d${i}` }, value(i, text))])),
  );
}

createRoot(document.getElementById('lines')).render(
  h(Virtuoso, {
    className: 'cards',
    ...(inWindow ? { useWindowScroll: true } : { style: { height: 600 } }),
    data: fixture.rows,
    itemContent: (index, line) => h(Card, { line }),
  }),
);
