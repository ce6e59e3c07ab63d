import type { LayoutRow } from '../layout/table-layout';

/**
 * The views of a table that draws every line but only the columns in view (columns-in-view.ts),
 * read as drawn at each sideways scroll position, joined into one table: its columns by the grid's
 * column index where every cell states one (aria-colindex), else by their header's words (the
 * second column of the same words by that); its lines by the row index every line states
 * (aria-rowindex), else by their elements when the page kept them through the sweep, else by their
 * place (then every view must show as many). A spacer standing for the columns out of view (no
 * header words, nothing in any line) is no column. Columns come in the order the sweep met them,
 * left to right (see joinViews).
 */

/** The table as drawn at one sideways scroll position. */
export interface SidewaysView {
  headers: readonly string[];
  rows: readonly (readonly string[])[];
  layout: readonly LayoutRow[];
}

type ColumnKeys = 'column index' | 'header words';
type RowKeys = 'row index' | 'element' | 'place';
type RowKey = number | Element;

export interface JoinedViews {
  headers: string[];
  rows: string[][];
  /** How the views' columns and lines were told apart (to find them again in another view: layoutIn). */
  columnKeys: ColumnKeys;
  rowKeys: RowKeys;
  columns: string[];
  lines: RowKey[];
  /** Every view's lines could be told apart and matched with the others'. */
  matched: boolean;
}

/** A column of a view: its place in the view, the key it is joined by, and its header words. */
interface ViewColumn {
  index: number;
  key: string;
  header: string;
}

/** The column index a cell states (aria-colindex); null when it states none. */
function columnIndexOf(cell: Element | null | undefined): number | null {
  const index = Number(cell?.getAttribute('aria-colindex') ?? Number.NaN);
  return Number.isInteger(index) && index > 0 ? index : null;
}

function rowIndexOf(row: LayoutRow): number | null {
  const index = Number(row.element.getAttribute('aria-rowindex') ?? Number.NaN);
  return Number.isInteger(index) && index > 0 ? index : null;
}

/** The columns a view draws, spacers left out. */
function drawnColumns(view: SidewaysView): number[] {
  return view.headers.flatMap((header, index) => (header.trim() !== '' || view.rows.some((row) => (row[index] ?? '') !== '') ? [index] : []));
}

function columnsOf(view: SidewaysView, keys: ColumnKeys): ViewColumn[] {
  const seen = new Map<string, number>();
  return drawnColumns(view).map((index) => {
    const header = view.headers[index] ?? '';
    if (keys === 'column index') return { index, key: `@${columnIndexOf(view.layout[0]?.cells[index])}`, header };
    const occurrence = seen.get(header) ?? 0;
    seen.set(header, occurrence + 1);
    return { index, key: `${header}#${occurrence}`, header };
  });
}

function columnKeysOf(views: readonly SidewaysView[]): ColumnKeys {
  const stated = views.every((view) => view.layout.length > 0 && drawnColumns(view).every((index) => columnIndexOf(view.layout[0]!.cells[index]) !== null));
  return stated ? 'column index' : 'header words';
}

function rowKeysOf(views: readonly SidewaysView[]): RowKeys {
  if (views.every((view) => view.layout.every((row) => rowIndexOf(row) !== null))) return 'row index';
  // Rows the page drew anew as it scrolled sideways (DevExtreme draws its tables afresh) are gone from it.
  if (views.every((view) => view.layout.every((row) => row.element.isConnected))) return 'element';
  return 'place';
}

function lineKey(row: LayoutRow, place: number, keys: RowKeys): RowKey {
  return keys === 'row index' ? rowIndexOf(row)! : keys === 'element' ? row.element : place;
}

function lineOrder(keys: RowKeys): (a: RowKey, b: RowKey) => number {
  if (keys !== 'element') return (a, b) => (a as number) - (b as number);
  // Node.DOCUMENT_POSITION_FOLLOWING: b comes after a.
  return (a, b) => ((a as Element).compareDocumentPosition(b as Element) & 4 ? -1 : 1);
}

export function joinViews(views: readonly SidewaysView[]): JoinedViews {
  const columnKeys = columnKeysOf(views);
  const rowKeys = rowKeysOf(views);
  const columns: string[] = [];
  const headers = new Map<string, string>();
  const cells = new Map<RowKey, Map<string, string>>();
  for (const view of views) {
    const shown = columnsOf(view, columnKeys);
    // Columns met first here go right after the last known column left of them in this view; with
    // none left of them, before the first known column right of them; with none at all, last (the
    // sweep goes left to right, and a view past the first may show none it showed before).
    let after: number | null = null;
    shown.forEach((column, i) => {
      const known = columns.indexOf(column.key);
      if (known >= 0) {
        after = known;
        return;
      }
      const rightOf = shown.slice(i + 1).map((next) => columns.indexOf(next.key)).find((index) => index >= 0);
      const at = after !== null ? after + 1 : (rightOf ?? columns.length);
      columns.splice(at, 0, column.key);
      after = at;
    });
    for (const column of shown) if ((headers.get(column.key) ?? '') === '') headers.set(column.key, column.header);
    view.layout.forEach((row, place) => {
      const key = lineKey(row, place, rowKeys);
      const texts = cells.get(key) ?? new Map<string, string>();
      cells.set(key, texts);
      for (const column of shown) if ((texts.get(column.key) ?? '') === '') texts.set(column.key, view.rows[place]?.[column.index] ?? '');
    });
  }
  const lines = [...cells.keys()].sort(lineOrder(rowKeys));
  const counts = new Set(views.map((view) => view.layout.length));
  return {
    headers: columns.map((key) => headers.get(key) ?? ''),
    rows: lines.map((key) => columns.map((column) => cells.get(key)!.get(column) ?? '')),
    columnKeys,
    rowKeys,
    columns,
    lines,
    // By place, lines are matched only when every view shows as many.
    matched: rowKeys !== 'place' || counts.size <= 1,
  };
}

/**
 * Where the joined lines' cells are in `view` (the table as drawn where the user left it), for
 * the marks: per line, its row and its cells in the joined columns' order; a cell not drawn there
 * is null, and a line not there has no row (a hole).
 */
export function layoutIn(view: SidewaysView, joined: JoinedViews): LayoutRow[] {
  const places = new Map(columnsOf(view, joined.columnKeys).map((column) => [column.key, column.index]));
  const rows = new Map(view.layout.map((row, place) => [lineKey(row, place, joined.rowKeys), row]));
  const layout: LayoutRow[] = [];
  joined.lines.forEach((key, i) => {
    const row = rows.get(key);
    if (!row) return;
    layout[i] = { element: row.element, cells: joined.columns.map((column) => (places.has(column) ? (row.cells[places.get(column)!] ?? null) : null)) };
  });
  return layout;
}
