import type { GridAdapter } from './grid-adapter';

/**
 * Tabulator. Its virtual DOM renders only the rows in view and states no row index or count;
 * each row keeps its own element while it is scrolled in and out, so the reader follows rows
 * by element from the top of the grid down.
 */
export const tabulator: GridAdapter = {
  library: 'Tabulator',
  virtual: true,
  matches: (table) => table.classList.contains('tabulator'),
};
