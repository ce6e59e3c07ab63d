import { agGrid } from './ag-grid';
import type { GridAdapter } from './grid-adapter';
import { handsontable } from './handsontable';
import { jspreadsheet } from './jspreadsheet';
import { muiDataGrid } from './mui-data-grid';
import { tabulator } from './tabulator';

export type { GridAdapter } from './grid-adapter';

const ADAPTERS: readonly GridAdapter[] = [agGrid, handsontable, tabulator, jspreadsheet, muiDataGrid];

/** The adapter of the library that drew this table, if it is one we know. */
export function gridAdapterFor(table: Element): GridAdapter | null {
  return ADAPTERS.find((adapter) => adapter.matches(table)) ?? null;
}
