import { describe, expect, it } from 'vitest';
import type { RenderedRow } from '../../../lib/page/layout/grid-snapshot';
import { RowIndexAttribute } from '../../../lib/page/virtual-scroll/row-index-attribute';

/** The reader looks only at a row element's attributes: plain objects stand in for elements. */
function row(attributes: Record<string, string>): RenderedRow {
  const element = {
    attributes: Object.entries(attributes).map(([name, value]) => ({ name, value })),
    getAttribute: (name: string) => attributes[name] ?? null,
  } as unknown as Element;
  return { element, number: null, cells: new Map() };
}

const rows = (from: number, count: number, extra: (i: number) => Record<string, string> = () => ({})) =>
  Array.from({ length: count }, (_, i) => row({ class: 'w2ui-record', line: String(from + i), ...extra(from + i) }));

describe('RowIndexAttribute', () => {
  it('numbers rows by an attribute that counts by one from 0 or 1 at the top, whatever its name', () => {
    const reader = new RowIndexAttribute();
    expect(reader.numbers(rows(1, 5), true)).toEqual([1, 2, 3, 4, 5]);
    expect(reader.numbers(rows(250, 3), false)).toEqual([250, 251, 252]);
    const zeroBased = new RowIndexAttribute();
    expect(zeroBased.numbers(rows(0, 4).map((r, i) => row({ 'data-y': String(i) })), true)).toEqual([1, 2, 3, 4]);
    expect(zeroBased.numberOf(row({ 'data-y': '41' }).element)).toBe(42);
  });

  it('does not take a record id that does not count in screen order (a sorted grid), nor one that does not start at the top', () => {
    const sorted = new RowIndexAttribute();
    expect(sorted.numbers([row({ recid: '7' }), row({ recid: '2' }), row({ recid: '9' })], true)).toBeNull();
    const ids = new RowIndexAttribute();
    expect(ids.numbers([row({ 'data-id': '1001' }), row({ 'data-id': '1002' }), row({ 'data-id': '1003' })], true)).toBeNull();
    // Away from the top nothing is decided: the first look must show row 1.
    const late = new RowIndexAttribute();
    expect(late.numbers(rows(40, 5), false)).toBeNull();
  });

  it('reads the attribute from a row\'s first cell when the grid writes it on its cells (TOAST UI Grid data-row-key)', () => {
    const rowWithCell = (key: number): RenderedRow => {
      const cell = { attributes: [{ name: 'data-row-key', value: String(key) }], getAttribute: (name: string) => (name === 'data-row-key' ? String(key) : null) } as unknown as Element;
      const element = { attributes: [{ name: 'class', value: 'tui-grid-row-odd' }], getAttribute: () => null, firstElementChild: cell } as unknown as Element;
      return { element, number: null, cells: new Map([[3, cell]]) };
    };
    const reader = new RowIndexAttribute();
    expect(reader.numbers([0, 1, 2, 3].map(rowWithCell), true)).toEqual([1, 2, 3, 4]);
    expect(reader.numbers([700, 701, 702].map(rowWithCell), false)).toEqual([701, 702, 703]);
    expect(reader.numberOf(rowWithCell(41).element)).toBe(42);
  });

  it('stops using the attribute for the read once a look shows it not counting by one', () => {
    const reader = new RowIndexAttribute();
    expect(reader.numbers(rows(1, 3), true)).toEqual([1, 2, 3]);
    expect(reader.numbers([row({ line: '10' }), row({ line: '12' }), row({ line: '13' })], false)).toBeNull();
    expect(reader.numbers(rows(20, 3), false)).toBeNull();
    expect(reader.numberOf(rows(20, 1)[0]!.element)).toBeNull();
  });

  it('never takes aria-rowindex, which reaches it only where it counts the rows drawn (SVAR: 0 to 17 at every scroll position)', () => {
    const reader = new RowIndexAttribute();
    const drawn = () => Array.from({ length: 5 }, (_, i) => row({ 'aria-rowindex': String(i), class: 'wx-row' }));
    expect(reader.numbers(drawn(), true)).toBeNull();
    expect(reader.numbers(drawn(), false)).toBeNull();
  });
});
