import type { GridAdapter } from './grid-adapter';

/**
 * Handsontable. States aria-rowindex and aria-colindex on the rows and cells it renders, but
 * aria-rowcount="-1" (unknown), so the whole grid is read by scrolling to its end. Its frozen
 * header and columns are clones of the main table, which carry the same indexes and merge with
 * it. Once scrolled sideways, its header cells count aria-colindex from the first column
 * rendered, not from the first column (Handsontable 18): a header cell's column is taken from
 * the body cell below it in the main table instead.
 */
export const handsontable: GridAdapter = {
  library: 'Handsontable',
  virtual: true,
  matches: (table) => table.classList.contains('handsontable') || table.closest('.handsontable') !== null,
  columnOf(cell) {
    if (cell.localName !== 'th' || !cell.closest('thead')) return null;
    const root = cell.closest('[role="treegrid"]') ?? cell.closest('.ht-wrapper');
    const bodyRow = root?.querySelector<HTMLTableRowElement>('.ht_master table.htCore > tbody > tr');
    const below = bodyRow?.cells[(cell as HTMLTableCellElement).cellIndex];
    const index = below?.getAttribute('aria-colindex');
    return index && /^\d+$/.test(index) ? Number(index) - 1 : null;
  },
};
