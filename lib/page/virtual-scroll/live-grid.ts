import type { FoundTable } from '../discovery/discover-tables';
import type { GridAdapter } from '../grid-adapters';
import { headerElements, type RenderedRow, snapshotGrid } from '../layout/grid-snapshot';
import { filterRows } from '../filter-boxes';
import { waitForGrid } from './render-wait';
import { pauseScrollSnap } from './scroll-snap-pause';
import { contentTopAt, isRemoteScrollbar, scrollBoxTo, scrolledFromLeftEdge, scrollLeftAt, toScreenPixels } from './scroll-container';
import { type ViewportBox, viewportBox } from '../marks/viewport-box';
import { OVERLAY_HOST_ATTRIBUTE } from '../marks/overlay-host-attribute';
import { composedContains } from '../dom/composed-tree';

/** How many screens a cell is looked for, up or down, when the grid did not render it where it was found. */
const MAX_SEEK_STEPS = 300;

/**
 * A grid read by scrolling, as the marks need it afterwards: the grid re-renders its rows as the
 * user scrolls, so a finding's cell is found by data row number and grid column in whatever the
 * grid shows now, never by an element kept from reading.
 */
export interface LiveGrid {
  found: FoundTable;
  adapter: GridAdapter | null;
  /** For each header position (a mark's column), its grid column. */
  columns: number[];
  /** For each header position, its header's text as read. */
  headers?: readonly string[];
  /** Where rows and columns sit in the scrolled content, measured while reading. */
  rowOffsets: ReadonlyMap<number, number>;
  columnOffsets: ReadonlyMap<number, number>;
  scrollerY: Element | null;
  scrollerX: Element | null;
  /** The row number of a row followed while reading (grids that state none): by its element, its place, or its cells. */
  followedRow(row: RenderedRow): number | null;
  /** Subtracted from the row numbers the grid states: rows of the pages before the one read. */
  rowBase: number;
}

/** The cells a live grid shows now, by row number; looked up again after every change of the page. */
export class LiveGridCells {
  private rows = new Map<number, RenderedRow>();
  /** What the grid draws over its rows' top: its header cells, and a row of filter boxes under them. */
  private headerCells: Element[] = [];
  /** Grid column of each header text the grid shows now, when the text names one column only. */
  private columnByHeader = new Map<string, number | null>();
  private stale = true;

  /** The grid scrolls by a scrollbar drawn beside its rows (see remoteScrollbar): asked once, it reads the box's text. */
  private readonly scrolledByRemoteBar: boolean;

  constructor(private readonly grid: LiveGrid) {
    this.scrolledByRemoteBar = grid.scrollerY !== null && isRemoteScrollbar(grid.scrollerY, grid.found.element);
    this.uniqueHeaders = (grid.headers ?? []).map((text, _, all) => (all.indexOf(text) === all.lastIndexOf(text) ? text : undefined));
  }

  markStale(): void {
    this.stale = true;
  }

  private refresh(): void {
    this.stale = false;
    this.rows.clear();
    this.headerCells = [];
    if (!this.grid.found.element.isConnected) return;
    const snapshot = snapshotGrid(this.grid.found, this.grid.adapter);
    // A row of filter boxes under the header hides the rows under it as the header does.
    this.headerCells = [...headerElements(snapshot), ...filterRows(this.grid.found)];
    this.columnByHeader.clear();
    for (const [column, header] of snapshot.headers) this.columnByHeader.set(header.text, this.columnByHeader.has(header.text) ? null : column);
    for (const row of snapshot.rows) {
      const number = row.number !== null ? row.number - this.grid.rowBase : this.grid.followedRow(row);
      if (number !== null && !this.rows.has(number)) this.rows.set(number, row);
    }
  }

  /** The element showing a cell (or the whole row, for a null column), if the grid renders it now. */
  element(row: number, column: number | null): Element | null {
    if (this.stale) this.refresh();
    const rendered = this.rows.get(row);
    if (!rendered) return null;
    if (column === null) return rendered.element;
    const gridColumn = this.gridColumn(column);
    return gridColumn === undefined ? null : (rendered.cells.get(gridColumn) ?? null);
  }

  /**
   * A mark's column in what the grid shows now. Grids that draw only the columns in view and
   * number them by what they draw (w2ui puts one spacer cell for all the columns scrolled out
   * to the left) shift their numbers as the user scrolls sideways: a column is found by its
   * header's text when that names one column, by the number read otherwise.
   */
  private gridColumn(column: number): number | undefined {
    const text = this.uniqueHeaders[column];
    const shown = text === undefined ? undefined : this.columnByHeader.get(text);
    return shown ?? this.grid.columns[column];
  }

  /** Per mark column, its header's text as read when that text names no other column (else undefined). */
  private readonly uniqueHeaders: (string | undefined)[];

  /**
   * Scroll the grid so a cell is in the middle of its box, as the user would to look at it, and
   * wait for the grid to render it. Rows not rendered have no element to scroll into view: the
   * grid's own box is scrolled to where the row was found while reading.
   */
  async reveal(row: number, column: number | null): Promise<Element | null> {
    const resumeScrollSnap = pauseScrollSnap([this.grid.scrollerY, this.grid.scrollerX]);
    try {
      return await this.scrollTo(row, column);
    } finally {
      resumeScrollSnap?.();
    }
  }

  private async scrollTo(row: number, column: number | null): Promise<Element | null> {
    const { scrollerY, scrollerX } = this.grid;
    const top = this.estimatedTop(row);
    if (scrollerY && top !== undefined) scrollBoxTo(scrollerY, { top: Math.max(top - scrollerY.clientHeight / 2, 0) });
    const gridColumn = column === null ? undefined : this.grid.columns[column];
    const left = gridColumn === undefined ? undefined : this.grid.columnOffsets.get(gridColumn);
    const shownFrom = scrollerX ? scrolledFromLeftEdge(scrollerX) : 0;
    if (scrollerX && left !== undefined && (left < shownFrom || left > shownFrom + scrollerX.clientWidth * 0.8)) {
      // Counted from the content's left edge, also in a right-to-left box; the browser keeps it within the box's range.
      scrollBoxTo(scrollerX, { left: scrollLeftAt(scrollerX, left - scrollerX.clientWidth / 3) });
    }
    this.stale = true;
    const shown = (): boolean => {
      this.refresh();
      return this.element(row, column) !== null;
    };
    await waitForGrid(this.grid.found.element, shown);
    // Grids that move rows as they scroll (or were scrolled since) may show other rows there: look up or down for it.
    for (let step = 0; scrollerY && !shown() && step < MAX_SEEK_STEPS; step++) {
      const numbers = [...this.rows.keys()];
      if (numbers.length === 0) break;
      const down = Math.min(...numbers) < row;
      const before = scrollerY.scrollTop;
      // Where the rows shown now say it is; a screen at a time when that leads nowhere new.
      const estimate = this.estimatedTop(row);
      const towards = estimate === undefined ? undefined : Math.max(estimate - scrollerY.clientHeight / 2, 0);
      const jump = towards !== undefined && Math.abs(towards - before) >= 1 && towards > before === down;
      scrollBoxTo(scrollerY, { top: jump ? towards : before + (down ? 0.8 : -0.8) * scrollerY.clientHeight });
      if (scrollerY.scrollTop === before) break;
      await waitForGrid(this.grid.found.element, shown);
    }
    const cell = this.element(row, column);
    cell?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
    return cell;
  }

  /**
   * Where a row sits in the scrolled content now, going by the rows the grid shows now and their
   * pitch; where reading found it when the grid shows fewer than two rows it can name. Reading
   * moves many screens at a time, and grids that jump that far place rows at estimated offsets
   * (Tabulator's virtual DOM), then where they really go once the rows above have been drawn:
   * what the grid shows now says where it puts rows now.
   */
  private estimatedTop(row: number): number | undefined {
    const { scrollerY } = this.grid;
    if (this.stale) this.refresh();
    const stored = this.grid.rowOffsets.get(row);
    if (!scrollerY || this.rows.size < 2) return stored;
    const shown = [...this.rows]
      .map(([number, rendered]) => ({ number, top: contentTopAt(scrollerY, rendered.element.getBoundingClientRect().top) }))
      .sort((a, b) => a.number - b.number);
    const first = shown[0]!;
    const last = shown[shown.length - 1]!;
    const pitch = (last.top - first.top) / (last.number - first.number);
    if (!(pitch > 0)) return stored;
    const nearest = row <= first.number ? first : row >= last.number ? last : shown.reduce((best, one) => (Math.abs(one.number - row) < Math.abs(best.number - row) ? one : best));
    return nearest.top + (row - nearest.number) * pitch;
  }

  /**
   * The part of the screen where the grid shows its rows: inside its scrolling box and below its
   * header. Grids render rows above and below that (hidden by the box, or under a sticky header),
   * and a mark on those would float over the page.
   */
  visibleArea(): ViewportBox | null {
    const { scrollerY } = this.grid;
    if (!scrollerY || scrollerY === scrollerY.ownerDocument.scrollingElement) return null;
    const box = viewportBox(scrollerY);
    if (!box) return null;
    const onScreen = (length: number) => toScreenPixels(scrollerY, length);
    let area = { left: box.left + onScreen(scrollerY.clientLeft), top: box.top + onScreen(scrollerY.clientTop), width: onScreen(scrollerY.clientWidth), height: onScreen(scrollerY.clientHeight) };
    // A scrollbar drawn beside the rows gives their band, not their width: that is the grid's.
    const grid = this.grid.found.element;
    if (this.scrolledByRemoteBar) {
      const gridBox = viewportBox(grid);
      if (!gridBox) return null;
      area = { ...area, left: gridBox.left, width: gridBox.width };
    }
    if (this.stale) this.refresh();
    let top = area.top;
    for (const header of this.headerCells) {
      const cell = viewportBox(header);
      // A header drawn over the top of the box (sticky, or a library's frozen clone) hides the rows under it.
      if (cell && cell.top < area.top + area.height / 2 && cell.top + cell.height > top) top = cell.top + cell.height;
    }
    top = uncoveredTop(grid, area, top);
    return { ...area, top, height: Math.max(area.top + area.height - top, 0) };
  }
}

/** Pixels between two looks down the box's middle (see uncoveredTop). */
const COVER_STEP_PX = 4;

/**
 * The top of the rows as the user sees them: something laid over the top of the box that is no
 * part of the grid hides the rows under it. Blueprint's Table draws its header again as a copy laid
 * over its scrolling box (its frozen "quadrants"), while the header in the box scrolls away with the
 * rows: marks of the rows under that copy were drawn over it. Looked for by what lies on top down
 * the box's middle, to its middle at most; the first look, on a grid's own row, ends it.
 */
function uncoveredTop(grid: Element, area: ViewportBox, top: number): number {
  // The area is in the top document's viewport; a grid in a frame would be hit-tested at the wrong
  // place in its own document's: not looked for there.
  if (grid.ownerDocument.defaultView?.frameElement) return top;
  const root = grid.getRootNode() as Document | ShadowRoot;
  const x = area.left + area.width / 2;
  for (let y = top + 1; y < area.top + area.height / 2; y += COVER_STEP_PX) {
    const hit = root.elementsFromPoint(x, y).find((element) => !element.closest(`[${OVERLAY_HOST_ATTRIBUTE}]`));
    if (!hit || composedContains(grid, hit)) return y - 1;
  }
  return top;
}
