/**
 * What the page reader needs to know about a grid library beyond what ARIA says. Most grids
 * state row and column positions with aria-rowindex / aria-colindex and their size with
 * aria-rowcount; an adapter fills in only what its library leaves out, by reading the DOM the
 * library draws. Adapters never call a library's JavaScript: the content script runs in an
 * isolated world and must not depend on page code.
 */
export interface GridAdapter {
  /** The library's name as users know it, for the words the popup shows ("AG Grid"). */
  readonly library: string;
  /** Whether a found table is drawn by this library. */
  matches(table: Element): boolean;
  /** The library renders only the rows (and maybe columns) in view: reading must scroll. */
  readonly virtual: boolean;
  /** 1-based data row of a rendered row, where the library states it outside aria-rowindex. */
  rowNumber?(row: Element): number | null;
  /** 0-based grid column of a cell, where the library's aria-colindex is wrong or missing. */
  columnOf?(cell: Element): number | null;
  /** A row the library adds for itself (pinned totals, filter rows), not a catalog line. */
  isOwnRow?(row: Element): boolean;
  /** A column the library adds for itself (row numbers, selection boxes), not the catalog's. */
  isOwnColumn?(headerCell: Element): boolean;
}
