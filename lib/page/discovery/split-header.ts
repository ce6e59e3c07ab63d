import { recognizedFieldCount } from '../../core/mapping/catalog-likeness';
import type { FoundTable } from './discover-tables';
import type { GeometryGridParts } from './geometry-grid';
import { gridLines } from '../layout/aria-grid-rows';
import { composedContains } from '../dom/composed-tree';
import type { SourceRow } from '../layout/cell-grid';
import { isFilterRow } from '../layout/filter-row';

/**
 * Grids that keep their header still while the body scrolls often draw the header as a table of
 * its own, above a second table holding only the rows (ERP screens, Element Plus, Ant Design,
 * older DataTables and jqGrid). Read apart, one is a table without rows and the other a table
 * whose first line of goods would be taken for its header. A header table drawn right on top of
 * a headerless table with the same columns is read with it, as one table.
 */

const ALIGN_PX = 3;
/** A header strip drawn as a table of its own holds the header, at most a group row above it. */
const MAX_STRIP_ROWS = 2;
/** Header words alone prove a strip only when they name a couple of catalog fields. */
const MIN_NAMED_FIELDS = 2;

/**
 * More rows than a strip's may be drawn in its table without being seen: a row the grid keeps
 * hidden until asked for (jsGrid's insert row) and a row of filter boxes under the header
 * (jsGrid's, jqGrid's filter toolbar) are no rows of words.
 */
const MAX_STRIP_TABLE_ROWS = MAX_STRIP_ROWS + 2;

/** A strip's rows that show words: its drawn rows, less a row of filter boxes (filter-row.ts). */
function wordRows(table: HTMLTableElement): HTMLTableRowElement[] {
  return Array.from(table.rows).filter((row) => row.checkVisibility() && !isFilterRow(Array.from(row.cells)));
}

/** The last row the strip draws: where the body's cells must start under it. */
function lastDrawnRow(table: HTMLTableElement): HTMLTableRowElement | undefined {
  return Array.from(table.rows).filter((row) => row.checkVisibility()).pop();
}

function isHeaderOnly(table: HTMLTableElement): boolean {
  const rows = wordRows(table);
  return rows.length > 0 && rows.every((row) => row.parentElement?.localName === 'thead' || Array.from(row.cells).every((cell) => cell.localName === 'th'));
}

function hasHeader(table: HTMLTableElement): boolean {
  const first = table.rows[0];
  return table.tHead !== null || (first !== undefined && first.cells.length > 0 && Array.from(first.cells).every((cell) => cell.localName === 'th'));
}

/** The left edges of a row's cells. */
function lefts(row: HTMLTableRowElement | undefined): number[] {
  return row ? Array.from(row.cells).map((cell) => cell.getBoundingClientRect().left) : [];
}

/** The body sits right under the header, and each of its cells starts where a header cell does. */
function fitsUnder(header: HTMLTableElement, body: HTMLTableElement): boolean {
  const headerBox = header.getBoundingClientRect();
  const bodyBox = body.getBoundingClientRect();
  // The body may be scrolled under the header: it starts below the header's top, not necessarily its bottom.
  if (bodyBox.bottom < headerBox.bottom) return false;
  // A frozen right part (vxe-table) draws the whole header shifted left, only its last columns in
  // view, over a body of those columns alone: a body lying within the header's width is under it too.
  const within = bodyBox.left >= headerBox.left - ALIGN_PX && bodyBox.right <= headerBox.right + ALIGN_PX;
  if (!within && Math.abs(bodyBox.left - headerBox.left) > headerBox.width / 2) return false;
  const top = lefts(lastDrawnRow(header));
  const below = lefts(body.rows[0]);
  // Every body cell starts where a header cell does; grids that draw only the columns in view
  // (TOAST UI Grid) draw fewer cells than the header has.
  // A frozen part may hold a single column (the gross weight pinned right).
  const fewestCells = within ? 1 : 2;
  return top.length > 1 && below.length >= fewestCells && below.length <= top.length && below.every((left) => top.some((start) => Math.abs(start - left) <= ALIGN_PX));
}

/** The texts of a table row's cells, as a header mapping reads them. */
function rowTexts(row: HTMLTableRowElement): string[] {
  return Array.from(row.cells, (cell) => (cell.textContent ?? '').trim());
}

/** The first row that shows any text (grids put empty sizing rows first). */
function firstTextRow(table: HTMLTableElement): HTMLTableRowElement | undefined {
  return Array.from(table.rows).find((row) => rowTexts(row).some(Boolean));
}

/**
 * Whether a table is the header strip of the body below it. Marked up as a header (`<thead>` or
 * all `<th>`), it is. Grids that draw it with plain `<td>` (w2ui, jqGrid themes, ERP screens) give
 * only its words: a strip of one or two rows whose last row names more catalog fields than the
 * body's first line does (a one-line table of goods above another names none).
 */
function isHeaderOf(header: HTMLTableElement, body: HTMLTableElement): boolean {
  if (isHeaderOnly(header)) return true;
  const rows = wordRows(header);
  if (rows.length === 0 || rows.length > MAX_STRIP_ROWS) return false;
  const named = recognizedFieldCount(rowTexts(rows[rows.length - 1]!));
  const first = firstTextRow(body);
  return named >= MIN_NAMED_FIELDS && named > (first ? recognizedFieldCount(rowTexts(first)) : 0);
}

/** Two tables drawn in one horizontal band, top and bottom edge to edge (to ALIGN_PX): the parts of one header row. */
function inOneBand(a: Element, b: Element): boolean {
  const boxA = a.getBoundingClientRect();
  const boxB = b.getBoundingClientRect();
  return boxA.height > 0 && Math.abs(boxA.top - boxB.top) <= ALIGN_PX && Math.abs(boxA.bottom - boxB.bottom) <= ALIGN_PX;
}

/**
 * The found tables, each header table joined to the body table it sits on. Found in page order,
 * the header may come before its body or after it (w2ui draws the body first, then the header
 * over it), and frozen columns put tables of their own in between: the body is looked for among
 * all the tables of the same document, by where it is drawn.
 */
export function joinSplitHeaders(found: FoundTable[]): FoundTable[] {
  const headerOf = new Map<FoundTable, HTMLTableElement>();
  const joined = new Set<FoundTable>();
  const join = (isHeader: (header: HTMLTableElement, body: HTMLTableElement) => boolean): void => {
    for (const header of found) {
      if (header.structure !== 'html' || joined.has(header)) continue;
      const headerTable = header.element as HTMLTableElement;
      // Cheap tests first: a strip has few rows; most tables on a page are not one.
      if (headerTable.rows.length === 0 || headerTable.rows.length > MAX_STRIP_TABLE_ROWS || wordRows(headerTable).length > MAX_STRIP_ROWS) continue;
      const body = found.find(
        (candidate) =>
          candidate !== header &&
          candidate.structure === 'html' &&
          candidate.inFrame === header.inFrame &&
          !joined.has(candidate) &&
          !hasHeader(candidate.element as HTMLTableElement) &&
          fitsUnder(headerTable, candidate.element as HTMLTableElement) &&
          isHeader(headerTable, candidate.element as HTMLTableElement),
      );
      if (!body) continue;
      headerOf.set(body, headerTable);
      joined.add(header).add(body);
    }
  };
  join(isHeaderOf);
  // A grid's frozen part has a header strip of its own, in line with the main one's: its words
  // may name a single field (jQuery EasyUI's frozen view: the row numbers' empty corner, "Line",
  // "Part Number"), too few to prove a strip alone. Left apart, the frozen part had no header,
  // and its columns were left out of every line.
  const strips = [...headerOf.values()];
  if (strips.length > 0) join((header) => strips.some((strip) => inOneBand(header, strip)));
  return found.flatMap((table) => {
    const headerTable = headerOf.get(table);
    if (headerTable) return [{ ...table, headerTable }];
    return joined.has(table) ? [] : [table];
  });
}

/**
 * Some grids draw the header as a <table> of its own over a body that is no table at all (Ant
 * Design's virtual Table: rows of <div>s in a virtual list). The body is found by its geometry,
 * with that table's header row as its header line; the header table, read apart, would be a
 * table of column names without a single line, listed beside the grid it belongs to.
 */
export function withoutHeaderStripsOf(found: FoundTable[], grids: readonly GeometryGridParts[]): FoundTable[] {
  const headerLines = grids.flatMap((grid) => (grid.headerRow ? [grid.headerRow] : []));
  if (headerLines.length === 0) return found;
  return found.filter((table) => {
    if (table.structure !== 'html') return true;
    const element = table.element as HTMLTableElement;
    if (element.rows.length > MAX_STRIP_ROWS) return true;
    return !headerLines.some((line) => element.contains(line));
  });
}

/** The texts of a line's cells. */
function lineTexts(line: SourceRow | undefined): string[] {
  return line ? line.cells.map((cell) => (cell.element.textContent ?? '').trim()) : [];
}

/** The left edges of a line's cells. */
function lineLefts(line: SourceRow | undefined): number[] {
  return line ? line.cells.map((cell) => cell.element.getBoundingClientRect().left) : [];
}

/**
 * The header grid's box sits right on top of the body grid's, edge to edge, or at the top of the
 * body grid inside it (react-base-table draws its header as a one-line `role="grid"` inside the
 * `role="table"` it heads, over the body's scrolling box); left edges aligned.
 */
function gridBoxFitsUnder(header: Element, body: Element): boolean {
  const headerBox = header.getBoundingClientRect();
  const bodyBox = body.getBoundingClientRect();
  if (Math.abs(bodyBox.left - headerBox.left) > ALIGN_PX) return false;
  const top = composedContains(body, header) ? bodyBox.top - headerBox.top : bodyBox.top - headerBox.bottom;
  return Math.abs(top) <= ALIGN_PX;
}

/** The body's first line has a cell under each of the header line's cells and none elsewhere. */
function cellsFitUnder(headerLine: SourceRow, bodyLine: SourceRow | undefined): boolean {
  const top = lineLefts(headerLine);
  const below = lineLefts(bodyLine);
  return top.length > 0 && below.length === top.length && below.every((left, i) => Math.abs(top[i]! - left) <= ALIGN_PX);
}

/** A header strip is one line: a grid taller than this is no strip, and its lines are not looked at. */
const MAX_STRIP_HEIGHT_PX = 120;

/**
 * Some grids draw their fixed header row as an ARIA grid of its own above the body grid, its cells
 * marked up as any cell (react-virtualized's MultiGrid: the header row and the corner over the
 * frozen columns are each a role="grid" of one line of role="gridcell"). Read apart, each is a
 * one-line table, and the body's first line of goods would be taken for its header. A one-line
 * grid drawn edge to edge on top of another or at the top inside it, cell over cell, whose words name more catalog
 * fields than the body's first line (the corner over frozen line and part numbers names one), is
 * that grid's header strip.
 */
export function joinHeaderGrids(found: FoundTable[]): FoundTable[] {
  const grids = found.filter((table) => table.structure === 'aria');
  if (grids.length < 2) return found;
  const stripOf = new Map<FoundTable, Element>();
  const strips = new Set<FoundTable>();
  for (const header of grids) {
    if (strips.has(header) || header.element.getBoundingClientRect().height > MAX_STRIP_HEIGHT_PX) continue;
    const headerLines = gridLines(header.element);
    if (headerLines.length !== 1) continue;
    const named = recognizedFieldCount(lineTexts(headerLines[0]));
    if (named === 0) continue;
    const body = grids.find((candidate) => {
      if (candidate === header || candidate.inFrame !== header.inFrame || strips.has(candidate) || stripOf.has(candidate)) return false;
      if (!gridBoxFitsUnder(header.element, candidate.element)) return false;
      const first = gridLines(candidate.element).find((line) => line.section === 'body');
      return cellsFitUnder(headerLines[0]!, first) && named > recognizedFieldCount(lineTexts(first));
    });
    if (!body) continue;
    stripOf.set(body, header.element);
    strips.add(header);
  }
  if (strips.size === 0) return found;
  return found.flatMap((table) => {
    if (strips.has(table)) return [];
    const strip = stripOf.get(table);
    return strip ? [{ ...table, headerGrids: [strip] }] : [table];
  });
}
