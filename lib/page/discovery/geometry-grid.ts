import { composedClosest, composedParent, drawsOnlyInShadow, isDocument, openShadowRoot, shownChildCount, shownChildren } from '../dom/composed-tree';
import { ElementWalk, WALK_STEP } from '../dom/element-walk';
import { isFilterRow } from '../layout/filter-row';
import { isSumsRow } from '../layout/sums-row';
import { lineCellCount, lineCells, lineBox } from '../layout/line-cells';
import { showsNoText } from '../layout/visibility';
import { runAtOnce, type Steps } from '../time-slices';

/**
 * Headless grids (TanStack Table, react-window, hand-made ERP screens) draw a table with plain
 * <div>s: no <table>, no ARIA roles. What still makes them a table is what the user sees: a box
 * of rows stacked one under the other, each row a line of cells whose left edges line up with the
 * cells of the other rows, and usually a header line whose cells sit above those columns. This
 * module finds such boxes by that geometry; geometry-rows.ts reads them.
 */

/**
 * Lines rendered inside a table or an ARIA grid, through a slot: a web component (SAP UI5's table)
 * keeps its rows in its light DOM, apart from the role="grid" of its shadow root that shows them.
 * That grid reads them by their roles; read again by their geometry, they would be a second table.
 */
function shownInTableSemantics(line: Element): boolean {
  const parent = composedParent(line);
  return parent !== null && composedClosest(parent, TABLE_SEMANTICS) !== null;
}

/** The parts of a grid drawn without table semantics. */
export interface GeometryGridParts {
  /** The element whose children are the data rows (rendered ones: a virtual grid shows some). */
  rowBox: Element;
  /** The header line, when one sits above the rows' columns; null: the first row is the header, as in a CSV file. */
  headerRow: Element | null;
  /**
   * The row box's children are the cells themselves, with no element for a line (see
   * cellLattice): its lines are made by where the cells sit.
   */
  cellsOnly?: boolean;
  /**
   * With `cellsOnly`: boxes of cells drawn apart from the row box on the same lines, frozen columns
   * in a part of their own (Blueprint draws them in a "quadrant" laid over the scrolling one).
   */
  frozenCellBoxes?: Element[];
}

/** Fewer rows than this in view is a form or a card, not a grid (virtual grids show a screenful). */
const MIN_ROWS = 3;
/** A line needs this many cells to be a table row rather than a label and its value. */
const MIN_CELLS = 3;
/** Left edges this close line up (borders, sub-pixel layout). */
const ALIGN_PX = 2;
/** Rows sampled to decide; a grid's rows all look alike. */
const SAMPLE_ROWS = 6;
/** How far up from the rows a header line is looked for, and how many elements are looked at there. */
const HEADER_SEARCH_LEVELS = 6;
const HEADER_SEARCH_ELEMENTS = 3_000;
/** Elements walked per document or shadow root; a page past this is not searched further. */
const MAX_ELEMENTS = 60_000;

const TABLE_SEMANTICS = 'table, [role="grid"], [role="table"], [role="treegrid"]';
/** Not walked into: tables and ARIA grids (TABLE_SEMANTICS), their rows, and what draws no grid or is page chrome. */
const SKIPPED_ELEMENTS = new Set(['table', 'script', 'style', 'template', 'svg', 'math', 'canvas', 'select', 'iframe', 'nav', 'header', 'footer']);
const SKIPPED_ROLES = new Set(['grid', 'table', 'treegrid', 'row']);

function isSkipped(element: Element): boolean {
  if (SKIPPED_ELEMENTS.has(element.localName)) return true;
  const role = element.getAttribute('role');
  return role !== null && SKIPPED_ROLES.has(role);
}

function box(element: Element): DOMRect {
  return element.getBoundingClientRect();
}

/**
 * The element's children that are drawn as lines of at least MIN_CELLS cells (in its shadow root,
 * for a component drawing its rows there; a line may be a one-row table, see line-cells.ts).
 */
function lineChildren(element: Element): Element[] {
  return shownChildren(element).filter((child) => lineCellCount(child) >= MIN_CELLS);
}

/** The left edges of a line's shown cells. */
function cellLefts(line: Element): number[] {
  return lineCells(line)
    .map(box)
    .filter((cell) => cell.width > 0 && cell.height > 0)
    .map((cell) => cell.left);
}

/**
 * Lines in the order they are drawn, top to bottom. Each line's box is read once: read in the
 * sort's comparator, two per comparison, a list of 5,000 cards cost 120,000 reads.
 */
function topToBottom(lines: readonly Element[]): Element[] {
  return lines
    .map((line) => ({ line, top: lineBox(line).top }))
    .sort((a, b) => a.top - b.top)
    .map(({ line }) => line);
}

/** Lines stacked one under another whose cells start at the same left edges: the body of a grid. */
function looksLikeRows(lines: readonly Element[]): boolean {
  if (lines.length < MIN_ROWS) return false;
  const sample = lines.slice(0, SAMPLE_ROWS);
  const boxes = sample.map(lineBox);
  if (boxes.some((line) => line.height <= 0 || line.width <= 0)) return false;
  // Stacked: no two sampled lines share a top (cells of one line would).
  const tops = new Set(boxes.map((line) => Math.round(line.top)));
  if (tops.size < sample.length) return false;
  const first = cellLefts(sample[0]!);
  // Cells side by side: a card's fields stacked one under another share one left edge, and a stack of cards is not a table's rows.
  if (new Set(first.map(Math.round)).size < MIN_CELLS) return false;
  return sample.slice(1).every((line) => {
    const lefts = cellLefts(line);
    const shared = first.filter((left) => lefts.some((other) => Math.abs(other - left) <= ALIGN_PX)).length;
    return shared >= MIN_CELLS && shared >= first.length * 0.8;
  });
}

/** How far up from a lattice's box its frozen parts are looked for: Blueprint's sit in a sibling of the box's sixth ancestor. */
const FROZEN_SEARCH_LEVELS = 8;
/** Cells of a lattice sampled to decide (a virtual grid draws a few hundred). */
const LATTICE_SAMPLE = 120;

interface PlacedCell {
  element: Element;
  box: DOMRect;
}

/**
 * A box whose children are the cells themselves, laid out as a table with no element for a line:
 * Blueprint's Table positions every cell absolutely in one body box, a hand-written CSS grid puts
 * header and cells side by side as siblings. What makes a table of them is the lattice they draw:
 * at least MIN_ROWS bands of cells one under another, each at least MIN_CELLS cells side by side,
 * starting at the same left edges. A cell holds its text, a control or one wrapper around them:
 * children holding more are cards or sections, not cells. Returns the sampled cells by band, top
 * to bottom, each band left to right; null when they draw no such lattice.
 */
function cellLattice(element: Element): PlacedCell[][] | null {
  const children = shownChildren(element);
  if (children.length < MIN_ROWS * MIN_CELLS) return null;
  const sample = children.slice(0, LATTICE_SAMPLE);
  if (sample.some((child) => shownChildCount(child) > 1)) return null;
  const bands: PlacedCell[][] = [];
  for (const cell of sample.map((child) => ({ element: child, box: box(child) })).filter((cell) => cell.box.width > 0 && cell.box.height > 0).sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left)) {
    const band = bands[bands.length - 1];
    if (band && Math.abs(cell.box.top - band[0]!.box.top) <= ALIGN_PX) band.push(cell);
    else bands.push([cell]);
  }
  const full = bands.filter((band) => band.length >= MIN_CELLS);
  if (full.length < MIN_ROWS) return null;
  // Bands overlapping one another are no lines (cells of different heights in a free layout).
  for (let i = 1; i < full.length; i++) if (full[i]![0]!.box.top < full[i - 1]![0]!.box.bottom - ALIGN_PX) return null;
  // Each band's cells start at the left edges of the widest band. A band may be short: the sample
  // ends inside a line, and a virtual grid draws the lines at the edges of its view in part.
  const widest = full.reduce((most, band) => (band.length > most.length ? band : most));
  const lefts = widest.map((cell) => cell.box.left);
  const aligned = full.every((band) => {
    const shared = band.filter((cell) => lefts.some((left) => Math.abs(cell.box.left - left) <= ALIGN_PX)).length;
    return shared >= MIN_CELLS && shared >= band.length * 0.8;
  });
  return aligned ? full : null;
}

/**
 * Boxes of cells beside a lattice's box, on its lines: frozen columns drawn in a part of their own
 * (Blueprint's left "quadrant" holds the frozen columns' cells, and the scrolling part has none of
 * them). Each holds cells only, at least MIN_ROWS of them on the lattice's bands, in columns of
 * their own.
 */
function frozenCellBoxes(rowBox: Element, bands: readonly PlacedCell[][]): Element[] {
  const tops = bands.map((band) => band[0]!.box.top);
  const lefts = bands.flatMap((band) => band.map((cell) => cell.box.left));
  const found: Element[] = [];
  const seen = new Set<Element>();
  let scope: Element | null = composedParent(rowBox);
  for (let level = 0; scope && level < FROZEN_SEARCH_LEVELS; level++, scope = composedParent(scope)) {
    for (const element of Array.from(scope.querySelectorAll('*')).slice(0, HEADER_SEARCH_ELEMENTS)) {
      if (seen.has(element)) continue;
      seen.add(element);
      if (element === rowBox || rowBox.contains(element) || element.contains(rowBox) || found.some((box) => box.contains(element))) continue;
      const children = shownChildren(element);
      if (children.length < MIN_ROWS || children.some((child) => shownChildCount(child) > 1)) continue;
      // Compared over the lines sampled from the lattice only: its part holds more lines than that.
      const boxes = children
        .slice(0, LATTICE_SAMPLE)
        .map(box)
        .filter((cell) => cell.width > 0 && cell.height > 0 && cell.top >= tops[0]! - ALIGN_PX && cell.top <= tops[tops.length - 1]! + ALIGN_PX);
      const onLines = boxes.filter((cell) => tops.some((top) => Math.abs(cell.top - top) <= ALIGN_PX));
      if (onLines.length < MIN_ROWS || onLines.length < boxes.length * 0.8) continue;
      if (onLines.some((cell) => lefts.some((left) => Math.abs(cell.left - left) <= ALIGN_PX))) continue;
      found.push(element);
    }
  }
  return found;
}

/** How many of the body's columns a candidate header line's cells sit over. */
function columnsCovered(header: Element, bodyLefts: readonly number[]): number {
  const cells = shownChildren(header).map(box).filter((cell) => cell.width > 0);
  return bodyLefts.filter((left) => cells.some((cell) => left >= cell.left - ALIGN_PX && left < cell.right - ALIGN_PX)).length;
}

/**
 * The header line above the rows: a line of cells outside the row box, over the rows' columns,
 * starting above the last row shown (a sticky header lies over the rows scrolled under it, and
 * virtual grids render rows above the view too); of several, the lowest.
 */
function findHeaderRow(rowBox: Element, bodyLefts: readonly number[], lastTop: number): Element | null {
  let best: { element: Element; bottom: number } | null = null;
  let scope: Element | null = composedParent(rowBox);
  for (let level = 0; scope && level < HEADER_SEARCH_LEVELS && !best; level++, scope = composedParent(scope)) {
    const candidates = Array.from(scope.querySelectorAll('*')).slice(0, HEADER_SEARCH_ELEMENTS);
    for (const element of candidates) {
      if (shownChildCount(element) < MIN_CELLS || rowBox.contains(element) || element.contains(rowBox)) continue;
      const line = lineBox(element);
      if (line.height <= 0 || line.top >= lastTop) continue;
      if (columnsCovered(element, bodyLefts) < Math.max(MIN_CELLS, bodyLefts.length * 0.8)) continue;
      // A header names its columns: a header table's <colgroup> has boxes over every column and no words.
      if (showsNoText(element)) continue;
      // Nor is a row of filter boxes under the header (the lowest line over the columns).
      if (isFilterRow(shownChildren(element))) continue;
      // Nor a line of sums pinned under it (sums-row.ts).
      if (isSumsRow(shownChildren(element))) continue;
      // Nested wrappers cover the same columns: the innermost line is the header row.
      if (shownChildren(element).some((child) => shownChildCount(child) >= MIN_CELLS && columnsCovered(child, bodyLefts) >= bodyLefts.length * 0.8)) continue;
      if (!best || line.bottom > best.bottom) best = { element, bottom: line.bottom };
    }
  }
  return best?.element ?? null;
}

/** The element that stands for the whole grid: the nearest one holding both its header line and its rows. */
export function gridRootOf(parts: GeometryGridParts): Element {
  // A component drawing its rows in its own shadow root is the whole grid itself.
  let root: Element = drawsOnlyInShadow(parts.rowBox) ? parts.rowBox : (composedParent(parts.rowBox) ?? parts.rowBox);
  while (parts.headerRow && !root.contains(parts.headerRow)) root = composedParent(root) ?? root;
  return root;
}

/**
 * Grids drawn with plain elements in `root` (a document or a shadow root), outside tables and
 * ARIA grids (those are read by their semantics). Elements inside a grid found here are not
 * searched again.
 */
export function findGeometryGrids(root: Document | ShadowRoot, limit: number): GeometryGridParts[] {
  return runAtOnce(geometryGridSteps(root, limit));
}

/** The same, as steps (see time-slices.ts): the walk goes through every element of a page. */
export function* geometryGridSteps(root: Document | ShadowRoot, limit: number): Steps<GeometryGridParts[]> {
  const found: GeometryGridParts[] = [];
  const walk = new ElementWalk(root, isSkipped);
  let walked = 0;
  for (let element = walk.next(); element && walked < MAX_ELEMENTS && found.length < limit; element = walk.next(), walked++) {
    if (walked % WALK_STEP === WALK_STEP - 1) yield;
    const shadow = openShadowRoot(element);
    if (shadow) found.push(...(yield* geometryGridSteps(shadow, limit - found.length)));
    if (shownChildCount(element) < MIN_ROWS) continue;
    const lines = topToBottom(lineChildren(element));
    if (looksLikeRows(lines)) {
      if (shownInTableSemantics(lines[0]!)) continue;
      found.push({ rowBox: element, headerRow: findHeaderRow(element, cellLefts(lines[0]!), lineBox(lines[lines.length - 1]!).top) });
    } else {
      const bands = cellLattice(element);
      if (!bands || shownInTableSemantics(bands[0]![0]!.element)) continue;
      const lastBand = bands[bands.length - 1]!;
      const headerRow = findHeaderRow(element, bands[0]!.map((cell) => cell.box.left), lastBand[0]!.box.top);
      // Frozen parts come with a header line of their own over every column, which places their
      // cells; without one, a list that happens to line up beside the lattice would shift its columns.
      found.push({ rowBox: element, headerRow, cellsOnly: true, frozenCellBoxes: headerRow ? frozenCellBoxes(element, bands) : [] });
    }
    // The rows' own elements are this grid's: the walk goes on after the row box.
    walk.skipChildren();
  }
  return found;
}
