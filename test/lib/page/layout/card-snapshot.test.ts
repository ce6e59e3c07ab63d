import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FoundTable } from '../../../../lib/page/discovery/discover-tables';
import { findCardLists } from '../../../../lib/page/discovery/find-card-lists';
import { headerElements, snapshotGrid } from '../../../../lib/page/layout/grid-snapshot';
import { cellValueText } from '../../../../lib/page/layout/table-layout';
import { GridCollector } from '../../../../lib/page/virtual-scroll/grid-collector';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * A card list as the scroll reader sees it at each look (grid-snapshot.ts cardSnapshot): a list
 * that draws only the cards in view is read by scrolling it as a grid is, so each look must give
 * its cards as rows, each field's value under its label's column without the label's words, and
 * a field a card lacks as an empty cell, or no card lacking one would ever be read whole.
 */
let dom: LinkedomPage;

beforeEach(() => {
  dom = linkedomPage({ shown: true });
});
afterEach(() => dom.close());

const card = (line: number, hts: string | null) =>
  `<div class="c"><b>PO line ${line}</b><ul><li>Part number: P-${line}</li>${hts === null ? '' : `<li>HTS: ${hts}</li>`}<li>Quantity: ${line * 10}</li></ul></div>`;

function cardList(): FoundTable {
  dom.document.body.innerHTML = `<main><div id="lines">${[card(1, '8471.30.0100'), card(2, null), card(3, '8517.62.0090'), card(4, '8516.60.4060')].join('')}</div></main>`;
  const [list] = findCardLists(dom.document);
  return { element: list!.container, structure: 'cards', inFrame: false, cards: list! } as FoundTable;
}

describe('a card list looked at as a grid', () => {
  it('gives each card as a row: values under their labels’ columns, without the labels, a missing field absent', () => {
    const snapshot = snapshotGrid(cardList(), null);
    expect([...snapshot.headers.values()].map((header) => header.text)).toEqual(['Part number', 'HTS', 'Quantity']);
    // No header cells: the labels are written in every card.
    expect([...snapshot.headers.values()].every((header) => header.element === null)).toBe(true);
    expect(headerElements(snapshot)).toEqual([]);
    expect(snapshot.rows.map((row) => [...row.cells].map(([column, cell]) => [column, cellValueText(cell, row)]))).toEqual([
      [[0, 'P-1'], [1, '8471.30.0100'], [2, '10']],
      [[0, 'P-2'], [2, '20']],
      [[0, 'P-3'], [1, '8517.62.0090'], [2, '30']],
      [[0, 'P-4'], [1, '8516.60.4060'], [2, '40']],
    ]);
    expect(snapshot.rows.map((row) => row.absent)).toEqual([[], [1], [], []]);
  });

  it('is collected whole, the card lacking a field with an empty cell there', () => {
    const collector = new GridCollector(null, null);
    collector.collect(snapshotGrid(cardList(), null), true);
    expect(collector.contiguousRows()).toBe(4);
    expect(collector.rows(4)).toEqual([
      ['P-1', '8471.30.0100', '10'],
      ['P-2', '', '20'],
      ['P-3', '8517.62.0090', '30'],
      ['P-4', '8516.60.4060', '40'],
    ]);
  });
});
