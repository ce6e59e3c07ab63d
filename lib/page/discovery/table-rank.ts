/**
 * Which of a page's tables is most likely the catalog, so the popup lists it first and a toolbar
 * click checks it: tables with lines before tables without, then the most columns named like
 * catalog fields, then the most lines, then page order.
 */

export interface ListedTableFacts {
  /** Columns whose header maps to a catalog field. */
  recognizedFields: number;
  /** Lines listed (a long table's count before it is read; a scrolling grid's rendered ones). */
  rows: number;
  /** Read by scrolling: it may show no line until scrolled to. */
  scrolling: boolean;
  /** Place in discovery (page) order. */
  order: number;
}

/**
 * Column names without a line under them are not the catalog while another table has lines: a
 * grid's header strip read apart from a body it was not joined to would otherwise win on its
 * words and be checked as "0 rows, no problems".
 */
function holdsLines(table: ListedTableFacts): number {
  return table.scrolling || table.rows > 0 ? 1 : 0;
}

/** Sort comparator: the most catalog-like table first. */
export function byCatalogLikeness(a: ListedTableFacts, b: ListedTableFacts): number {
  return holdsLines(b) - holdsLines(a) || b.recognizedFields - a.recognizedFields || b.rows - a.rows || a.order - b.order;
}

/**
 * The tables worth offering the user: a table without a line (a header copy drawn apart from its
 * body, as w2ui, bootstrap-table and jqGrid draw theirs; a pager's layout table; an empty entry
 * table) has nothing to check, so it is left out of the list while another table has lines. A
 * page whose tables all lack lines keeps them, so the popup can still say what it found.
 */
export function withoutLinelessTables<T extends ListedTableFacts>(tables: readonly T[]): T[] {
  const withLines = tables.filter((table) => holdsLines(table) === 1);
  return withLines.length > 0 ? withLines : [...tables];
}
