import { CatalogReadError } from './catalog-read-error';
import type { RawTable } from './raw-table';

/** The table, unless its header row is blank: columns must be named to be mapped. */
export function requireHeaderRow(table: RawTable): RawTable {
  if (table.headers.every((h) => h.trim() === '')) {
    throw new CatalogReadError(table.sourceName, 'has no header row: the first row must name the columns.');
  }
  return table;
}
