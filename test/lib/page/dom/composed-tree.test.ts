import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composedQueryAll, composedQueryAllNotInFound } from '../../../../lib/page/dom/composed-tree';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * Finding a row's cells across shadow roots (linkedom; the browser tests read web-component grids
 * on real pages): the cells a row draws in components' shadow roots are found, and a cell's own
 * shadow root is not walked for more cells.
 */
let dom: LinkedomPage;
let document: Document;

beforeEach(() => {
  dom = linkedomPage();
  document = dom.document;
});
afterEach(() => dom.close());

const CELL = '[role="gridcell"]';

/** Give `host` an open shadow root holding `html` (test markup, no page data). */
function shadowOf(host: Element, html: string): ShadowRoot {
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = html;
  return shadow;
}

const ids = (elements: readonly Element[]): string[] => elements.map((element) => element.id);

describe('a row of web-component cells', () => {
  it('finds the cells in the light DOM, not what a cell draws in its own shadow root', () => {
    document.body.innerHTML = '<div role="row" id="row"><x-cell role="gridcell" id="a">LT-1</x-cell><x-cell role="gridcell" id="b">8471.30</x-cell></div>';
    for (const id of ['a', 'b']) shadowOf(document.getElementById(id)!, `<span role="gridcell" id="${id}-inner"><slot></slot></span>`);
    const row = document.getElementById('row')!;
    expect(ids(composedQueryAllNotInFound(row, CELL))).toEqual(['a', 'b']);
    // Walking into every cell's shadow root finds the markup a cell draws for itself too.
    expect(ids(composedQueryAll(row, CELL))).toEqual(['a', 'b', 'a-inner', 'b-inner']);
  });

  it('still finds cells a component in the row draws in its shadow root', () => {
    document.body.innerHTML = '<div role="row" id="row"><x-cells id="part"></x-cells><div role="gridcell" id="c">DE</div></div>';
    shadowOf(document.getElementById('part')!, '<div role="gridcell" id="a">LT-1</div><div role="gridcell" id="b">8471.30</div>');
    expect(ids(composedQueryAllNotInFound(document.getElementById('row')!, CELL))).toEqual(['c', 'a', 'b']);
  });

  it('still finds cells in the light DOM of a cell', () => {
    document.body.innerHTML = '<div role="row" id="row"><x-cell role="gridcell" id="a"><div role="gridcell" id="a-light">LT-1</div></x-cell></div>';
    shadowOf(document.getElementById('a')!, '<slot></slot>');
    expect(ids(composedQueryAllNotInFound(document.getElementById('row')!, CELL))).toEqual(['a', 'a-light']);
  });
});
