import type { CellPlacer, RowSection } from './cell-grid';
import { holdsGoods, type LayoutRow } from './table-layout';

/**
 * Most rows of a long HTML export span nothing: then `row.cells[i]` is grid column i, and the
 * row needs no placement (no source-cell and slot objects per cell, no span bookkeeping). Reading
 * 50,000 rows spent most of its time and garbage on that placement. One walk over the row's
 * children tells whether any cell states a span; a row that does, or that a span from above
 * reaches, is placed in full as before (sliced-table-reader.ts).
 *
 * The row's cells are its <td> and <th> children (what `row.cells` lists), walked with
 * `nextElementSibling`: indexing `row.cells` goes through a live HTMLCollection per row, which a
 * profile of a 50,000-row table showed as the reader's largest own cost (selector queries per row
 * came next), and each collection is one more object for the page's collector to trace.
 */
function isCell(element: Element): boolean {
  const name = element.localName;
  return name === 'td' || name === 'th';
}

/** The row's cells in order, as `row.cells` lists them. */
export function rowCells(row: Element): Element[] {
  const cells: Element[] = [];
  for (let child = row.firstElementChild; child; child = child.nextElementSibling) if (isCell(child)) cells.push(child);
  return cells;
}

/**
 * A plain row's cells are looked up from the row when asked (to read them, or to place a mark),
 * not kept: keeping 13 cell references for each of 50,000 rows kept 650,000 wrappers alive, and
 * the page's garbage collector walked them again and again while the rest was read.
 */
class PlainLayoutRow implements LayoutRow {
  constructor(
    readonly element: HTMLTableRowElement,
    private readonly columns: readonly number[],
  ) {}

  get cells(): (Element | null)[] {
    const cells = rowCells(this.element);
    return this.columns.map((column) => cells[column] ?? null);
  }
}

/** What one walk over a row's cells tells: whether one states a span, whether one is a <td>. */
function cellFacts(row: Element): { spans: boolean; cells: number; dataCells: boolean } {
  let cells = 0;
  let dataCells = false;
  for (let child = row.firstElementChild; child; child = child.nextElementSibling) {
    if (!isCell(child)) continue;
    if (child.hasAttribute('colspan') || child.hasAttribute('rowspan')) return { spans: true, cells, dataCells };
    cells++;
    if (child.localName === 'td') dataCells = true;
  }
  return { spans: false, cells, dataCells };
}

/**
 * The data row a plain row makes (its cells under the header's `columns`), null when it is not
 * one (a footer, a repeated header, a hidden row), or undefined when it is not plain and must be
 * placed in full.
 */
export function plainDataRow(
  row: HTMLTableRowElement,
  section: RowSection,
  placer: CellPlacer,
  columns: readonly number[],
  table: Element,
  someDataCells: boolean,
): LayoutRow | null | undefined {
  const facts = cellFacts(row);
  if (facts.spans || !placer.passesPlainRow(section)) return undefined;
  const headerLike = section === 'head' || (facts.cells > 0 && !facts.dataCells);
  if (!holdsGoods(row, section, headerLike, table, someDataCells)) return null;
  return new PlainLayoutRow(row, columns);
}
