import { pagerRowsIn } from '../paging/pager-rows';
import { ARIA_GRID_SELECTOR } from '../layout/aria-grid-rows';
import { isLineTable } from '../layout/line-cells';
import { composedContains, composedQueryAllSteps } from '../dom/composed-tree';
import { WALK_STEP } from '../dom/element-walk';
import { runAtOnce, runInSlices, type Steps, type TimeSlicer } from '../time-slices';
import type { CardList } from './card-lists';
import { findCardLists, findCardListsSliced } from './find-card-lists';
import { frameDocument } from './foreign-frames';
import { type GeometryGridParts, geometryGridSteps, gridRootOf } from './geometry-grid';
import { joinFrozenSideTables } from './frozen-side-tables';
import { joinHeaderGrids, joinSplitHeaders, withoutHeaderStripsOf } from './split-header';
import { withoutHeaderCopies } from './header-copies';

/**
 * How the table is built: HTML table semantics, ARIA roles on other elements, plain elements laid
 * out as a table, or cards of label/value pairs (one per line, see card-lists.ts).
 */
export type TableStructure = 'html' | 'aria' | 'geometry' | 'cards';

/** A table found on the page, before it is read. */
export interface FoundTable {
  element: Element;
  structure: TableStructure;
  /** Found inside a (same-origin) frame, not in the top document. */
  inFrame: boolean;
  /** The header drawn as a table of its own above this (body) table (see split-header.ts). */
  headerTable?: HTMLTableElement;
  /**
   * Frozen columns drawn as grids of their own beside this (main) ARIA grid, left of its middle
   * and right of it: their rows are parts of this grid's lines (see frozen-side-tables.ts).
   */
  sidesBefore?: Element[];
  sidesAfter?: Element[];
  /**
   * For ARIA grids: header strips drawn as grids of their own above this grid and its side parts,
   * left to right (see split-header.ts joinHeaderGrids).
   */
  headerGrids?: Element[];
  /** For HTML side parts: the header each one draws as a table of its own (see split-header.ts). */
  sideHeaderTables?: ReadonlyMap<Element, HTMLTableElement>;
  /** For a grid drawn with plain elements: its row box and header line (see geometry-grid.ts). */
  parts?: GeometryGridParts;
  /** For a list of cards: its cards and columns as found (see card-lists.ts); `element` is the cards' parent. */
  cards?: CardList;
}

/** Frames nest; portals rarely go deeper than two. Deeper is not worth the walk. */
const MAX_FRAME_DEPTH = 4;
/** A page with more tables than this is a layout-table page; the catalog is among the first. */
export const MAX_TABLES = 200;

const TABLE_SELECTOR = `table, ${ARIA_GRID_SELECTOR}`;

/**
 * Layout tables say so with role="presentation"/"none"; they hold page furniture, never data. A
 * table in another table's pager row (GridView's and RadGrid's page numbers: pager-rows.ts) is
 * the pager's layout, whatever it says.
 */
function isLayoutTable(element: Element): boolean {
  const role = element.getAttribute('role');
  if (role === 'presentation' || role === 'none') return true;
  const around = element.localName === 'table' ? element.parentElement?.closest('table') : null;
  return !!around && pagerRowsIn(around).some((row) => row.contains(element));
}

/**
 * Not on screen, or a copy made for looks: grid libraries clone the header or frozen columns into
 * an aria-hidden table. Only the table's own aria-hidden counts here: apps set aria-hidden on
 * their whole root while a dialog is open, and the table is still what the user looks at.
 */
function isNotShown(element: Element): boolean {
  return !element.checkVisibility({ visibilityProperty: true }) || element.getAttribute('aria-hidden') === 'true';
}


/** The documents searched (the top one, then same-origin frames), each with whether it is a frame's. */
interface SearchedDocument {
  doc: Document;
  inFrame: boolean;
}

/** The tables of a document and of its frames, as steps (see time-slices.ts): on a large page each walk goes through 100,000 elements. */
function* collect(doc: Document, inFrame: boolean, depth: number, found: FoundTable[], searched: SearchedDocument[]): Steps<void> {
  searched.push({ doc, inFrame });
  const own: FoundTable[] = [];
  // Web components keep their grids in shadow roots: those are found too (open ones).
  const candidates = yield* composedQueryAllSteps(doc, TABLE_SELECTOR);
  for (const [looked, element] of candidates.entries()) {
    if (found.length + own.length >= MAX_TABLES) break;
    // A page of layout tables, most of them hidden, has each one's style looked at.
    if (looked % WALK_STEP === WALK_STEP - 1) yield;
    if (isLayoutTable(element) || isNotShown(element) || isLineTable(element)) continue;
    own.push({ element, structure: element.localName === 'table' ? 'html' : 'aria', inFrame });
  }
  const tables = joinFrozenSideTables(joinHeaderGrids(joinSplitHeaders(withoutHeaderCopies(own))));
  yield;
  // Grids of plain elements, without table semantics: found by how they are laid out.
  const grids = yield* geometryGridSteps(doc, MAX_TABLES - found.length - tables.length);
  found.push(...withoutHeaderStripsOf(tables, grids));
  for (const parts of grids) {
    const element = gridRootOf(parts);
    if (!isNotShown(element)) found.push({ element, structure: 'geometry', inFrame, parts });
  }
  if (depth >= MAX_FRAME_DEPTH) return;
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
    const child = frameDocument(frame);
    if (child && !isNotShown(frame)) yield* collect(child, true, depth + 1, found, searched);
  }
}

/**
 * A card list that is part of a table found by its semantics or its geometry (the lines of a form
 * laid out as a grid, each a card of labelled fields) is that table: it is read the way it was
 * read before card lists were known.
 */
function overlapsFoundTable(list: CardList, tables: readonly FoundTable[]): boolean {
  return tables.some((table) => composedContains(table.element, list.container) || composedContains(list.container, table.element));
}

function addCardLists(lists: readonly CardList[], inFrame: boolean, found: FoundTable[], tablesBefore: number): void {
  const tables = found.slice(0, tablesBefore);
  for (const list of lists) {
    if (found.length >= MAX_TABLES) return;
    if (isNotShown(list.container) || overlapsFoundTable(list, tables)) continue;
    found.push({ element: list.container, structure: 'cards', inFrame, cards: list });
  }
}

/**
 * Every table on the page in document order: HTML tables, ARIA grids and tables, and the same
 * in same-origin frames (customs portals still embed their entry screens in frames), then lists of
 * cards (see card-lists.ts). Cross-origin frames are skipped: the browser does not let the page, or us, read them.
 */
export function discoverTables(doc: Document): FoundTable[] {
  const found: FoundTable[] = [];
  const searched: SearchedDocument[] = [];
  runAtOnce(collect(doc, false, 0, found, searched));
  const tables = found.length;
  for (const each of searched) addCardLists(findCardLists(each.doc), each.inFrame, found, tables);
  return found;
}

/**
 * The same, giving the page its main thread back between slices (a page of 5,000 cards has
 * 100,000 elements, each walk over them takes a second). The page goes on meanwhile: a table it
 * removed before the last slice is not on it any more, and not listed.
 */
export async function discoverTablesSliced(doc: Document, slicer: TimeSlicer): Promise<FoundTable[]> {
  const found: FoundTable[] = [];
  const searched: SearchedDocument[] = [];
  await runInSlices(collect(doc, false, 0, found, searched), slicer);
  const tables = found.length;
  for (const each of searched) {
    await slicer.pause();
    addCardLists(await findCardListsSliced(each.doc, slicer), each.inFrame, found, tables);
  }
  return found.filter((table) => isOnPage(table.element));
}

/** Still on the page: in its document, and that document still in its frame (a frame removed keeps its document, without a window). */
function isOnPage(element: Element): boolean {
  return element.isConnected && element.ownerDocument.defaultView !== null;
}
