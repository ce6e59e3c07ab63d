import { describe, expect, it } from 'vitest';
import { type ShownLine, shiftToUserView, userLineNumber, userViewOf } from '../../../../lib/page/virtual-scroll/user-view';

/** Lines of 31 px, the first one `from` px below the top of the box. */
const lines = (texts: string[], from: number): ShownLine[] => texts.map((line, i) => ({ texts: line, offset: from + i * 31 }));
const BOX = 200;

describe("the user's lines in a grid box, put back after reading", () => {
  it('remembers the lines in the box from the first whose top is in it', () => {
    const saved = userViewOf(lines(['L139', 'L140', 'L141', 'L142', 'L143', 'L144', 'L145', 'L146', 'L147'], -12), BOX);
    expect(saved?.map((line) => line.texts)).toEqual(['L140', 'L141', 'L142', 'L143', 'L144', 'L145']);
    expect(saved?.[0]?.offset).toBe(19);
  });

  it('says how far the box must move when the grid shows the top line elsewhere (rows re-measured)', () => {
    const saved = userViewOf(lines(['L140', 'L141', 'L142', 'L143'], 5), BOX)!;
    // The same pixel offset now shows lines from further up: L140 sits 3 lines below where it was.
    expect(shiftToUserView(saved, lines(['L137', 'L138', 'L139', 'L140', 'L141', 'L142', 'L143'], 5))).toBe(93);
  });

  it('goes by a later line of the view when the grid draws only from the top of its box down, past the top line', () => {
    const saved = userViewOf(lines(['L136', 'L137', 'L138', 'L139', 'L140', 'L141', 'L142'], 15), BOX)!;
    // L139 sat at 15 + 3 × 31 = 108 and now sits at 32: the box moves up by 76 px.
    expect(shiftToUserView(saved, lines(['L139', 'L140', 'L141', 'L142', 'L143'], 32))).toBe(-76);
  });

  it('does not move a box that shows the lines where they were', () => {
    const saved = userViewOf(lines(['L140', 'L141', 'L142'], 5), BOX)!;
    expect(shiftToUserView(saved, lines(['L139', 'L140', 'L141', 'L142'], -26))).toBe(0);
  });

  it('tells lines that repeat cell for cell apart by their neighbours, and of equal runs takes the nearest', () => {
    const saved = userViewOf(lines(['same', 'same', 'L7'], 0), BOX)!;
    // "same, same" shows twice in a row; only the run followed by L7 is the user's.
    expect(shiftToUserView(saved, lines(['same', 'same', 'same', 'L7', 'L8'], -31))).toBe(0);
    const repeated = userViewOf(lines(['same', 'same', 'same'], 0), BOX)!;
    expect(shiftToUserView(repeated, lines(['same', 'same', 'same', 'same', 'same'], -62))).toBe(0);
  });

  it('leaves the box alone when none of the lines is shown (nothing to go by)', () => {
    const saved = userViewOf(lines(['L140', 'L141', 'L142'], 0), BOX)!;
    expect(shiftToUserView(saved, lines(['L900', 'L901', 'L902'], 0))).toBeNull();
  });
});

/**
 * Where the user's top line is among the rows read, for a grid that shows none of the user's
 * lines at the offset put back (rows laid out at an estimate far from their height: Naive UI's
 * table, 28 px for rows of 39, showed line 112 where line 147 had been).
 */
describe("the user's top line among the rows read", () => {
  const row = (n: number) => [String(n), `LT-${n}`, `Goods ${n}`, '8471.30.0100'];
  const rows = Array.from({ length: 300 }, (_, i) => row(i + 1));
  const shown = (numbers: number[], cells: (r: string[]) => string[]) => numbers.map((n, i) => ({ texts: cells(row(n)).join('\u001f'), offset: i * 39 }));

  it('is the row whose run of cells the user\'s lines show', () => {
    expect(userLineNumber(shown([147, 148, 149, 150], (r) => r), rows, 112)).toBe(147);
  });

  it('is found from the columns a line showed, when the grid drew some only (frozen part, columns in view)', () => {
    expect(userLineNumber(shown([147, 148, 149], (r) => [r[0]!, r[2]!]), rows, 1)).toBe(147);
  });

  it('of runs that repeat cell for cell, is the one nearest the rows drawn now; and none when no run shows', () => {
    const repeating = [...rows.slice(0, 10), row(5), row(6), row(7), ...rows.slice(13)];
    expect(userLineNumber(shown([5, 6, 7], (r) => r), repeating, 12)).toBe(11);
    expect(userLineNumber(shown([5, 6, 7], (r) => r), repeating, 2)).toBe(5);
    expect(userLineNumber(shown([5, 7, 6], (r) => r), rows, 1)).toBeNull();
  });
});
