import { LiveGridCells } from '../virtual-scroll/live-grid';
import type { PageTable } from '../layout/page-table';
import { overlapOf, type ViewportBox } from './viewport-box';
import { belowStuckHeader } from './stuck-header';
import { clippedArea } from './clipping-boxes';

/**
 * A page that changes its DOM every frame (an animation, a clock) while a marked row is gone
 * for good would otherwise have its table read again every frame.
 */
const MIN_REREAD_INTERVAL_MS = 250;

/** Where marks may show, given two limits (either may be null: no limit); an empty area when they do not meet. */
function withinBoth(a: ViewportBox | null, b: ViewportBox | null): ViewportBox | null {
  if (!a || !b) return a ?? b;
  return overlapOf(a, b) ?? { left: 0, top: 0, width: 0, height: 0 };
}

/**
 * Finds the element showing a finding's cell: data row (1-based) and column (0-based header
 * position), or the whole row when the column is null. Frameworks replace cells when they
 * re-render; a cell that has left the page is found again by its row and column in the table
 * read afresh, at most once per change of the page and per MIN_REREAD_INTERVAL_MS (a lookup
 * refused for that sets `retryWanted`).
 */
export class CellLocator {
  /** Starts stale: the table may have changed between reading and drawing. */
  private stale = true;
  private lastReread = -Infinity;
  /** A lookup missed while a reread was not yet allowed: the caller should look again in a moment. */
  retryWanted = false;

  /** For a grid read by scrolling: its rows are looked up in what it renders now. */
  private readonly live: LiveGridCells | null;

  constructor(
    private table: PageTable,
    private readonly reread: () => PageTable | null,
  ) {
    this.live = table.live ? new LiveGridCells(table.live) : null;
  }

  get headers(): readonly string[] {
    return this.table.headers;
  }

  /** The boxes a grid read by scrolling scrolls its rows in (none for other tables): marks follow their scrolling. */
  scrollingBoxes(): Element[] {
    const live = this.table.live;
    return live ? [live.scrollerY, live.scrollerX].filter((box): box is Element => box !== null) : [];
  }

  /** The page changed since the last look: a missing cell is worth reading the table again for. */
  markStale(): void {
    this.stale = true;
    this.live?.markStale();
  }

  /**
   * Whether the table has this cell: on the page now, or, in a grid read by scrolling, among the
   * rows read (the grid renders it when scrolled to).
   */
  has(row: number, column: number | null): boolean {
    if (!this.live) return this.element(row, column) !== null;
    return row >= 1 && row <= this.table.rows.length && (column === null || column < this.table.headers.length);
  }

  /** Where marks may show: a scrolling grid's rows outside its box or under its header, a table's rows under its stuck header, are not on screen. */
  visibleArea(): ViewportBox | null {
    if (this.live) return this.live.visibleArea();
    // A grid of plain elements stands for its header and rows together; the box its rows scroll in lies inside it.
    const rows = this.table.found.parts?.rowBox ?? this.table.found.element;
    return withinBoth(belowStuckHeader(this.table.found.element), clippedArea(rows));
  }

  /** Bring a cell into view (scrolling a virtual grid to rows it does not render now) and return it. */
  async reveal(row: number, column: number | null): Promise<Element | null> {
    if (this.live) return this.live.reveal(row, column);
    const element = this.element(row, column);
    // 'instant': a page with `scroll-behavior: smooth` would otherwise still be scrolling when the badge is focused.
    element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    return element;
  }

  element(row: number, column: number | null): Element | null {
    if (this.live) return this.live.element(row, column);
    let element = this.lookup(row, column);
    if (element?.isConnected) return element;
    if (!this.stale) return null;
    if (performance.now() - this.lastReread < MIN_REREAD_INTERVAL_MS) {
      this.retryWanted = true;
      return null;
    }
    this.stale = false;
    this.retryWanted = false;
    this.lastReread = performance.now();
    const fresh = this.reread();
    if (!fresh) return null;
    this.table = fresh;
    element = this.lookup(row, column);
    return element?.isConnected ? element : null;
  }

  private lookup(row: number, column: number | null): Element | null {
    const layout = this.table.layout[row - 1];
    if (!layout) return null;
    return column === null ? layout.element : (layout.cells[column] ?? null);
  }
}
