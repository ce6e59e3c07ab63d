import type { FoundTable } from './discovery/discover-tables';
import { filterRowsOf } from './layout/aria-grid-rows';
import { filterBoxValues, isFilterRow } from './layout/filter-row';
import { cellsOf } from './layout/plain-table-row';

/**
 * A grid filtered by the boxes under its header (AG Grid's floating filters, a DataTables filter
 * row) shows only the lines they let through: those are all reading can see, and the user is told
 * that the others were not checked, and which words filter them.
 */

/** The rows of filter boxes the table draws under its header: an ARIA grid's, or an HTML table's header rows (its header table's too). */
export function filterRows(found: FoundTable): Element[] {
  if (found.structure === 'aria') return [...(found.headerGrids ?? []), found.element].flatMap(filterRowsOf);
  if (found.structure !== 'html') return [];
  const tables = [found.headerTable, found.element as HTMLTableElement].filter((table): table is HTMLTableElement => table !== undefined);
  return tables.flatMap((table) => Array.from(table.tHead?.rows ?? [])).filter((row) => isFilterRow(cellsOf(row)));
}

/** Words for the user when the table's filter boxes hold a filter; '' when they hold none. */
export function filterBoxesNote(found: FoundTable): string {
  const values = filterBoxValues(filterRows(found));
  if (values.length === 0) return '';
  const held = values.map((value) => `"${value}"`).join(', ');
  return `The table is filtered by its filter boxes (${held}): only the lines they let through were checked. Clear the filters to check every line.`;
}
