import { composedParent } from '../dom/composed-tree';
import { lineTop } from '../layout/split-rows';
import { gridLines } from '../layout/aria-grid-rows';
import { scrollContainer, toScreenPixels, visibleAreaLeft } from '../virtual-scroll/scroll-container';
import type { FoundTable } from './discover-tables';

/**
 * Some grids draw frozen (pinned) columns as whole grids of their own beside the main one: ARIA
 * grids (Element Plus table-v2, React Base Table and the grids built like them) as a left and a
 * right `role="table"` beside the main one; HTML table grids as a left and a right pair of header
 * and body tables, each in a wrapper of its own, scrolled in step with the main pair: laid over
 * it while the main table keeps its frozen columns as hidden placeholders (vxe-table), or in an
 * area of their own edge to edge with it, the main table holding only the other columns (TOAST UI
 * Grid's left side area). Read apart, each is a table of a few columns, and the catalog loses its
 * line numbers, part numbers or weights. Tables drawn over the main one, of one height, whose
 * rows sit on the main table's lines, are read with it as one table; their halves of each line
 * are joined by geometry (split-rows.ts, frozen-table-parts.ts).
 */

/** Pixels two boxes drawn as parts of one grid may differ by (borders, sub-pixel rounding). */
const SAME_BOX_PX = 2;
/** Pixels two parts of one line may differ by. */
const SAME_LINE_PX = 1.5;
/** Lines compared to tell a side part: a few are enough, and measuring is not free. */
const LINES_COMPARED = 5;
/**
 * Levels from each table up to the element holding both: the parts of one grid sit in wrappers
 * of the same widget (vxe-table: four and five levels), two tables of a page rarely this close.
 */
const MAX_LEVELS_APART = 6;

/**
 * The data rows of a table, HTML or ARIA (header rows and a header strip hold no line of goods);
 * for an ARIA grid drawn cell by cell, the first cell of each line (see aria-grid-rows.ts linesOfCells).
 */
function dataRows(table: Element): Element[] {
  if (table instanceof HTMLTableElement) return Array.from(table.rows).filter((row) => Array.from(row.cells).some((cell) => cell.localName === 'td'));
  return gridLines(table)
    .filter((line) => line.section === 'body' && line.cells.some((cell) => !cell.header))
    .map((line) => line.element);
}

/** Where the first rendered rows of a table sit, measured as split-rows.ts measures lines. */
function lineTops(table: Element): number[] {
  return dataRows(table)
    .slice(0, LINES_COMPARED)
    .map((row) => lineTop(row));
}

/** The ancestors of an element, nearest first, at most `levels` of them. */
function ancestors(element: Element, levels: number): Element[] {
  const out: Element[] = [];
  for (let parent = composedParent(element); parent && out.length < levels; parent = composedParent(parent)) out.push(parent);
  return out;
}

/** Both tables are parts of one widget: the same parent (ARIA grids), or wrappers a few levels below one element. */
function partsOfOneGrid(a: Element, b: Element, structure: FoundTable['structure']): boolean {
  if (structure === 'aria') return composedParent(a) === composedParent(b);
  const above = new Set(ancestors(a, MAX_LEVELS_APART));
  return ancestors(b, MAX_LEVELS_APART).some((element) => above.has(element));
}

/**
 * Pixels between a frozen part drawn beside the scrolling one and that one: a border, a divider,
 * or a scrollbar between a right-hand frozen part and the body.
 */
const BESIDE_GAP_PX = 24;

/**
 * Whether `side` lies over `main` (vxe-table: over main's placeholders) or right beside it, edge
 * to edge (TOAST UI Grid, jqGrid's frozen columns: the frozen columns' own area left of the
 * scrolling one, which holds no placeholder for them).
 */
function overOrBeside(sideBox: DOMRect, main: Element): boolean {
  const mainBox = main.getBoundingClientRect();
  if (sideBox.left >= mainBox.left - SAME_BOX_PX && sideBox.right <= mainBox.right + SAME_BOX_PX) return true;
  const shown = shownSpan(main, mainBox);
  const gap = sideBox.right <= shown.left + SAME_BOX_PX ? shown.left - sideBox.right : sideBox.left - shown.right;
  return gap >= -SAME_BOX_PX && gap <= BESIDE_GAP_PX;
}

/**
 * The part of the main table's width the user sees: a main table scrolled sideways in a box of its
 * own extends under the frozen part beside that box (its left edge is then far left of it), but
 * the box stays edge to edge with it.
 */
function shownSpan(main: Element, mainBox: DOMRect): { left: number; right: number } {
  const box = scrollContainer(main, 'x');
  if (!box || box === main.ownerDocument.scrollingElement) return mainBox;
  const left = visibleAreaLeft(box);
  return { left: Math.max(mainBox.left, left), right: Math.min(mainBox.right, left + toScreenPixels(box, box.clientWidth)) };
}

/** A narrower table drawn over the same band of the screen as `main`, or beside it, whose rows sit on main's lines. */
function isSidePartOf(side: Element, main: Element, mainLines: readonly number[]): boolean {
  const sideBox = side.getBoundingClientRect();
  const mainBox = main.getBoundingClientRect();
  if (sideBox.width >= mainBox.width || sideBox.width <= 0) return false;
  if (Math.abs(sideBox.top - mainBox.top) > SAME_BOX_PX || Math.abs(sideBox.height - mainBox.height) > SAME_BOX_PX) return false;
  if (!overOrBeside(sideBox, main)) return false;
  const lines = lineTops(side);
  return lines.length > 0 && lines.every((top) => mainLines.some((line) => Math.abs(line - top) <= SAME_LINE_PX));
}

/**
 * The found tables, each table that is a frozen part of a wider one of the same structure (ARIA:
 * the same parent; HTML: wrappers a few levels below one element, drawn over the wider one)
 * folded into that one as a side table. The side tables are listed in reading order: those over
 * the main table's left half before it, the others after, so a line's cells read left to right.
 */
export function joinFrozenSideTables(found: FoundTable[]): FoundTable[] {
  const sidesOf = new Map<FoundTable, FoundTable[]>();
  const folded = new Set<FoundTable>();
  for (const structure of ['aria', 'html'] as const) findSides(found.filter((table) => table.structure === structure), sidesOf, folded);
  if (folded.size === 0) return found;
  return found.flatMap((table) => {
    if (folded.has(table)) return [];
    const sides = sidesOf.get(table);
    if (!sides) return [table];
    const mainBox = table.element.getBoundingClientRect();
    const middle = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.left + box.width / 2;
    };
    const mainMiddle = mainBox.left + mainBox.width / 2;
    const ordered = (list: FoundTable[]) => list.map((side) => side.element).sort((a, b) => middle(a) - middle(b));
    const sideHeaderTables = new Map(sides.flatMap((side) => (side.headerTable ? [[side.element, side.headerTable] as const] : [])));
    // ARIA header strips of the main grid and of its sides, left to right as they are drawn.
    const headerGrids = [table, ...sides].flatMap((part) => part.headerGrids ?? []).sort((a, b) => middle(a) - middle(b));
    return [
      {
        ...table,
        sidesBefore: ordered(sides.filter((side) => middle(side.element) < mainMiddle)),
        sidesAfter: ordered(sides.filter((side) => middle(side.element) >= mainMiddle)),
        ...(sideHeaderTables.size > 0 ? { sideHeaderTables } : {}),
        ...(headerGrids.length > 0 ? { headerGrids } : {}),
      },
    ];
  });
}

/** Record in `sidesOf` the side parts of each main table among `tables` (all of one structure). */
function findSides(tables: FoundTable[], sidesOf: Map<FoundTable, FoundTable[]>, folded: Set<FoundTable>): void {
  if (tables.length < 2) return;
  // Widest first: a main table is wider than its side parts.
  const byWidth = [...tables].sort((a, b) => b.element.getBoundingClientRect().width - a.element.getBoundingClientRect().width);
  for (const main of byWidth) {
    if (folded.has(main)) continue;
    const siblings = byWidth.filter((other) => other !== main && !folded.has(other) && !sidesOf.has(other) && other.inFrame === main.inFrame && partsOfOneGrid(main.element, other.element, main.structure));
    if (siblings.length === 0) continue;
    const mainLines = lineTops(main.element);
    if (mainLines.length === 0) continue;
    const sides = siblings.filter((side) => isSidePartOf(side.element, main.element, mainLines));
    if (sides.length === 0) continue;
    sidesOf.set(main, sides);
    for (const side of sides) folded.add(side);
  }
}
