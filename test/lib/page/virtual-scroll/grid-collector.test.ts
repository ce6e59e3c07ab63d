import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GridSnapshot, RenderedRow } from '../../../../lib/page/layout/grid-snapshot';
import { GridCollector } from '../../../../lib/page/virtual-scroll/grid-collector';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * A grid drawn as Wijmo's FlexGrid draws its body: in the scrolling box, one content div as tall
 * as every line, holding a row element per line drawn; each row element is a wrapper of no size
 * left at the content's top left (absolutely positioned at 0, 0), its cells each placed
 * absolutely at the line's offset. Only the cells tell where a line is: measured by the row's own
 * box, every line sat at the content's top, and reading, sent back up to the last row read, went
 * back to the top after every step.
 */
let dom: LinkedomPage;

beforeEach(() => {
  dom = linkedomPage({ shown: true, boxesFromDataBox: true });
  // Rows and cells are placed absolutely; the rest is in the flow.
  (dom.window as unknown as { getComputedStyle: (element: Element) => Partial<CSSStyleDeclaration> }).getComputedStyle = (element) => ({
    display: 'block',
    visibility: 'visible',
    position: element.hasAttribute('data-placed') ? 'absolute' : 'static',
    transform: 'none',
  });
});
afterEach(() => dom.close());

/** The box's visible area starts 100 px down the window; lines are 26 px, the first under a 26-px header. */
const BOX_TOP = 100;
const LINE = 26;
const FIRST_LINE = 26;

function scrollBox(scrollTop: number): Element {
  dom.document.body.innerHTML = `<div id="box" data-box="0 ${BOX_TOP} 1200 558"><div id="content" data-box="33 ${BOX_TOP - scrollTop + FIRST_LINE} 1740 52000"></div></div>`;
  const box = dom.document.getElementById('box')!;
  Object.defineProperty(box, 'scrollTop', { value: scrollTop, configurable: true });
  Object.defineProperty(box, 'clientTop', { value: 0, configurable: true });
  Object.defineProperty(box, 'clientHeight', { value: 558, configurable: true });
  return box;
}

/** The grid as it shows lines `from` to `to` with its box scrolled to `scrollTop`; each row states its number when `numbered`. */
function look(box: Element, from: number, to: number, numbered: boolean): GridSnapshot {
  const content = box.querySelector('#content')!;
  const contentTop = BOX_TOP - box.scrollTop + FIRST_LINE;
  const rows: RenderedRow[] = [];
  for (let line = from; line <= to; line++) {
    const top = contentTop + (line - 1) * LINE;
    const row = dom.document.createElement('div');
    row.setAttribute('data-placed', '');
    // No size, at the content's top left: Wijmo's div.wj-row.
    row.setAttribute('data-box', `33 ${contentTop} 0 0`);
    row.innerHTML = [String(line), `LT-${line}`].map((text, i) => `<div data-placed data-box="${33 + i * 70} ${top} 70 ${LINE}">${text}</div>`).join('');
    content.append(row);
    rows.push({ element: row, number: numbered ? line : null, cells: new Map([...row.children].map((cell, i) => [i, cell])) });
  }
  return { headers: new Map([[0, { text: 'Line', element: null }], [1, { text: 'Part Number', element: null }]]), rows, headerRowIndex: numbered ? 1 : 0, unindexedHeaderRows: 0, ownRows: 0, rowsDrawn: rows.length };
}

describe('GridCollector: rows whose element has no size, their cells placed at the line', () => {
  it('places each row where its cells are drawn, in the content and wherever the box is scrolled now', () => {
    const box = scrollBox(4316);
    const collector = new GridCollector(box, null);
    collector.collect(look(box, 166, 187, true), false);
    // Line 167 starts 26 + 166 × 26 = 4,342 px into the content.
    expect(collector.rowOffsets.get(167)).toBe(4342);
    expect(collector.rowOffsets.get(187)).toBe(4862);
    expect(collector.currentOffset(187)).toBe(4862);
  });

  it('follows rows that state no number by where their cells sit, step after step', () => {
    let box = scrollBox(0);
    const collector = new GridCollector(box, null);
    collector.collect(look(box, 1, 21, false), true);
    box = scrollBox(20 * LINE);
    collector.collect(look(box, 19, 41, false), false);
    expect(collector.lostTrack).toBe(false);
    expect(collector.contiguousRows()).toBe(41);
    expect(collector.rows(41).map((row) => row[1])).toEqual(Array.from({ length: 41 }, (_, i) => `LT-${i + 1}`));
  });
});
