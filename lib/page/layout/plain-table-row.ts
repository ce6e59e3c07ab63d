import type { CellPlacer, RowSection } from './cell-grid';
import { holdsGoods, isSpacerRow, type LayoutRow } from './table-layout';

/**
 * Most rows of a long HTML export span nothing: then the row's i-th cell is grid column i, and
 * the row needs no placement (no source-cell and slot objects per cell, no span bookkeeping).
 * Reading 50,000 rows spent most of its time and garbage on that placement. A row that states a
 * span, or that a span from above reaches, is placed in full as before (sliced-table-reader.ts).
 *
 * A row's cells are found by walking its children, not through `row.cells` or a selector: each
 * `row.cells` is a live collection the browser keeps on the row, with a cache of its cells, for
 * as long as the row lives; indexing them was a third of the reading time of a 50,000-row table,
 * and 50,000 collections kept alive made every garbage collection while it was read longer.
 */

/** The row's own cells (its `td` and `th` children, as `row.cells` lists them), in order. */
export function cellsOf(row: Element): Element[] {
  const cells: Element[] = [];
  for (let child = row.firstElementChild; child; child = child.nextElementSibling) {
    if (isCell(child)) cells.push(child);
  }
  return cells;
}

function isCell(element: Element): boolean {
  const name = element.localName;
  return (name === 'td' || name === 'th') && element.namespaceURI === 'http://www.w3.org/1999/xhtml';
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
    const cells = cellsOf(this.element);
    return this.columns.map((column) => cells[column] ?? null);
  }
}

/** What one walk over a row's cells tells: how many, whether any states a span, whether any is a `td`. */
interface RowCells {
  count: number;
  first: Element | null;
  spans: boolean;
  dataCell: boolean;
}

function surveyCells(row: Element): RowCells {
  const survey: RowCells = { count: 0, first: null, spans: false, dataCell: false };
  for (let child = row.firstElementChild; child; child = child.nextElementSibling) {
    if (!isCell(child)) continue;
    survey.count++;
    survey.first ??= child;
    if (child.hasAttribute('colspan') || child.hasAttribute('rowspan')) survey.spans = true;
    if (child.localName === 'td') survey.dataCell = true;
  }
  return survey;
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
  const cells = surveyCells(row);
  if (cells.spans || !placer.passesPlainRow(section)) return undefined;
  if (cells.count === 1 && isSpacerRow(cells.first!, 1, columns.length)) return null;
  const headerLike = section === 'head' || (cells.count > 0 && !cells.dataCell);
  if (!holdsGoods(row, section, headerLike, table, someDataCells)) return null;
  return new PlainLayoutRow(row, columns);
}
