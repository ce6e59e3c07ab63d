/**
 * Some grids write every row afresh at each scroll (Clusterize sets its rows as markup, a
 * framework list may re-render with new elements) and keep the rows in the flow of a table whose
 * spacer rows stand for the rows not shown. Such rows have no lasting element, no index, and sit
 * only roughly where they sat before: the spacer's height is the library's estimate (whole pixels
 * per row), so offsets drift by a row or more over a long table. They are recognised by their
 * cells: the rows shown must repeat, cell for cell, a run of rows already read, and of the runs
 * that do, the one nearest where geometry puts them is taken, so lines that repeat each other
 * cell for cell are neither dropped nor counted twice.
 */

/** Cell texts of one row by grid column (only the columns shown or read). */
export type RowCells = ReadonlyMap<number, string>;

/**
 * How far (in rows) from where geometry puts the shown rows a matching run is looked for: the
 * guess starts from the nearest row followed, so it is off by the drift over a few screens only.
 */
const SEARCH_ROWS = 200;

/**
 * How many columns a shown row has in common with a row read, all with the same text; -1 when one
 * of them differs (the shown row is not that row). A row not read yet has none in common.
 */
export function cellsInCommon(shown: RowCells, read: RowCells | undefined): number {
  if (!read) return 0;
  let common = 0;
  for (const [column, text] of shown) {
    const known = read.get(column);
    if (known === undefined) continue;
    if (known !== text) return -1;
    common++;
  }
  return common;
}

/**
 * The row number of the first shown row, when the shown rows repeat rows already read: every shown
 * row that falls on a row read must match it, and at least one must. `estimate` is where geometry
 * puts the first shown row; null when no run matches.
 */
export function anchorByContent(shown: readonly RowCells[], rowsRead: (number: number) => RowCells | undefined, highestRead: number, estimate: number): number | null {
  let best: number | null = null;
  const low = Math.max(1, Math.round(estimate) - SEARCH_ROWS);
  const high = Math.min(highestRead, Math.round(estimate) + SEARCH_ROWS);
  for (let first = Math.max(1, low - shown.length + 1); first <= high; first++) {
    let matched = 0;
    let consistent = true;
    for (let i = 0; i < shown.length && consistent; i++) {
      const number = first + i;
      if (number < 1 || number > highestRead) continue;
      const read = rowsRead(number);
      if (!read) continue;
      if (cellsInCommon(shown[i]!, read) > 0) matched++;
      else consistent = false;
    }
    if (!consistent || matched === 0) continue;
    if (best === null || Math.abs(first - estimate) < Math.abs(best - estimate)) best = first;
  }
  return best;
}
