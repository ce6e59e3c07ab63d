import type { GridAdapter } from './grid-adapter';

/**
 * Tabulator. Its virtual DOM renders only the rows in view and states no row index or count;
 * each row keeps its own element while it is scrolled in and out, so the reader follows rows
 * by element from the top of the grid down. Its column calculations (a line of sums or counts
 * above or below the lines, and below each group) are rows of its own (`tabulator-calcs`), drawn
 * as lines are, with no label.
 */
export const tabulator: GridAdapter = {
  library: 'Tabulator',
  virtual: true,
  matches: (table) => table.classList.contains('tabulator'),
  isOwnRow: (row) => row.classList.contains('tabulator-calcs'),
};
