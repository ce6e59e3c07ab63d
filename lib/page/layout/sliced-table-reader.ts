import type { FoundTable } from '../discovery/discover-tables';
import { CellPlacer, type GridRow } from './cell-grid';
import { htmlTableRow, sectionOf } from './html-table-rows';
import { plainDataRow } from './plain-table-row';
import { hasDataCells, type LayoutRow, layoutDataRow, layoutHeader, rowTexts, type ShownText, type TableHeader } from './table-layout';
import type { TimeSlicer } from '../time-slices';
import { PAGE_ROWS_PER_CHUNK } from '../table-chunks';

/**
 * Long HTML tables (a 50,000-line export) read a row at a time, yielding to the page between
 * slices: the same header decision, cell placement and cell text as a short table, but never
 * holding the page's main thread for more than a slice (see time-slices.ts).
 */

/** Rows looked at to decide the header: enough for title rows and two-row headers. */
const HEADER_PROBE_ROWS = 16;

/** The table's rows in order: a header drawn as a table of its own first (see split-header.ts). */
interface TableRows {
  count: number;
  at: (index: number) => HTMLTableRowElement;
  headRows: number;
}

function tableRowsOf(found: FoundTable): TableRows {
  const body = (found.element as HTMLTableElement).rows;
  const head = found.headerTable?.rows;
  const headRows = head?.length ?? 0;
  return { count: headRows + body.length, at: (index) => (index < headRows ? head![index]! : body[index - headRows]!), headRows };
}

function sourceRowAt(rows: TableRows, index: number) {
  const row = htmlTableRow(rows.at(index));
  return index < rows.headRows ? { ...row, section: 'head' as const } : row;
}

/** A data row past the first rows: a plain row as it is (plain-table-row.ts), any other placed in full. */
function readDataRow(rows: TableRows, index: number, placer: CellPlacer, header: TableHeader, table: Element, someDataCells: boolean): LayoutRow | null {
  const row = rows.at(index);
  const section = index < rows.headRows ? 'head' : sectionOf(row);
  const plain = plainDataRow(row, section, placer, header.columns, table, someDataCells);
  if (plain !== undefined) return plain;
  return layoutDataRow(placer.place(sourceRowAt(rows, index)), header.columns, table, someDataCells);
}

/** The header of an HTML table, from its first rows only: cheap however long the table is. */
export function tableHeaderOf(found: FoundTable): { header: TableHeader; dataRows: number } {
  const rows = tableRowsOf(found);
  const placer = new CellPlacer();
  const probe: GridRow[] = [];
  for (let i = 0; i < Math.min(rows.count, HEADER_PROBE_ROWS); i++) probe.push(placer.place(sourceRowAt(rows, i)));
  const header = layoutHeader({ rows: probe, columnCount: placer.columnCount }, found.element);
  return { header, dataRows: Math.max(rows.count - header.headerCount, 0) };
}

/**
 * Rows as they are read, for a caller that passes them on before the table is read to its end
 * (see TableHandover): the header is decided before the first row and does not change.
 */
export type RowsAsRead = (headers: string[], rows: readonly string[][], shown: readonly ShownText[]) => void;

/**
 * What a row passed on as read is left as among the table's rows: its place (row numbers, the
 * count) and its layout stay for the marks, its text does not. The text of 50,000 rows is 650,000
 * strings the page's garbage collector would otherwise walk again and again while the rest is
 * read and until the marks are drawn; the worker has it. Frozen: nothing may write into it.
 */
export const HANDED_OVER: string[] = Object.freeze([]) as unknown as string[];

export interface SlicedRows {
  header: TableHeader;
  rows: string[][];
  layout: LayoutRow[];
  shown: ShownText[];
}

/**
 * Read every data row of an HTML table in slices. Rows whose shown cells are all empty are left
 * out, as in readPageTable. `asRead` gets the rows read, a chunk's worth at a time, and the rest at the end.
 */
export async function readTableInSlices(
  found: FoundTable,
  slicer: TimeSlicer,
  onRows: (rowsRead: number) => void,
  asRead?: RowsAsRead,
): Promise<SlicedRows> {
  const rows = tableRowsOf(found);
  const placer = new CellPlacer();
  const placed: GridRow[] = [];
  for (let i = 0; i < Math.min(rows.count, HEADER_PROBE_ROWS); i++) placed.push(placer.place(sourceRowAt(rows, i)));
  const header = layoutHeader({ rows: placed, columnCount: placer.columnCount }, found.element);
  // Decided on the first rows: a table whose first data rows are all <th> is a table of <th> throughout.
  const probeData = placed.slice(header.headerCount);
  const someDataCells = probeData.length > 0 ? hasDataCells(probeData) : true;
  const dataRowAt = (i: number) =>
    i < placed.length ? layoutDataRow(placed[i]!, header.columns, found.element, someDataCells) : readDataRow(rows, i, placer, header, found.element, someDataCells);
  const read = await readRowsInSlices(header.headers, { from: header.headerCount, to: rows.count, at: dataRowAt }, slicer, onRows, asRead);
  return { header, ...read };
}

/** Rows `from` up to `to` of a table, each laid out when asked (null: not a data row). */
export interface RowSource {
  from: number;
  to: number;
  at: (index: number) => LayoutRow | null;
}

/**
 * Read the text of a table's data rows in slices, yielding to the page between them: any table
 * whose rows can be laid out one at a time (a long HTML table, a long list of cards). Rows whose
 * shown cells are all empty are left out, as in readPageTable.
 */
export async function readRowsInSlices(
  headers: string[],
  source: RowSource,
  slicer: TimeSlicer,
  onRows: (rowsRead: number) => void,
  asRead?: RowsAsRead,
): Promise<Omit<SlicedRows, 'header'>> {
  const texts: string[][] = [];
  const layout: LayoutRow[] = [];
  const shown: ShownText[] = [];
  let passedRows = 0;
  let passedShown = 0;
  const passOn = () => {
    if (!asRead || texts.length === passedRows) return;
    asRead(headers, texts.slice(passedRows), shown.slice(passedShown));
    texts.fill(HANDED_OVER, passedRows);
    [passedRows, passedShown] = [texts.length, shown.length];
  };
  for (let i = source.from; i < source.to; i++) {
    const laid = source.at(i);
    if (laid) {
      const mark = shown.length;
      const cells = rowTexts(laid, { row: texts.length + 1, into: shown });
      if (cells.some((text) => text !== '')) {
        texts.push(cells);
        layout.push(laid);
      } else {
        shown.length = mark;
      }
    }
    if (i % 16 === 0) {
      onRows(texts.length);
      // A chunk's worth at a time: fewer, larger hand-overs cost the page less than one per slice.
      if (texts.length - passedRows >= PAGE_ROWS_PER_CHUNK) passOn();
      await slicer.pause();
    }
  }
  passOn();
  onRows(texts.length);
  return { rows: texts, layout, shown };
}
