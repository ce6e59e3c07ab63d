import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isLabelLike } from '../../../../lib/page/discovery/card-fields';
import { mergedOrder } from '../../../../lib/page/discovery/card-lists';
import type { FoundTable } from '../../../../lib/page/discovery/discover-tables';
import { fieldsIn, findCardLists } from '../../../../lib/page/discovery/find-card-lists';
import { CardRowReader } from '../../../../lib/page/layout/card-rows';
import { rowTexts } from '../../../../lib/page/layout/table-layout';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * Which blocks of label/value pairs make a table (card-lists.ts), on pages built in linkedom:
 * sibling blocks sharing their labels do, whatever their markup; a product's details, a glossary,
 * menus, a pair of related products and columns of links do not. The browser tests
 * (card-lists.test.ts) read real card pages.
 */
let dom: LinkedomPage;
let document: Document;

beforeEach(() => {
  dom = linkedomPage({ shown: true });
  document = dom.document;
});
afterEach(() => dom.close());

function page(html: string) {
  document.body.innerHTML = html;
  return findCardLists(document);
}

const dlCard = (line: number, pairs: [string, string][]) =>
  `<article><h3>Line ${line}</h3><dl>${pairs.map(([label, value]) => `<dt>${label}</dt><dd>${value}</dd>`).join('')}</dl></article>`;

describe('card lists', () => {
  it('takes sibling <dl> cards for a table: the labels for the header in the cards’ order, a card lacking a field without it', () => {
    const lists = page(
      `<h2>Lines</h2><section id="lines">${[
        dlCard(1, [['Part number', 'LT-1'], ['HTS', '8471.30.0100'], ['Quantity', '4']]),
        dlCard(2, [['Part number', 'LT-2'], ['Quantity', '7']]),
        dlCard(3, [['Part number', 'LT-3'], ['HTS', '8517.62.0090'], ['Origin', 'VN'], ['Quantity', '9']]),
        dlCard(4, [['Part number', 'LT-4'], ['HTS', '8516.60.4060'], ['Quantity', '1']]),
      ].join('')}<button>Load more</button></section>`,
    );
    expect(lists).toHaveLength(1);
    const [list] = lists;
    expect(list!.container.id).toBe('lines');
    expect(list!.cards.map((card) => card.querySelector('h3')!.textContent)).toEqual(['Line 1', 'Line 2', 'Line 3', 'Line 4']);
    // "Origin" is on one card of four: too rare to be a column (a stray pair, not a field of the lines).
    expect(list!.headers).toEqual(['Part number', 'HTS', 'Quantity']);
  });

  it('takes cards of "Label:" boxes and "<li><strong>Label:</strong> value" facts alike, colons left out of the header', () => {
    const card = (line: number) =>
      `<div class="c"><div>Position ${line}</div><div><span>Part number:</span><span>P-${line}</span></div><div><span>HTS:</span> <span>8471.30.0100</span></div>` +
      `<ul><li><strong>Quantity:</strong> ${line * 10}</li><li><strong>UOM:</strong> NO</li></ul></div>`;
    const [list, ...others] = page(`<main><div id="cards">${[1, 2, 3].map(card).join('')}</div></main>`);
    expect(others).toEqual([]);
    expect(list!.headers).toEqual(['Part number', 'HTS', 'Quantity', 'UOM']);
    const fields = fieldsIn(list!.cards[1]!);
    const quantity = fields.find((field) => field.key === 'quantity')!;
    // The value is the <li>, read without its label.
    expect(quantity.value.localName).toBe('li');
    expect(quantity.labelInside?.textContent).toBe('Quantity:');
    expect(fields.find((field) => field.key === 'hts')!.value.textContent).toBe('8471.30.0100');
  });

  it('takes plain "Label: value" texts for fields, and reads each value without its label', () => {
    const card = (line: number) =>
      `<li class="line"><h4>Line ${line}</h4><ul><li>Part number: P-${line}</li><li>HTS: 8471.30.0100</li><li>Quantity:  ${line * 10} </li>` +
      `<li>数量：${line}</li><li>Updated 10:30</li><li>See https://example.com/p/${line}</li></ul></li>`;
    const [list, ...others] = page(`<ol id="lines">${[1, 2, 3].map(card).join('')}</ol>`);
    expect(others).toEqual([]);
    // A time ("10:30") and an address ("https://…") are no label and value.
    expect(list!.headers).toEqual(['Part number', 'HTS', 'Quantity', '数量']);
    const quantity = fieldsIn(list!.cards[1]!).find((field) => field.key === 'quantity')!;
    expect(quantity.value.localName).toBe('li');
    expect(quantity.labelText).toBe('Quantity:');
    const found = { element: list!.container, cards: list } as unknown as FoundTable;
    const row = new CardRowReader(found, list!.keys).rowOf(list!.cards[1]!)!;
    expect(rowTexts(row)).toEqual(['P-2', '8471.30.0100', '20', '2']);
  });

  it('finds cards inside an open shadow root', () => {
    document.body.innerHTML = '<h2>Positions</h2><x-cards></x-cards>';
    const host = document.querySelector('x-cards')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<div id="stack">${[1, 2, 3].map((line) => dlCard(line, [['Part', `P-${line}`], ['HTS', '8471.30.0100']])).join('')}</div>`;
    const lists = findCardLists(document);
    expect(lists.map((list) => list.container.id)).toEqual(['stack']);
  });

  it('does not take a heading over each card’s fields for a field ("Order line" over a <dl>)', () => {
    const card = (line: number) => `<div class="card"><h4>Order line</h4><dl><dt>Part</dt><dd>P-${line}</dd><dt>HTS</dt><dd>8471.30.0100</dd></dl></div>`;
    const [list] = page(`<div id="cards">${[1, 2, 3].map(card).join('')}</div>`);
    expect(list!.headers).toEqual(['Part', 'HTS']);
  });
});

describe('label/value pairs that are no catalog', () => {
  it('finds nothing in a product’s details, a glossary, terms by letter, menus, two related products or columns of links', () => {
    const lists = page(`
      <nav><ul><li><a href="#">Home</a></li><li><a href="#">Laptops</a></li><li><a href="#">Support</a></li></ul></nav>
      <h1>ProBook 14</h1>
      <dl><dt>Part number</dt><dd>LT-00001</dd><dt>HTS code</dt><dd>8471.30.0100</dd><dt>Country of origin</dt><dd>CN</dd><dt>Net weight</dt><dd>1.4</dd></dl>
      <div><p><b>Ships from:</b> Rotterdam</p><p><b>Delivery:</b> 3 days</p><p><b>Returns:</b> 30 days</p></div>
      <dl><dt>HTS</dt><dd>Harmonized Tariff Schedule.</dd><dt>FOB</dt><dd>Free on board.</dd><dt>CIF</dt><dd>Cost, insurance and freight.</dd></dl>
      <div>${['A', 'B', 'C', 'D'].map((letter) => `<section><h3>${letter}</h3><dl><dt>${letter}1</dt><dd>One.</dd><dt>${letter}2</dt><dd>Two.</dd></dl></section>`).join('')}</div>
      <ul><li><a href="#"><span>Laptops</span> <span>(42)</span></a></li><li><a href="#"><span>Monitors</span> <span>(17)</span></a></li><li><a href="#"><span>Docks</span> <span>(8)</span></a></li></ul>
      <div>${['MN-1', 'KB-2'].map((part) => `<div><div><span>Part</span><span>${part}</span></div><div><span>Price</span><span>9.90</span></div></div>`).join('')}</div>
      <div>${['Company', 'Help', 'Legal', 'Follow'].map((title) => `<div><h4>${title}</h4><ul><li><a href="#">One</a></li><li><a href="#">Two</a></li></ul></div>`).join('')}</div>`);
    expect(lists).toEqual([]);
  });

  it('does not look inside tables: their rows are read by their semantics', () => {
    const rows = [1, 2, 3].map((line) => `<tr><td><dl><dt>Part</dt><dd>P-${line}</dd><dt>HTS</dt><dd>8471.30</dd></dl></td></tr>`).join('');
    expect(page(`<table><tbody>${rows}</tbody></table>`)).toEqual([]);
  });
});

describe('labels and their order', () => {
  it('reads short names as labels, and not values, sentences or numbers', () => {
    expect(['Part number', 'HTS:', 'Net weight (kg)', '数量：', 'Country of origin'].filter(isLabelLike)).toHaveLength(5);
    expect(['', '412.50', ':', 'Laptop computers, 14 inch, with keyboard and battery, in cartons', 'Free on board. The seller delivers'].filter(isLabelLike)).toEqual([]);
  });

  it('merges the cards’ orders: a label only some cards have goes after the one it follows there', () => {
    expect(mergedOrder([['part', 'quantity'], ['part', 'hts', 'quantity'], ['origin', 'part']])).toEqual(['origin', 'part', 'hts', 'quantity']);
  });
});
