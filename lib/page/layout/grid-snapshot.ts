import { ariaGridRows, ariaInteger, headerRowIndex, ownRowsCounted, unindexedHeaderRows } from './aria-grid-rows';
import { placeCells, type SourceRow } from './cell-grid';
import type { FoundTable } from '../discovery/discover-tables';
import type { GridAdapter } from '../grid-adapters';
import { frozenTableRows } from './frozen-table-parts';
import { htmlTableRows } from './html-table-rows';
import { geometryGridRows, placeUnderHeaders } from './geometry-rows';
import { layoutTable, type LayoutRow } from './table-layout';
import { cardLayout } from './card-rows';
import type { CellPlacementMemo } from './placement-memo';
import { countsRowsDrawn } from './drawn-row-positions';

/**
 * What a grid shows right now: its header cells and its rendered data rows, each cell keyed by
 * its column on the placed grid (aria-colindex − 1 where the grid states it), each row with the
 * data row number it states (aria-rowindex, or the library's own attribute). A virtualised grid
 * shows a different part after every scroll; the scroll reader merges the parts by these keys.
 */
export interface GridSnapshot {
  /** Header text and element per grid column, for the columns rendered now (no element: a card list's labels, written in every card). */
  headers: Map<number, { text: string; element: Element | null }>;
  rows: RenderedRow[];
  /** The last aria-rowindex a header row takes (0 when none states one): aria-rowcount counts header rows too. */
  headerRowIndex: number;
  /** Header rows that state no aria-rowindex, when none does (see unindexedHeaderRows); the reader tells at the grid's top whether they are counted. */
  unindexedHeaderRows: number;
  /** The library's own rows left out (pinned totals) that aria-rowcount counts all the same. */
  ownRows: number;
  /** Every row element drawn now, header rows included: what a count of the rows drawn would say (wholeRowCount). */
  rowsDrawn: number;
}

export interface RenderedRow extends Pick<LayoutRow, 'labels' | 'labelTexts'> {
  element: Element;
  /** 1-based data row the grid states for it; null when it states none. */
  number: number | null;
  /** Cell element per grid column. */
  cells: Map<number, Element>;
  /** Columns the row shows empty, with no element for them: a card without that field. */
  absent?: number[];
}

export function sourceRowsOf(found: FoundTable, memo?: CellPlacementMemo): SourceRow[] {
  switch (found.structure) {
    case 'geometry':
      return geometryGridRows(found.parts!, memo);
    // Read by their labels (card-rows.ts, cardSnapshot), never by rows and cells.
    case 'cards':
      return [];
    case 'aria':
      return ariaGridRows(found.element, found.sidesBefore, found.sidesAfter, found.headerGrids);
    case 'html': {
      if (found.sidesBefore?.length || found.sidesAfter?.length) return frozenTableRows(found);
      const body = htmlTableRows(found.element as HTMLTableElement);
      if (!found.headerTable) return body;
      // A header drawn as a table of its own: its rows are this table's header rows.
      return [...htmlTableRows(found.headerTable).map((row): SourceRow => ({ ...row, section: 'head' })), ...body];
    }
  }
}

/**
 * `memo`, kept over the looks of one reading, spares measuring again where the cells of a row
 * shown at an earlier look sit (see placement-memo.ts).
 */
export function snapshotGrid(found: FoundTable, adapter: GridAdapter | null, memo?: CellPlacementMemo): GridSnapshot {
  if (found.structure === 'cards') return cardSnapshot(found);
  const sourceRows = sourceRowsOf(found, memo);
  placeUnderHeaders(sourceRows, memo);
  if (adapter?.columnOf) {
    for (const row of sourceRows) {
      for (const cell of row.cells) cell.column = adapter.columnOf(cell.element) ?? cell.column;
    }
  }
  // Group rows are kept as rows: the grid numbers them among its lines (see layoutTable).
  const layout = layoutTable(placeCells(sourceRows), found.element, { keepSectionRows: true });
  const headerIndex = headerRowIndex(sourceRows);

  const headers = new Map<number, { text: string; element: Element }>();
  const own = new Set<number>();
  layout.columns.forEach((column, position) => {
    const element = layout.headerElements[position];
    if (!element) return;
    if (adapter?.isOwnColumn?.(element)) own.add(column);
    else headers.set(column, { text: layout.headers[position]!, element });
  });

  // A line whose cells state no column and which shows fewer cells than there are columns is a
  // part of a line (a frozen part drawn before or without the scrolling one): its cells would be
  // taken for the first columns. It is read when the grid shows it whole.
  const statesNoColumns = new Set(sourceRows.filter((row) => row.cells.every((cell) => cell.column === null)).map((row) => row.element));
  const indexesNumberLines = !countsRowsDrawn(sourceRows.map((row) => row.element));
  const rows: RenderedRow[] = [];
  for (const row of layout.rows) {
    if (adapter?.isOwnRow?.(row.element)) continue;
    if (statesNoColumns.has(row.element) && row.cells.some((cell) => cell === null)) continue;
    const stated = adapter?.rowNumber?.(row.element) ?? null;
    const ariaIndex = indexesNumberLines ? ariaInteger(row.element, 'aria-rowindex') : null;
    const number = stated ?? (ariaIndex !== null && ariaIndex > headerIndex ? ariaIndex - headerIndex : null);
    const cells = new Map<number, Element>();
    layout.columns.forEach((column, position) => {
      const cell = row.cells[position];
      if (cell && !own.has(column)) cells.set(column, cell);
    });
    rows.push({ element: row.element, number, cells });
  }
  const ownRows = adapter?.isOwnRow ? ownRowsCounted(layout.rows.map((row) => row.element), adapter.isOwnRow, headerIndex) : 0;
  return { headers, rows, headerRowIndex: headerIndex, unindexedHeaderRows: unindexedHeaderRows(sourceRows), ownRows, rowsDrawn: sourceRows.length };
}

/** The header cells a look shows (a card list has none: its labels are written in every card). */
export function headerElements(snapshot: GridSnapshot): Element[] {
  return [...snapshot.headers.values()].flatMap((header) => (header.element ? [header.element] : []));
}

/**
 * A card list as a grid shows itself: each card drawn now is a row stating no number, each field's
 * value its cell under the label's column, a field the card lacks an absent cell. A list that
 * draws only the cards in view (page-table.ts) is read by scrolling it as a grid is.
 */
function cardSnapshot(found: FoundTable): GridSnapshot {
  const { headers, rows } = cardLayout(found);
  return {
    // A card list has no header cells: its labels are written in every card.
    headers: new Map(headers.map((text, column) => [column, { text, element: null }])),
    rows: rows.map((row): RenderedRow => {
      const cells = new Map<number, Element>();
      const absent: number[] = [];
      row.cells.forEach((cell, column) => (cell ? cells.set(column, cell) : absent.push(column)));
      return { element: row.element, number: null, cells, absent, ...(row.labels && { labels: row.labels }), ...(row.labelTexts && { labelTexts: row.labelTexts }) };
    }),
    headerRowIndex: 0,
    unindexedHeaderRows: 0,
    rowsDrawn: 0,
    ownRows: 0,
  };
}
