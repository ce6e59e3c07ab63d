import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { drawsColumnsOnlyInView, MIN_UNDRAWN_COLUMN_PX, statedColumnCount, undrawnOutOfView } from '../../../../lib/page/virtual-scroll/columns-in-view';
import type { PageTable } from '../../../../lib/page/layout/page-table';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * A table that draws every line but only the columns in view (columns-in-view.ts): DevExtreme's
 * DataGrid paged with virtual columns draws a spacer cell for the columns out of view. Read as
 * drawn, those columns were never read. Boxes from `data-box` ("left top width height", on screen);
 * the lines' box is 600 px wide from x = 0 and scrolls sideways over 1,400 px of content.
 */

describe('the width of a line out of view with no column drawn on it', () => {
  const view = { left: 0, right: 600 };

  it('is the spacer past the columns drawn, right of the view', () => {
    expect(undrawnOutOfView({ left: 0, right: 1400 }, view, [{ left: 0, right: 300 }, { left: 300, right: 700 }])).toBe(700);
  });

  it('is the spacers on both sides when the box was scrolled to the middle', () => {
    expect(undrawnOutOfView({ left: -500, right: 900 }, view, [{ left: -100, right: 300 }, { left: 300, right: 650 }])).toBe(400 + 250);
  });

  it('is nothing when every column is drawn, in view or not (a wide table in a box)', () => {
    expect(undrawnOutOfView({ left: -200, right: 1200 }, view, [{ left: -200, right: 400 }, { left: 400, right: 800 }, { left: 800, right: 1200 }])).toBe(0);
  });

  it('does not count a spacer in view: a filler after the last column is no column out of view', () => {
    expect(undrawnOutOfView({ left: 0, right: 600 }, view, [{ left: 0, right: 400 }])).toBe(0);
  });

  it('counts overlapping cells once, and leaves out the place of columns held in view (sticky) when scrolled', () => {
    expect(undrawnOutOfView({ left: -300, right: 600 }, view, [{ left: 0, right: 120 }, { left: -180, right: 300 }, { left: 250, right: 600 }], 120)).toBe(0);
  });
});

describe('the columns a grid says it has', () => {
  let dom: LinkedomPage;
  beforeEach(() => (dom = linkedomPage()));
  afterEach(() => dom.close());

  it('is aria-colcount, or null when it does not say or says -1 (not known)', () => {
    const grid = dom.document.createElement('div');
    expect(statedColumnCount(grid)).toBeNull();
    grid.setAttribute('aria-colcount', '14');
    expect(statedColumnCount(grid)).toBe(14);
    grid.setAttribute('aria-colcount', '-1');
    expect(statedColumnCount(grid)).toBeNull();
  });
});

describe('a table that draws only the columns in view', () => {
  let dom: LinkedomPage;
  beforeEach(() => {
    dom = linkedomPage({ boxesFromDataBox: true });
    const styles = (element: Element) => {
      const box = element.id === 'box';
      return { overflowX: box ? 'auto' : 'visible', overflowY: box ? 'auto' : 'visible', position: element.classList.contains('sticky') ? 'sticky' : 'static', direction: 'ltr' };
    };
    (dom.window as unknown as { getComputedStyle: typeof styles }).getComputedStyle = styles;
  });
  afterEach(() => dom.close());

  /** A table of one header line and two lines in the sideways-scrolling box; cells as `[header, text, data-box]`. */
  function tableOf(rowBox: string, cells: [string, string, string][], attributes = ''): PageTable {
    const { document } = dom;
    document.body.innerHTML = `<div id="box" data-box="0 0 600 300"><table ${attributes}><tbody><tr id="line" data-box="${rowBox}">${cells.map(([, text, box]) => `<td data-box="${box}">${text}</td>`).join('')}</tr></tbody></table></div>`;
    const box = document.getElementById('box')!;
    for (const [name, value] of Object.entries({ scrollWidth: 1400, clientWidth: 600, scrollHeight: 300, clientHeight: 300, clientLeft: 0, clientTop: 0, offsetWidth: 600, offsetHeight: 300, scrollLeft: 0 })) {
      Object.defineProperty(box, name, { value });
    }
    const table = document.querySelector('table')!;
    const row = document.getElementById('line')!;
    return {
      found: { element: table, structure: 'html', inFrame: false },
      kind: 'html-table',
      name: '',
      headers: cells.map(([header]) => header),
      rows: [cells.map(([, text]) => text)],
      layout: [{ element: row, cells: [...row.children] }],
      declaredRows: null,
      rowsExpected: null,
      adapter: null,
      scrolling: false,
    };
  }

  it('is told by a spacer cell standing for the columns out of view', () => {
    const table = tableOf('0 40 1400 30', [
      ['Line', '1', '0 40 100 30'],
      ['Description', 'Bolts', '100 40 400 30'],
      ['HTS Code', '7318.15.2010', '500 40 150 30'],
      ['', '\u00a0', '650 40 750 30'],
    ]);
    expect(drawsColumnsOnlyInView(table)).toBe(true);
  });

  it('is not a table whose every column is drawn, in view or not', () => {
    const table = tableOf('0 40 1400 30', [
      ['Line', '1', '0 40 100 30'],
      ['Description', 'Bolts', '100 40 400 30'],
      ['HTS Code', '7318.15.2010', '500 40 150 30'],
      ['Net weight', '', '650 40 750 30'],
    ]);
    expect(drawsColumnsOnlyInView(table)).toBe(false);
  });

  it('is told by aria-colcount stating more columns than the table draws', () => {
    const table = tableOf('0 40 600 30', [
      ['Line', '1', '0 40 100 30'],
      ['Description', 'Bolts', '100 40 500 30'],
    ], 'aria-colcount="9"');
    expect(drawsColumnsOnlyInView(table)).toBe(true);
  });

  // A column the page hides (display: none, aria-hidden) is counted in aria-colcount too (erp-aria-grid).
  it('is not told by aria-colcount when the columns it counts past those shown are hidden in the line', () => {
    const table = tableOf('0 40 600 30', [
      ['Line', '1', '0 40 100 30'],
      ['Description', 'Bolts', '100 40 500 30'],
    ], 'aria-colcount="3"');
    const line = table.layout[0]!.element;
    line.children[0]!.setAttribute('aria-colindex', '1');
    line.children[1]!.setAttribute('aria-colindex', '3');
    const hidden = dom.document.createElement('td');
    hidden.setAttribute('aria-colindex', '2');
    line.insertBefore(hidden, line.children[1]!);
    expect(drawsColumnsOnlyInView(table)).toBe(false);
    hidden.remove();
    expect(drawsColumnsOnlyInView(table)).toBe(true);
  });

  it('is not a table read by scrolling already (its columns are swept there)', () => {
    const table = tableOf('0 40 1400 30', [['Line', '1', '0 40 100 30'], ['', '', '100 40 1300 30']]);
    expect(drawsColumnsOnlyInView({ ...table, scrolling: true })).toBe(false);
  });

  // A long HTML table is first read by its shape alone, no line laid out: its rows went to the
  // worker as read, and the read that found its columns in view then refused the rows sent.
  it('is told of a table read by its shape alone, no line laid out, by its last line', () => {
    const table = tableOf('0 40 1400 30', [
      ['Line', '1', '0 40 100 30'],
      ['Description', 'Bolts', '100 40 500 30'],
      ['', '', '600 40 800 30'],
    ]);
    expect(drawsColumnsOnlyInView({ ...table, headers: [], rows: [], layout: [] })).toBe(true);
    const whole = tableOf('0 40 1400 30', [
      ['Line', '1', '0 40 100 30'],
      ['Description', 'Bolts', '100 40 1300 30'],
    ]);
    expect(drawsColumnsOnlyInView({ ...whole, headers: [], rows: [], layout: [] })).toBe(false);
  });

  it('needs more undrawn width than a border or padding', () => {
    const table = tableOf(`0 40 ${650 + MIN_UNDRAWN_COLUMN_PX - 1} 30`, [['Line', '1', '0 40 650 30']]);
    expect(drawsColumnsOnlyInView(table)).toBe(false);
  });
});
