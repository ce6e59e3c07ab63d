import type { GridAdapter } from './grid-adapter';

/**
 * MUI X Data Grid. States aria-rowcount, aria-rowindex and aria-colindex; rows and columns are
 * virtualised. ARIA is enough: the adapter only names the library.
 */
export const muiDataGrid: GridAdapter = {
  library: 'MUI X Data Grid',
  virtual: true,
  matches: (table) => table.classList.contains('MuiDataGrid-root') || table.closest('.MuiDataGrid-root') !== null,
};
