import type { PageTableSummary } from '../../extension/messaging/messages';
import { declaredRowCount, headerRowIndex } from './aria-grid-rows';
import { placeCells } from './cell-grid';
import type { FoundTable } from '../discovery/discover-tables';
import { type GridAdapter, gridAdapterFor } from '../grid-adapters';
import { sourceRowsOf } from './grid-snapshot';
import type { LiveGrid } from '../virtual-scroll/live-grid';
import { rendersOnlyInView } from '../virtual-scroll/scroll-container';
import { type LayoutRow, layoutTable, rowTexts } from './table-layout';
import { tableName } from '../discovery/table-label';

export type PageTableKind = PageTableSummary['kind'];

/**
 * A table read from the page: its text, as the catalog readers produce it from files, and for
 * every data row the elements showing it, so findings can be drawn on the exact cell.
 * `rows[i]` and `layout[i]` are data row i + 1 (`layout` has holes for rows not on the page now:
 * other pages of a paged table; a grid read by scrolling has none and finds its rows through `live`).
 */
export interface PageTable {
  found: FoundTable;
  kind: PageTableKind;
  /** The page's own name for the table ("" when it has none). */
  name: string;
  headers: string[];
  rows: string[][];
  layout: LayoutRow[];
  /** For grids that render only some rows: how many the grid says it has (aria-rowcount, header rows included). */
  declaredRows: number | null;
  /** Data rows the grid says it has (aria-rowcount less its header rows); null when it does not say. */
  rowsExpected: number | null;
  /** The grid library that drew the table, when it is one we know. */
  adapter: GridAdapter | null;
  /** The table renders only the rows in view: it must be scrolled to be read whole. */
  scrolling: boolean;
  /** For a table read by scrolling: how to find its rows again as the grid re-renders them. */
  live?: LiveGrid;
}

/**
 * Read a found table. Rows whose every shown cell is empty are left out, as blank lines are in
 * CSV files: they are the "new line" row of an editable grid or spacing, never goods.
 */
export function readPageTable(found: FoundTable): PageTable {
  const sourceRows = sourceRowsOf(found);
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

  // Web-component grids (Vaadin) put role="treegrid" and aria-rowcount on a <table> in their shadow root.
  const declared = found.structure === 'geometry' ? null : declaredRowCount(found.element);
  const adapter = gridAdapterFor(found.element);
  const scrolling =
    (declared !== null && declared > sourceRows.length) || (adapter?.virtual ?? false) || rendersOnlyInView(layout.map((row) => row.element));
  const kind: PageTableKind = scrolling
    ? 'virtual-grid'
    : found.inFrame
      ? 'iframe-table'
      : found.structure === 'html'
        ? 'html-table'
        : 'aria-grid';
  const headerRows = headerRowIndex(sourceRows);
  const rowsExpected = declared !== null && declared > headerRows ? declared - headerRows : null;
  return { found, kind, name: tableName(found.element), headers, rows, layout, declaredRows: declared, rowsExpected, adapter, scrolling };
}
