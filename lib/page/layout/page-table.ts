import type { PageTableSummary } from '../../extension/messaging/messages';
import { headerRowsCounted, ownRowsCounted, wholeRowCount } from './aria-grid-rows';
import { placeCells } from './cell-grid';
import type { FoundTable } from '../discovery/discover-tables';
import { type GridAdapter, gridAdapterFor } from '../grid-adapters';
import { sourceRowsOf } from './grid-snapshot';
import type { LiveGrid } from '../virtual-scroll/live-grid';
import { rendersOnlyInView } from '../virtual-scroll/scroll-container';
import { type LayoutRow, layoutTable, rowTexts, type ShownText } from './table-layout';
import { tableName } from '../discovery/table-label';
import { readRowsInSlices, readTableInSlices, type RowsAsRead, tableHeaderOf } from './sliced-table-reader';
import { cardLayout, cardListOf, CardRowReader } from './card-rows';
import { renderedElements } from '../dom/composed-tree';
import type { TimeSlicer } from '../time-slices';

export type PageTableKind = PageTableSummary['kind'];

/**
 * A table read from the page: its text, as the catalog readers produce it from files, and for
 * every data row the elements showing it, so findings can be drawn on the exact cell.
 * `rows[i]` and `layout[i]` are data row i + 1 (`layout` has holes for rows not on the page now:
 * other pages of a paged table; a grid read by scrolling has none and finds its rows through `live`).
 * A long table handed to the worker as it was read keeps HANDED_OVER in place of each row's text.
 */
export interface PageTable {
  found: FoundTable;
  kind: PageTableKind;
  /** The page's own name for the table ("" when it has none). */
  name: string;
  headers: string[];
  rows: string[][];
  layout: LayoutRow[];
  /** For grids that render only some rows: how many the grid says it has (aria-rowcount, header rows included). */
  declaredRows: number | null;
  /** Data rows the grid says it has (aria-rowcount less its header rows); null when it does not say. */
  rowsExpected: number | null;
  /** The grid library that drew the table, when it is one we know. */
  adapter: GridAdapter | null;
  /** The table renders only the rows in view: it must be scrolled to be read whole. */
  scrolling: boolean;
  /** For a table read by scrolling: how to find its rows again as the grid re-renders them. */
  live?: LiveGrid;
  /** For a long table listed without reading its rows (see tableShape): how many data rows it has. */
  listedRows?: number;
  /** Cells whose shown text differs from their value (a <select>'s label): kept for the report. */
  shownTexts?: ShownText[];
}

/** HTML tables longer than this are read in slices, and listed by their header and row count alone. */
export const LONG_TABLE_ROWS = 1_000;

function isLongHtmlTable(found: FoundTable): boolean {
  return found.structure === 'html' && (found.element as HTMLTableElement).rows.length > LONG_TABLE_ROWS;
}

/**
 * Card lists longer than this are read in slices, and listed by their labels and card count alone:
 * a card is read by walking all its elements, a dozen fields' worth, far more than a table row.
 */
export const LONG_CARD_LIST = 200;

function isLongCardList(found: FoundTable): boolean {
  return found.structure === 'cards' && cardListOf(found).cards.length > LONG_CARD_LIST;
}

/** The header and laid-out data rows of a found table, and how many rows its source has. */
function layoutOf(found: FoundTable): { headers: string[]; rows: LayoutRow[]; sourceRowCount: number; headerRows: number } {
  if (found.structure === 'cards') {
    const { headers, rows, cardCount } = cardLayout(found);
    return { headers, rows, sourceRowCount: cardCount, headerRows: 0 };
  }
  const sourceRows = sourceRowsOf(found);
  const { headers, rows } = layoutTable(placeCells(sourceRows), found.element);
  return { headers, rows, sourceRowCount: sourceRows.length, headerRows: headerRowsCounted(sourceRows) };
}

/**
 * Read a found table. Rows whose every shown cell is empty are left out, as blank lines are in
 * CSV files: they are the "new line" row of an editable grid or spacing, never goods.
 */
export function readPageTable(found: FoundTable): PageTable {
  const { headers, rows: layoutRows, sourceRowCount, headerRows } = layoutOf(found);

  const rows: string[][] = [];
  const layout: LayoutRow[] = [];
  const shown: ShownText[] = [];
  for (const row of layoutRows) {
    const mark = shown.length;
    const texts = rowTexts(row, { row: rows.length + 1, into: shown });
    if (texts.every((text) => text === '')) {
      shown.length = mark;
      continue;
    }
    rows.push(texts);
    layout.push(row);
  }
  // Whether it draws only the rows in view is judged from its lines, or with none, from the rows
  // it draws: a lazy grid shows placeholders of no text until its server answers
  // (placeholder-row.ts), and judged from no line it was taken for a table of no rows. Not from
  // both: spacer rows above and below the lines (Clusterize's) span the whole content.
  const drawn = (layout.length > 0 ? layout : layoutRows).map((row) => row.element);
  return { ...describeTable(found, headers, rows, layout, sourceRowCount, headerRows, drawn), ...(shown.length > 0 ? { shownTexts: shown } : {}) };
}

/**
 * Read a found table without holding the page: a long HTML table row by row in slices, yielding
 * between them (see sliced-table-reader.ts), its rows passed to `asRead` as they are read; any
 * other table (grids render a screenful) at once.
 */
export async function readPageTableSliced(found: FoundTable, slicer: TimeSlicer, onRows: (rowsRead: number) => void, asRead?: RowsAsRead): Promise<PageTable> {
  if (isLongCardList(found)) return readCardListSliced(found, slicer, onRows, asRead);
  if (!isLongHtmlTable(found)) return readPageTable(found);
  const { header, rows, layout, shown } = await readTableInSlices(found, slicer, onRows, asRead);
  const table = describeTable(found, header.headers, rows, layout, (found.element as HTMLTableElement).rows.length, 0);
  return shown.length > 0 ? { ...table, shownTexts: shown } : table;
}

/**
 * A table as the list of tables shows it: a long HTML table by its header and row count alone
 * (reading 150,000 rows to offer them in a picker would hold the page for seconds), any other
 * table read as usual.
 */
/** A long card list read card by card, yielding to the page between slices (see readRowsInSlices). */
async function readCardListSliced(found: FoundTable, slicer: TimeSlicer, onRows: (rowsRead: number) => void, asRead?: RowsAsRead): Promise<PageTable> {
  const { keys, headers } = cardListOf(found);
  const reader = new CardRowReader(found, keys);
  const cards = renderedElements(found.element);
  const read = await readRowsInSlices([...headers], { from: 0, to: cards.length, at: (i) => reader.rowOf(cards[i]!) }, slicer, onRows, asRead);
  const table = describeTable(found, [...headers], read.rows, read.layout, cards.length, 0);
  return read.shown.length > 0 ? { ...table, shownTexts: read.shown } : table;
}

export function tableShape(found: FoundTable): PageTable {
  if (isLongCardList(found)) {
    // Listed by the labels and cards found: reading 5,000 cards to offer them in a picker would hold the page.
    const { headers, cards } = cardListOf(found);
    return { ...describeTable(found, [...headers], [], [], cards.length, 0), listedRows: cards.length };
  }
  if (!isLongHtmlTable(found)) return readPageTable(found);
  const { header, dataRows } = tableHeaderOf(found);
  // Whether it renders only in view is judged from its first and last rows, as reading it would:
  // a table streamed as it is read must be read the way its shape said (see takenAsRead).
  const body = (found.element as HTMLTableElement).rows;
  const edges = [body[0], body[body.length - 1]].filter((row): row is HTMLTableRowElement => row !== undefined);
  return { ...describeTable(found, header.headers, [], [], dataRows, 0, edges), listedRows: dataRows };
}

/** What kind of table it is, what it says of its size, and whether it must be scrolled to be read. */
function describeTable(
  found: FoundTable,
  headers: string[],
  rows: string[][],
  layout: LayoutRow[],
  sourceRowCount: number,
  headerRows: number,
  shownRows: readonly Element[] = layout.map((row) => row.element),
): PageTable {
  // Web-component grids (Vaadin) put role="treegrid" and aria-rowcount on a <table> in their shadow root.
  const cards = found.structure === 'cards';
  const onlyInView = rendersOnlyInView(shownRows, found.element);
  const declared = found.structure === 'geometry' || cards ? null : wholeRowCount(found.element, sourceRowCount, onlyInView);
  const adapter = cards ? null : gridAdapterFor(found.element);
  // A card list is read card by card as the page holds them (card-rows.ts), unless it draws only
  // the cards in view: then it is scrolled through as a grid is.
  const scrolling = (declared !== null && declared > sourceRowCount) || (adapter?.virtual ?? false) || onlyInView;
  // A card list scrolled through is still shown to the user as cards.
  const kind: PageTableKind = scrolling && !cards
    ? 'virtual-grid'
    : found.inFrame
      ? 'iframe-table'
      : found.structure === 'html'
        ? 'html-table'
        : cards
          ? 'card-list'
          : 'aria-grid';
  // Pinned totals lines the library draws for itself are counted in aria-rowcount too.
  const notDataRows = headerRows + (declared !== null && adapter?.isOwnRow ? ownRowsCounted(shownRows, adapter.isOwnRow, headerRows) : 0);
  const rowsExpected = declared !== null && declared > notDataRows ? declared - notDataRows : null;
  return { found, kind, name: tableName(found.element), headers, rows, layout, declaredRows: declared, rowsExpected, adapter, scrolling };
}
