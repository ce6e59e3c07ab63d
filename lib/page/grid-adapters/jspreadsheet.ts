import type { GridAdapter } from './grid-adapter';

/**
 * jspreadsheet CE. A plain <table> without ARIA; every row states its 0-based data row in
 * `data-y`. With lazy loading it renders a window of rows around the scroll position. The first
 * column is the spreadsheet's row numbers, not a catalog column.
 */
export const jspreadsheet: GridAdapter = {
  library: 'jspreadsheet',
  virtual: true,
  matches: (table) => table.classList.contains('jss_worksheet'),
  rowNumber(row) {
    const y = row.getAttribute('data-y');
    return y !== null && /^\d+$/.test(y) ? Number(y) + 1 : null;
  },
  isOwnColumn: (headerCell) => headerCell.classList.contains('jss_selectall') || !headerCell.hasAttribute('data-x'),
};
