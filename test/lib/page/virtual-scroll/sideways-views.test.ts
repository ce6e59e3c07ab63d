import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { joinViews, layoutIn, type SidewaysView } from '../../../../lib/page/virtual-scroll/sideways-views';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * The views of a table that draws only the columns in view, read at each sideways position, joined
 * into one table (sideways-views.ts): columns by aria-colindex or header words, spacers left out,
 * lines by aria-rowindex, their kept elements, or their place.
 */
let dom: LinkedomPage;
let body: Element;
beforeEach(() => {
  dom = linkedomPage();
  body = dom.document.body;
});
afterEach(() => dom.close());

/** A line element (in the page, or `gone`: drawn afresh since), with `aria-rowindex` when given. */
function line(rowIndex?: number, gone = false): Element {
  const row = dom.document.createElement('tr');
  if (rowIndex !== undefined) row.setAttribute('aria-rowindex', String(rowIndex));
  if (!gone) body.append(row);
  return row;
}

/** A view: its headers, and per line its element and texts; cells state `colIndexes` when given. */
function view(headers: string[], lines: [Element, string[]][], colIndexes?: number[]): SidewaysView {
  return {
    headers,
    rows: lines.map(([, texts]) => texts),
    layout: lines.map(([element]) => ({
      element,
      cells: headers.map((_, i) => {
        const cell = dom.document.createElement('td');
        if (colIndexes) cell.setAttribute('aria-colindex', String(colIndexes[i]));
        return cell;
      }),
    })),
  };
}

describe('joining the sideways views of a table', () => {
  it('joins the columns by header words in the order swept, leaving spacers out, lines kept by their elements', () => {
    const [a, b] = [line(), line()];
    const left = view(['Line', 'Description', 'HTS Code', ''], [[a, ['1', 'Bolts', '7318.15', '']], [b, ['2', 'Nuts', '7318.16', '']]]);
    const middle = view(['', 'HTS Code', 'Origin', ''], [[a, ['', '7318.15', 'TW', '']], [b, ['', '7318.16', 'CN', '']]]);
    const right = view(['', 'Net weight', 'Gross weight'], [[a, ['', '6.25', '7']], [b, ['', '1.5', '2']]]);
    const joined = joinViews([left, middle, right]);
    expect(joined.headers).toEqual(['Line', 'Description', 'HTS Code', 'Origin', 'Net weight', 'Gross weight']);
    expect(joined.rows).toEqual([
      ['1', 'Bolts', '7318.15', 'TW', '6.25', '7'],
      ['2', 'Nuts', '7318.16', 'CN', '1.5', '2'],
    ]);
    expect(joined.rowKeys).toBe('element');
    expect(joined.matched).toBe(true);
  });

  it('tells two columns of the same words apart by their order', () => {
    const a = line();
    const joined = joinViews([view(['Amount', 'Amount'], [[a, ['1', '2']]]), view(['Amount', 'Amount', 'Currency'], [[a, ['1', '2', 'USD']]])]);
    expect(joined.headers).toEqual(['Amount', 'Amount', 'Currency']);
    expect(joined.rows).toEqual([['1', '2', 'USD']]);
  });

  it('joins by aria-colindex and aria-rowindex when every cell and line states them, lines drawn afresh at each view', () => {
    const first = view(['Line', 'HTS Code'], [[line(2, true), ['1', '7318.15']], [line(3, true), ['2', '7318.16']]], [1, 4]);
    // A header that reads differently in another view (a sort arrow's words) is still the same column.
    const second = view(['HTS Code ▲', 'Net weight'], [[line(3), ['7318.16', '1.5']], [line(2), ['7318.15', '6.25']]], [4, 11]);
    const joined = joinViews([first, second]);
    expect(joined.columnKeys).toBe('column index');
    expect(joined.rowKeys).toBe('row index');
    expect(joined.headers).toEqual(['Line', 'HTS Code', 'Net weight']);
    expect(joined.rows).toEqual([
      ['1', '7318.15', '6.25'],
      ['2', '7318.16', '1.5'],
    ]);
  });

  it('matches lines drawn afresh that state no index by their place, and says so when the views show different counts', () => {
    const first = view(['Line'], [[line(undefined, true), ['1']], [line(undefined, true), ['2']]]);
    const same = view(['', 'Origin'], [[line(undefined, true), ['', 'TW']], [line(undefined, true), ['', 'CN']]]);
    expect(joinViews([first, same])).toMatchObject({ rowKeys: 'place', matched: true, rows: [['1', 'TW'], ['2', 'CN']] });
    // A line blank in every column a view draws is left out of that view: the places no longer agree.
    const short = view(['', 'Origin'], [[line(undefined, true), ['', 'CN']]]);
    expect(joinViews([first, short]).matched).toBe(false);
  });
});

describe('the joined lines in the view the user sees', () => {
  it('are its rows, with the cells it draws in the joined columns and none for the columns it does not draw', () => {
    const [a, b] = [line(), line()];
    const left = view(['Line', 'Origin', ''], [[a, ['1', 'TW', '']], [b, ['2', 'CN', '']]]);
    const right = view(['', 'Origin', 'Net weight'], [[a, ['', 'TW', '6.25']], [b, ['', 'CN', '1.5']]]);
    const joined = joinViews([left, right]);
    const layout = layoutIn(right, joined);
    expect(layout.map((row) => row.element)).toEqual([a, b]);
    expect(layout[0]!.cells).toEqual([null, right.layout[0]!.cells[1], right.layout[0]!.cells[2]]);
  });
});
