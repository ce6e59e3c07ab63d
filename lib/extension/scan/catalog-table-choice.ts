import type { PageTableSummary } from '../messaging/messages';

/**
 * The fewest recognised columns that make a table clearly a catalog. Below it, a page's best
 * table is not checked without being asked (automatic scanning), and beside a canvas-drawn grid
 * it is taken for a toolbar or menu, not the catalog (the popup then says the page draws its cells).
 */
export const CATALOG_MIN_FIELDS = 3;

export interface CatalogTableChoice {
  table: PageTableSummary;
  /** The user named it, or it has enough recognised columns to be a catalog. */
  clearlyCatalog: boolean;
}

/** The table to check: the one the user picked, else the most catalog-like (the page lists it first). */
export function chooseCatalogTable(tables: readonly PageTableSummary[], tableId: string | null): CatalogTableChoice | null {
  const picked = tableId === null ? undefined : tables.find((table) => table.tableId === tableId);
  if (picked) return { table: picked, clearlyCatalog: true };
  const best = tables[0];
  return best ? { table: best, clearlyCatalog: best.recognizedFields >= CATALOG_MIN_FIELDS } : null;
}
