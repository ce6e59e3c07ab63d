import type { GridAdapter } from './grid-adapter';

/**
 * AG Grid (Community and Enterprise). States aria-rowindex, aria-colindex and aria-rowcount
 * itself; its `row-index` attribute is used to leave out pinned top and bottom rows (row-index
 * "t-0", "b-0"), which are totals or filters above and below the data, not catalog lines.
 */
export const agGrid: GridAdapter = {
  library: 'AG Grid',
  virtual: true,
  matches: (table) => table.classList.contains('ag-grid-viewport') || table.closest('.ag-root-wrapper') !== null,
  rowNumber(row) {
    const index = row.getAttribute('row-index');
    return index !== null && /^\d+$/.test(index) ? Number(index) + 1 : null;
  },
  isOwnRow(row) {
    const index = row.getAttribute('row-index');
    return index !== null && !/^\d+$/.test(index);
  },
};
