import type { RenderedRow } from '../layout/grid-snapshot';
import { visibleText } from '../layout/visible-text';
import { toBoxPixels, visibleAreaTop } from './scroll-container';

/**
 * The user's place in a grid is the line at the top of its box, not a pixel offset: a grid that
 * laid out rows it had not measured at an estimated height (react-virtuoso) knows every row's
 * height once it has been read through, and the same scrollTop then shows other lines (or the
 * grid moves it itself). Before reading, the lines in the box are remembered by their cells, from
 * the first whose top is in the box, with where each sat; after the scroll position is put back,
 * the box is moved by however far those lines now are from where they sat. Any of them will do:
 * they had been drawn, so measured, and sit as far from each other as before. The grid may draw
 * only from the top of its box down, and then shows later lines but not the top one.
 */

/** How many lines in a row must show the same cells: lines that repeat cell for cell are told apart by their neighbours. */
const RUN = 3;

/** A line as the grid shows it: its cells' texts, and where its top sits below the top of the box's visible area. */
export interface ShownLine {
  texts: string;
  offset: number;
}

/** The lines a user had in the box, top to bottom, from the first whose top was in it. */
export type UserView = readonly ShownLine[];

/** The lines shown, top to bottom, as userViewOf and shiftToUserView compare them. */
export function shownLines(rows: readonly RenderedRow[], scroller: Element): ShownLine[] {
  const top = visibleAreaTop(scroller);
  const seen = new Set<Element>();
  return rows
    .filter((row) => !seen.has(row.element) && seen.add(row.element))
    .map((row) => ({
      texts: [...row.cells].sort((a, b) => a[0] - b[0]).map(([, cell]) => visibleText(cell)).join('\u001f'),
      offset: toBoxPixels(scroller, row.element.getBoundingClientRect().top - top),
    }))
    .sort((a, b) => a.offset - b.offset);
}

/** The lines in the box (`height` tall), from the first whose top is in it; null when none is. */
export function userViewOf(lines: readonly ShownLine[], height: number): UserView | null {
  const inBox = lines.filter((line) => line.offset >= -0.5 && line.offset < height);
  return inBox.length > 0 ? inBox : null;
}

/**
 * How far to scroll down (negative: up) so the user's lines sit where they sat: going by the
 * first of them (from the top) whose run of lines the grid shows now, at the place nearest where
 * it sat when the run shows more than once. Null when none is shown (nothing to go by).
 */
export function shiftToUserView(saved: UserView, lines: readonly ShownLine[]): number | null {
  const run = Math.min(RUN, saved.length);
  for (let from = 0; from + run <= saved.length; from++) {
    let best: number | null = null;
    for (let i = 0; i + run <= lines.length; i++) {
      if (!saved.slice(from, from + run).every((line, k) => lines[i + k]!.texts === line.texts)) continue;
      const shift = lines[i]!.offset - saved[from]!.offset;
      if (best === null || Math.abs(shift) < Math.abs(best)) best = shift;
    }
    if (best !== null) return best;
  }
  return null;
}

/** Whether a line shows these cells: each of the line's cell texts, in order, among the row's (a line drawn in part shows some columns only). */
function showsRow(lineCells: readonly string[], row: readonly string[]): boolean {
  let at = 0;
  for (const text of lineCells) {
    while (at < row.length && row[at] !== text) at++;
    if (at++ >= row.length) return false;
  }
  return true;
}

/**
 * The number (from 1) of the row the user's top line is among `rows`, the lines read in order:
 * where a run of the user's lines shows the rows' cells, the run nearest `near` when it shows at
 * more than one place (lines that repeat cell for cell). Null when none shows.
 */
export function userLineNumber(saved: UserView, rows: readonly (readonly string[])[], near: number): number | null {
  // Split once: every row read is compared with them.
  const lines = saved.slice(0, Math.min(RUN, saved.length)).map((line) => line.texts.split('\u001f'));
  let best: number | null = null;
  for (let i = 0; i + lines.length <= rows.length; i++) {
    if (!lines.every((cells, k) => showsRow(cells, rows[i + k]!))) continue;
    if (best === null || Math.abs(i + 1 - near) < Math.abs(best - near)) best = i + 1;
  }
  return best;
}

/**
 * A grid that moves its rows once more after being moved (a re-measure) is followed this many
 * times. Tabulator with group rows and group sums takes back most of each move while it measures
 * the rows it draws (4 moves to the user's line; 3 left it 4 lines short).
 */
const MAX_MOVES = 8;

/**
 * After the scroll position was put back: move the box until the user's lines sit where they
 * sat. `look` gives the rows the grid shows now; `settled(ready)` waits until ready() holds
 * or the grid falls quiet (the grid draws the rows of the position put back in its own time).
 * When none of the user's lines is drawn there, `userLineTop` tells where the top one now sits
 * in the content (from the rows read): a grid that laid rows out at an estimate far from their
 * height (Naive UI's table: 28 pixels for rows of 39) shows lines a hundred rows off at the same
 * offset once it has measured them all, beyond the rows it draws around the place put back.
 */
export async function bringBackUserView(
  scroller: Element,
  saved: UserView,
  look: () => readonly RenderedRow[],
  settled: (ready: () => boolean) => Promise<unknown>,
  userLineTop: () => number | null = () => null,
): Promise<void> {
  let jumped = false;
  for (let move = 0; move < MAX_MOVES; move++) {
    let shift: number | null = null;
    await settled(() => (shift = shiftToUserView(saved, shownLines(look(), scroller))) !== null);
    if (shift === null && !jumped) {
      jumped = true;
      const top = userLineTop();
      if (top !== null) shift = top - saved[0]!.offset - scroller.scrollTop;
    }
    if (shift === null || Math.abs(shift) < 0.5) return;
    const before = scroller.scrollTop;
    scroller.scrollTo({ top: before + shift, behavior: 'instant' });
    if (Math.abs(scroller.scrollTop - before) < 0.5) return;
    scroller.dispatchEvent(new Event('scroll'));
  }
}
