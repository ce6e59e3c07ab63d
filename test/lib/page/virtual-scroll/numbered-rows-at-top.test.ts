import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GridSnapshot } from '../../../../lib/page/layout/grid-snapshot';
import { GridCollector } from '../../../../lib/page/virtual-scroll/grid-collector';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * Rows that state their number (aria-rowindex), looked at right after the grid's box was scrolled
 * to its top. A grid whose scroll handler is debounced still shows the rows of where the user had
 * it, and Syncfusion's Grid moves those rows to the top at once (its table is moved in the scroll
 * handler, the rows drawn afresh for it 200 ms later). Before, they were taken there: their cells
 * rightly, by number, but their places 3,000 px above where they sit, and reading went back up to
 * them for the rows below them, found other rows there, and stopped at 128 of 2,000.
 */
let dom: LinkedomPage;

beforeEach(() => {
  dom = linkedomPage({ shown: true });
});
afterEach(() => dom.close());

function cell(text: string): Element {
  const element = dom.document.createElement('div');
  element.setAttribute('role', 'gridcell');
  element.textContent = text;
  return element;
}

/** A look at the grid showing lines `from`… (numbered as they state), under a Line and a Part Number column. */
function look(from: number, count = 3): GridSnapshot {
  const header = (text: string) => ({ text, element: dom.document.createElement('div') });
  return {
    headers: new Map([
      [0, header('Line')],
      [1, header('Part Number')],
    ]),
    rows: Array.from({ length: count }, (_, i) => ({
      element: dom.document.createElement('div'),
      number: from + i,
      cells: new Map([
        [0, cell(String(from + i))],
        [1, cell(`LT-${from + i}`)],
      ]),
    })),
    headerRowIndex: 0, unindexedHeaderRows: 0, rowsDrawn: 0,
    ownRows: 0,
  };
}

describe('numbered rows at the top of the box', () => {
  it('are not taken until line 1 is among them: the rows of where the user had the grid are still shown there', () => {
    const collector = new GridCollector(null, null);
    collector.collect(look(97), true);
    expect(collector.highestRow()).toBe(0);
    expect(collector.awaitsFirstLine()).toBe(true);
    collector.collect(look(1), true);
    expect(collector.awaitsFirstLine()).toBe(false);
    expect(collector.highestRow()).toBe(3);
    expect(collector.contiguousRows()).toBe(3);
  });

  it('are taken below the top, wherever they are numbered from', () => {
    const collector = new GridCollector(null, null);
    collector.collect(look(1), true);
    collector.collect(look(97), false);
    expect(collector.highestRow()).toBe(99);
    expect(collector.rows(3)).toEqual([
      ['1', 'LT-1'],
      ['2', 'LT-2'],
      ['3', 'LT-3'],
    ]);
  });
});
