import { likelyFieldsOf } from '../../core/mapping/catalog-likeness';
import { MAX_CELL_LENGTH, MAX_COLUMNS } from '../../extension/messaging/message-limits';
import type { CellGrid, GridRow, RowSection } from './cell-grid';
import { fieldNameWithoutLineNumber } from './line-field-names';
import { drawnBox } from './row-box';
import { isSumsRow } from './sums-row';
import { readCell, visibleText } from './visible-text';
import { isCollapsed, isHiddenFromUser, showsNoText } from './visibility';

/** Tables rarely stack more header rows than this; a table made of `<th>` everywhere is not all header. */
const MAX_HEADER_ROWS = 3;

/**
 * A table's shape as the user sees it: the header of each shown column and, for every data
 * row, the element that shows each column's cell. Position `i` in `headers` is column `i` in
 * findings and marks.
 */
export interface TableLayout {
  headers: string[];
  /** For each header position, its column on the placed grid (aria-colindex − 1 where the page states it). */
  columns: number[];
  /** For each header position, the element showing its header (the bottom-most header cell). */
  headerElements: Element[];
  rows: LayoutRow[];
}

export interface LayoutRow {
  readonly element: Element;
  /**
   * Per header position, the cell element (a spanning cell repeats), or null where the row has
   * no cell. May be looked up on each access (plain-table-row.ts): read it once per use.
   */
  readonly cells: (Element | null)[];
  /** Elements inside its cells that name a field rather than show its value (a card's "Quantity:" before "40"): not read. */
  readonly labels?: ReadonlySet<Element>;
  /** Cells whose own text begins with their field's label (a card's "Quantity: 40"), with that label: left out of the text. */
  readonly labelTexts?: ReadonlyMap<Element, string>;
}

function isHeaderRow(row: GridRow): boolean {
  return row.source.section === 'head' || (row.source.cells.length > 0 && row.source.cells.every((cell) => cell.header));
}

/** A title row above the real header: one cell spanning every column ("Entry lines — 7501 Summary"). */
function isTitleRow(row: GridRow, columnCount: number): boolean {
  const first = row.slots[0]?.cell;
  if (columnCount < 2 || first === undefined) return false;
  for (let column = 1; column < columnCount; column++) if (row.slots[column]?.cell !== first) return false;
  return true;
}

/**
 * The field names of the first row's cells, when that row is a line of goods whose controls each
 * name their field ("HTS Code" labelling the input of every line, or `aria-label`): a form laid out
 * as lines of labelled fields has no header row, and its labels are the header. Null otherwise.
 */
function fieldNamesOfFirstRow(grid: CellGrid): (string | null)[] | null {
  const first = grid.rows[0];
  if (!first) return null;
  const second = grid.rows[1];
  const names: (string | null)[] = [];
  let cells = 0;
  let named = 0;
  let previous: Element | null = null;
  for (let column = 0; column < grid.columnCount; column++) {
    const element = first.slots[column]?.cell.element ?? null;
    const name = element && element !== previous ? readCell(element).fieldName : null;
    if (element && element !== previous) cells++;
    if (name) named++;
    // Labels made unique per line ("Quantity, line 1") name the column without their line number.
    const nextElement = second?.slots[column]?.cell.element;
    names.push(name && nextElement ? fieldNameWithoutLineNumber(name, readCell(nextElement).fieldName ?? null) : name);
    previous = element;
  }
  // Most cells named, not one stray labelled box in a row of plain header words.
  return named >= 2 && named * 2 >= cells ? names : null;
}

function headerRowCount(grid: CellGrid): number {
  const { rows } = grid;
  let count = 0;
  // A row of one cell across the table under the header rows heads a group of lines (a <th
  // scope="rowgroup">), not the columns: a title row is above a header, never below it.
  while (count < rows.length && isHeaderRow(rows[count]!) && !(count > 0 && rows[count]!.source.section !== 'head' && isTitleRow(rows[count]!, grid.columnCount))) count++;
  // No marked-up header: the first row is the header, as in a CSV file.
  if (count === 0) return Math.min(1, rows.length);
  if (rows.slice(0, count).every((row) => row.source.section === 'head')) return count;
  // Rows of <th> outside a <thead>: a few make a header; a table of nothing but <th> has one header row.
  return count === rows.length ? 1 : Math.min(count, MAX_HEADER_ROWS);
}

/**
 * Two-row headers name a group above its columns: "Weight" over "Net (kg)" and "Gross (kg)".
 * Each column's header is its cells from top to bottom, each once: "Weight Net (kg)", which the
 * header mapping reads as net weight.
 */
function combinedHeader(headerRows: readonly GridRow[], column: number, table: Element, texts: Map<Element, string>): string {
  const words: string[] = [];
  let previous: Element | null = null;
  for (const row of headerRows) {
    const element = row.slots[column]?.cell.element ?? null;
    if (!element || element === previous) continue;
    previous = element;
    let text = texts.get(element);
    if (text === undefined) {
      text = isHiddenFromUser(element, table) ? '' : visibleText(element);
      texts.set(element, text);
    }
    if (text !== '' && words[words.length - 1] !== text) words.push(text);
  }
  return words.join(' ').slice(0, MAX_CELL_LENGTH);
}

/** The element that shows a column's header, bottom-most first: hidden there means a hidden column. */
function headerElement(headerRows: readonly GridRow[], column: number): Element | null {
  for (let i = headerRows.length - 1; i >= 0; i--) {
    const element = headerRows[i]!.slots[column]?.cell.element;
    if (element) return element;
  }
  return null;
}

/** A header cell of no width and no words: a grid's spacer column (w2ui's "start"), nothing a user can see or name. */
function isSpacerColumn(header: Element): boolean {
  return header.getBoundingClientRect().width < 1 && showsNoText(header);
}

/** A tick box, native or drawn with ARIA roles. */
const TICK_BOX = 'input[type="checkbox"], input[type="radio"], [role="checkbox"], [role="radio"]';

/**
 * A grid's row-selection column (a checkbox column drawn by the grid: AG Grid's, MUI X's and Ant
 * Design's, as the browser tests show them; most data grids draw one): its header shows no words
 * (at most a "select all" box, named for screen readers only), and its cells hold a tick box and
 * no words. A tick box is no value a catalog cell holds
 * (visible-text.ts), so read, it was a column headed "" whose every cell was "", put before the
 * catalog's own: every column the page and the worker share was shifted by one, and the rows the
 * worker got were not the page's. Decided on the header and the lines drawn now, the same at every
 * look of a grid read by scrolling (every line drawn has its box, and the header its own).
 */
function isSelectionColumn(header: Element, cells: readonly Element[]): boolean {
  if (header.querySelector(TICK_BOX) === null && !cells.some((cell) => cell.querySelector(TICK_BOX) !== null)) return false;
  return cells.every((cell) => readCell(cell).text === '');
}

/** The cells of one column in the data rows of a placed grid (a spanning cell once). */
function dataCellsOf(grid: CellGrid, headerCount: number, column: number): Element[] {
  const cells = new Set<Element>();
  for (let i = headerCount; i < grid.rows.length; i++) {
    const element = grid.rows[i]!.slots[column]?.cell.element;
    if (element) cells.add(element);
  }
  return [...cells];
}

/** A table's header as decided from its first rows: its columns and how many rows it takes. */
export interface TableHeader {
  headers: string[];
  columns: number[];
  headerElements: Element[];
  /** How many rows from the top are header rows (title rows included). */
  headerCount: number;
}

/** Decide a placed table's header rows and its shown columns (columns whose header is hidden are left out). */
export function layoutHeader(grid: CellGrid, table: Element): TableHeader {
  const headerCount = headerRowCount(grid);
  const fieldNames = headerCount === 1 && !isHeaderRow(grid.rows[0]!) ? fieldNamesOfFirstRow(grid) : null;
  if (fieldNames) return headerOfFieldNames(grid, fieldNames, table);
  const titled = grid.rows.slice(0, headerCount).filter((row, index, all) => !(index < all.length - 1 && isTitleRow(row, grid.columnCount)));
  // A line of sums drawn with the header names no column (sums-row.ts); it stays a header row, no line of goods.
  const named = titled.filter((row) => !isSumsRow(row.source.cells.map((cell) => cell.element)));
  // A header row the grid keeps hidden (jsGrid's row for a new line, under its header and filter
  // row) shows no column's name: taken as the bottom-most, it hid every column.
  const drawn = named.filter((row) => !isHiddenFromUser(row.source.element, table));
  const headerRows = drawn.length > 0 ? drawn : named.length > 0 ? named : titled;

  const shown: HeaderColumn[] = [];
  const collapsed: HeaderColumn[] = [];
  const headerTexts = new Map<Element, string>();
  for (let column = 0; column < grid.columnCount && shown.length < MAX_COLUMNS; column++) {
    const element = headerElement(headerRows, column);
    // A column without a header cell is a ragged row's overhang, not a column the user can name.
    if (!element || isSpacerColumn(element)) continue;
    if (!isHiddenFromUser(element, table)) {
      const header = combinedHeader(headerRows, column, table, headerTexts);
      if (header === '' && isSelectionColumn(element, dataCellsOf(grid, headerCount, column))) continue;
      shown.push({ column, element, header });
    } else if (isCollapsed(element, table)) collapsed.push({ column, element, header: collapsedHeader(element) });
  }
  const all = [...shown, ...collapsedFieldColumns(shown, collapsed)].sort((a, b) => a.column - b.column).slice(0, MAX_COLUMNS);
  return { headers: all.map((c) => c.header), columns: all.map((c) => c.column), headerElements: all.map((c) => c.element), headerCount };
}

/** A column on the placed grid, the element showing its header, and the header's words. */
interface HeaderColumn {
  column: number;
  element: Element;
  header: string;
}

/** A collapsed column's header: its words, though not shown (see isCollapsed). */
function collapsedHeader(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_CELL_LENGTH);
}

/**
 * The collapsed columns (a responsive table's, see isCollapsed) that name a catalog field no shown
 * column names: a narrow window must not drop the quantities from the check, while an app's hidden
 * bookkeeping columns ("Cost center" beside a "Unit price") or a code behind a shown name stay out.
 */
function collapsedFieldColumns(shown: readonly HeaderColumn[], collapsed: readonly HeaderColumn[]): HeaderColumn[] {
  if (collapsed.length === 0) return [];
  const shownFields = new Set(shown.flatMap((column) => likelyFieldsOf(column.header)));
  const takenFields = new Set<string>();
  const taken: HeaderColumn[] = [];
  for (const column of collapsed) {
    const fields = likelyFieldsOf(column.header);
    if (fields.length === 0 || fields.some((field) => shownFields.has(field)) || takenFields.has(fields[0]!)) continue;
    takenFields.add(fields[0]!);
    taken.push(column);
  }
  return taken;
}

/** The header of a table without a header row, from the names its first line's controls carry (see fieldNamesOfFirstRow). */
function headerOfFieldNames(grid: CellGrid, names: readonly (string | null)[], table: Element): TableHeader {
  const first = grid.rows[0]!;
  const header: TableHeader = { headers: [], columns: [], headerElements: [], headerCount: 0 };
  for (let column = 0; column < grid.columnCount && header.columns.length < MAX_COLUMNS; column++) {
    const element = first.slots[column]?.cell.element;
    if (!element || isHiddenFromUser(element, table)) continue;
    header.columns.push(column);
    header.headerElements.push(element);
    header.headers.push((names[column] ?? '').slice(0, MAX_CELL_LENGTH));
  }
  return header;
}

/**
 * A data row's cells under the header's columns; null for rows that hold no goods: footers
 * (totals), header rows repeated down a long table (for printing), hidden rows. Some pages mark
 * up every cell as <th>: then (`someDataCells` false) those rows are the data.
 */
export function layoutDataRow(row: GridRow, columns: readonly number[], table: Element, someDataCells: boolean, keepSectionRows = false): LayoutRow | null {
  if (isLayoutRow(row, columns.length) || (!keepSectionRows && isSectionRow(row)) || !holdsGoods(row.source.element, row.source.section, isHeaderRow(row), table, someDataCells)) return null;
  return { element: row.source.element, cells: columns.map((column) => row.slots[column]?.cell.element ?? null) };
}

/**
 * Rows a grid draws for its own layout, never a line of goods: a row of no height (the sizing row
 * that sets column widths, w2ui and jqGrid) and a spacer row (see isSpacerRow).
 */
function isLayoutRow(row: GridRow, columnCount: number): boolean {
  const { element, cells } = row.source;
  // A row drawn with no height (see drawnBox: not one whose cells float, nor one of `display:
  // contents`, which has no box at all and whose cells are laid out on the grid's own CSS grid).
  if (element.getClientRects().length > 0 && drawnBox(element, () => cells.map((cell) => cell.element)).height < 1) return true;
  return cells.length === 1 && isSpacerRow(cells[0]!.element, cells[0]!.colSpan, columnCount);
}

/**
 * A row that heads a group of lines ("Purchase order 4500012345 · Container MSKU1234567"): its
 * words in one cell spanning several columns, every other cell of the row empty. A line of goods
 * puts its values in their columns. (A subtotal row, its label spanning the first columns and its
 * amounts in theirs, is read, and left out as a total by the checks: core/catalog/summary-rows.)
 */
function isSectionRow(row: GridRow): boolean {
  const { cells } = row.source;
  // Most rows span nothing: no cell's text is looked at for them.
  if (!cells.some((cell) => cell.colSpan > 1)) return false;
  let words = 0;
  for (const cell of cells) {
    if (showsNoText(cell.element)) continue;
    if (cell.colSpan < 2 || ++words > 1) return false;
  }
  return words === 1;
}

/** Cells a user types into: an empty one is a blank line of a form, not a spacer. */
const CONTROL = 'input, select, textarea, [contenteditable]';

/**
 * The spacer a virtual table grows above and below the rows it renders, standing for the rows
 * not drawn: a row of one empty cell, spanning the row (colspan) or not at all (react-virtuoso's
 * filler rows are a lone `<td style="height: …">`). A line of goods in a table of several columns
 * has a cell per column, even when empty; a lone cell holding a control is a form's line.
 */
export function isSpacerRow(onlyCell: Element, colSpan: number, columnCount: number): boolean {
  if (!showsNoText(onlyCell)) return false;
  return colSpan > 1 || (columnCount > 1 && onlyCell.querySelector(CONTROL) === null);
}

/** The data-row decision of layoutDataRow, from the row's facts however they were found (placed, or a plain row's). */
export function holdsGoods(element: Element, section: RowSection, headerLike: boolean, table: Element, someDataCells: boolean): boolean {
  if (section === 'foot' || (someDataCells && headerLike)) return false;
  return !isHiddenFromUser(element, table);
}

/** Whether any of these rows is a data row rather than a header-like row. */
export function hasDataCells(rows: readonly GridRow[]): boolean {
  return rows.some((row) => !isHeaderRow(row));
}

/**
 * Decide a placed table's header rows, its shown columns and its data rows. Columns whose header
 * is hidden are left out (and so are their cells in every row), as are hidden rows, footer rows,
 * header rows repeated in the body and, unless `keepSectionRows`, rows heading a group of lines.
 * A grid read by scrolling keeps them: it numbers its rows (aria-rowindex, or where they sit), and
 * a group row left out there was a gap no later look could fill ("0 rows checked").
 */
export function layoutTable(grid: CellGrid, table: Element, { keepSectionRows = false } = {}): TableLayout {
  const { headers, columns, headerElements, headerCount } = layoutHeader(grid, table);
  const rows: LayoutRow[] = [];
  const dataRows = grid.rows.slice(headerCount);
  const someDataCells = hasDataCells(dataRows);
  for (const row of dataRows) {
    const laid = layoutDataRow(row, columns, table, someDataCells, keepSectionRows);
    if (laid) rows.push(laid);
  }
  return { headers, columns, headerElements, rows };
}

/** A cell whose shown text differs from its value (a <select>'s label beside the code it submits). */
export interface ShownText {
  /** 1-based data row and 0-based column, as in findings and marks. */
  row: number;
  column: number;
  text: string;
}

/** "Quantity: 40" read as "40", when the cell's text begins with its label. */
function withoutLabelText(text: string, label: string | undefined): string {
  return label !== undefined && text.startsWith(label) ? text.slice(label.length).trimStart() : text;
}

/** The value a cell of `row` shows, its field's label left out (a card's "Quantity:" before "40"). */
export function cellValueText(element: Element, row: Pick<LayoutRow, 'labels' | 'labelTexts'>): string {
  return withoutLabelText(readCell(element, row.labels).text, row.labelTexts?.get(element));
}

/**
 * The text of each data row's cells. A cell spanning several columns is read once, in the first
 * of them, as the user reads one value there. Cells that show something else than their value
 * are reported to `shown` (with `row` as their data row number).
 */
export function rowTexts(row: LayoutRow, shown?: { row: number; into: ShownText[] }): string[] {
  const texts: string[] = [];
  // Once: a plain row of a long table looks its cells up when asked (plain-table-row.ts).
  const cells = row.cells;
  for (let i = 0; i < cells.length; i++) {
    const element = cells[i];
    if (!element || element === cells[i - 1]) {
      texts.push('');
      continue;
    }
    const cell = readCell(element, row.labels);
    texts.push(withoutLabelText(cell.text, row.labelTexts?.get(element)));
    if (cell.shown !== null && shown) shown.into.push({ row: shown.row, column: i, text: cell.shown });
  }
  return texts;
}
