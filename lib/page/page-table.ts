import type { PageTableSummary } from '../messaging/messages';
import { ariaGridRows, declaredRowCount } from './aria-grid-rows';
import { placeCells } from './cell-grid';
import type { FoundTable } from './discover-tables';
import { htmlTableRows } from './html-table-rows';
import { type LayoutRow, layoutTable, rowTexts } from './table-layout';
import { tableName } from './table-label';

export type PageTableKind = PageTableSummary['kind'];

/**
 * A table read from the page: its text, as the catalog readers produce it from files, and for
 * every data row the elements showing it, so findings can be drawn on the exact cell.
 * `rows[i]` and `layout[i]` are data row i + 1.
 */
export interface PageTable {
  found: FoundTable;
  kind: PageTableKind;
  /** The page's own name for the table ("" when it has none). */
  name: string;
  headers: string[];
  rows: string[][];
  layout: LayoutRow[];
  /** For grids that render only some rows: how many the grid says it has. */
  declaredRows: number | null;
}

/**
 * Read a found table. Rows whose every shown cell is empty are left out, as blank lines are in
 * CSV files: they are the "new line" row of an editable grid or spacing, never goods.
 */
export function readPageTable(found: FoundTable): PageTable {
  const sourceRows = found.structure === 'html' ? htmlTableRows(found.element as HTMLTableElement) : ariaGridRows(found.element);
  const grid = placeCells(sourceRows);
  const { headers, rows: layoutRows } = layoutTable(grid, found.element);

  const rows: string[][] = [];
  const layout: LayoutRow[] = [];
  for (const row of layoutRows) {
    const texts = rowTexts(row);
    if (texts.every((text) => text === '')) continue;
    rows.push(texts);
    layout.push(row);
  }

  const declared = found.structure === 'aria' ? declaredRowCount(found.element) : null;
  const kind: PageTableKind = found.inFrame
    ? 'iframe-table'
    : found.structure === 'html'
      ? 'html-table'
      : declared !== null && declared > sourceRows.length
        ? 'virtual-grid'
        : 'aria-grid';
  return { found, kind, name: tableName(found.element), headers, rows, layout, declaredRows: declared };
}
