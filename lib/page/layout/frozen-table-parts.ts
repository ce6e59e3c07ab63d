import type { SourceRow } from './cell-grid';
import type { FoundTable } from '../discovery/discover-tables';
import { htmlTableRows } from './html-table-rows';
import { joinRowsByGeometry } from './split-rows';

/**
 * The rows of an HTML table grid whose frozen columns are drawn as tables of their own laid over
 * the main one (see frozen-side-tables.ts). The main table keeps a hidden placeholder cell for
 * each frozen column, and a side table holds only its own columns (or all of them, the others
 * hidden), so a side cell's place in its own row says nothing about its column in the catalog.
 * Each part's header does: a cell's column is the main header's column of the same words as the
 * part's header cell it sits under. Cells then state their columns, the parts of a line are
 * joined by geometry, and where a placeholder and a side cell hold the same column the one the
 * user sees is read (split-rows.ts).
 */

interface Part {
  table: HTMLTableElement;
  header: HTMLTableElement | undefined;
}

function headerWords(cell: Element): string {
  return (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A part's rows, its header table's (if any) first, as head rows. */
function partRows({ table, header }: Part): SourceRow[] {
  const body = htmlTableRows(table);
  return header ? [...htmlTableRows(header).map((row): SourceRow => ({ ...row, section: 'head' })), ...body] : body;
}

const isHeaderRow = (row: SourceRow): boolean => row.section === 'head' || (row.cells.length > 0 && row.cells.every((cell) => cell.header));

/** The horizontal overlap of two boxes. */
function overlap(a: DOMRect, b: DOMRect): number {
  return Math.min(a.right, b.right) - Math.max(a.left, b.left);
}

/**
 * State the column of every cell of a part's rows: header cells by their words, body cells by
 * the header cell they sit under (most overlap). False when a cell cannot be placed so: the
 * parts are then not of one header, and the caller reads the main table alone.
 */
function stateColumns(rows: SourceRow[], columnByWords: ReadonlyMap<string, number>, columnOfCell: ReadonlyMap<Element, number>): boolean {
  const header = [...rows].reverse().find(isHeaderRow);
  if (!header || header.cells.some((cell) => cell.colSpan !== 1)) return false;
  const headerCells = header.cells.map((cell) => ({ box: cell.element.getBoundingClientRect(), column: columnByWords.get(headerWords(cell.element)) ?? columnOfCell.get(cell.element) }));
  for (const row of rows) {
    if (isHeaderRow(row)) {
      if (row !== header) continue;
      for (const [i, cell] of row.cells.entries()) {
        const column = headerCells[i]!.column;
        if (column === undefined) return false;
        cell.column = column;
      }
      continue;
    }
    for (const cell of row.cells) {
      const box = cell.element.getBoundingClientRect();
      let best: number | undefined;
      let most = 0;
      for (const under of headerCells) {
        const shared = overlap(box, under.box);
        if (shared > most) [best, most] = [under.column, shared];
      }
      if (best === undefined) return false;
      cell.column = best;
    }
  }
  return true;
}

/** The words of a part's header cells, left to right (its header's last row). */
function partHeaderWords(rows: readonly SourceRow[]): string[] {
  return [...rows].reverse().find(isHeaderRow)?.cells.map((cell) => headerWords(cell.element)) ?? [];
}

/** A part's header cells, left to right (its header's last row). */
function partHeaderCells(rows: readonly SourceRow[]): Element[] {
  return [...rows].reverse().find(isHeaderRow)?.cells.map((cell) => cell.element) ?? [];
}

/**
 * A part none of whose header words the main header has: its columns are its own, drawn beside
 * the main table rather than over placeholders in it (TOAST UI Grid's frozen side area).
 */
function ownColumns(words: readonly string[], mainWords: ReadonlySet<string>): boolean {
  return words.length > 0 && words.every((word) => !mainWords.has(word));
}

export function frozenTableRows(found: FoundTable): SourceRow[] {
  const main: Part = { table: found.element as HTMLTableElement, header: found.headerTable };
  const mainRows = partRows(main);
  const partOf = (table: Element): Part => ({ table: table as HTMLTableElement, header: found.sideHeaderTables?.get(table) });
  const before = (found.sidesBefore ?? []).map((table) => partRows(partOf(table)));
  const after = (found.sidesAfter ?? []).map((table) => partRows(partOf(table)));
  // The main header's words name the catalog's columns; the first of two same words wins. A part
  // with columns of its own adds them before the main ones (left of it) or after (right of it),
  // so the catalog's columns read left to right as the user sees them.
  const mainHeader = [...mainRows].reverse().find(isHeaderRow);
  const mainWords = new Set(partHeaderWords(mainRows));
  const columnByWords = new Map<string, number>();
  // A part with columns of its own may head one with no words: a row-number column's empty
  // corner (jQuery EasyUI's frozen view). It is a column all the same, known by its header cell;
  // unplaced, the whole part was dropped and every line lost its line and part numbers.
  const columnOfCell = new Map<Element, number>();
  const nextColumn = (): number => Math.max(-1, ...columnByWords.values(), ...columnOfCell.values()) + 1;
  const addColumns = (words: readonly string[], cells: readonly Element[] = []) => {
    const first = nextColumn();
    words.forEach((word, i) => {
      if (word !== '' && !columnByWords.has(word)) columnByWords.set(word, first + i);
      else if (word === '' && cells[i]) columnOfCell.set(cells[i]!, first + i);
    });
  };
  const addOwnColumns = (rows: readonly SourceRow[]) => {
    const words = partHeaderWords(rows);
    if (ownColumns(words.filter(Boolean), mainWords)) addColumns(words, partHeaderCells(rows));
  };
  before.forEach(addOwnColumns);
  addColumns(mainHeader?.cells.map((cell) => headerWords(cell.element)) ?? []);
  after.forEach(addOwnColumns);
  // Only the main header's last row is stated; rows above it (column groups) would not line up.
  const headRowsAbove = mainRows.filter((row) => isHeaderRow(row) && row !== mainHeader);
  const sideRows = [...before, ...after];
  if (!mainHeader || headRowsAbove.length > 0 || !stateColumns(mainRows, columnByWords, columnOfCell) || !sideRows.every((rows) => stateColumns(rows, columnByWords, columnOfCell))) {
    return partRows(main);
  }
  // Side parts first: a line's frozen left cells come before its scrolling ones, in page order.
  return joinRowsByGeometry([...sideRows.flat(), ...mainRows]);
}
