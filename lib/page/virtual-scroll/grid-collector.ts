import type { GridSnapshot, RenderedRow } from '../layout/grid-snapshot';
import { visibleAreaLeft, visibleAreaTop } from './scroll-container';
import { visibleText } from '../layout/visible-text';
import { lineTop, placedByGrid } from '../layout/split-rows';
import { RowIndexAttribute } from './row-index-attribute';

/** The common height of lines at these offsets, when every gap between them is a whole number of lines. */
function uniformPitch(offsets: readonly number[]): { first: number; pitch: number } | null {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const gaps = sorted.slice(1).map((offset, i) => offset - sorted[i]!);
  const pitch = Math.min(...gaps);
  if (sorted.length < 3 || !(pitch >= 4)) return null;
  const whole = gaps.every((gap) => Math.abs(gap / pitch - Math.round(gap / pitch)) * pitch <= 1);
  return whole ? { first: sorted[0]!, pitch } : null;
}

/** A grid this long is not a catalog a page shows; reading stops here. */
export const MAX_GRID_ROWS = 500_000;

/**
 * The cells of a grid gathered from the parts a virtualised grid shows one scroll at a time,
 * keyed by data row number and grid column, never by position in the DOM: grids recycle and
 * reorder their row elements. Each cell is read once; rows and columns are also remembered
 * where they sit in the scrolled content, so a mark can later scroll the grid to them.
 */
export class GridCollector {
  readonly headers = new Map<number, string>();
  private readonly cells = new Map<number, Map<number, string>>();
  /** Top of each row and left of each column in the scrolling content, in CSS pixels. */
  readonly rowOffsets = new Map<number, number>();
  readonly columnOffsets = new Map<number, number>();
  /** The element each row was last seen in: where it is now, if the grid still shows it there. */
  private readonly lastSeen = new Map<number, Element>();
  /** The other way round: a grid that recycles an element for another row takes it from the row it showed. */
  private readonly lastShown = new WeakMap<Element, number>();
  /** Rows followed by their element, for grids that state no row number (see numberRows). */
  private readonly followed = new WeakMap<Element, number>();
  /** Rows followed by where they sit in the scrolled content, for grids that place rows absolutely (see keyOf). */
  private readonly followedAt = new Map<number, number>();

  constructor(
    private readonly scrollerY: Element | null,
    private readonly scrollerX: Element | null,
  ) {}

  /** Take in what the grid shows now; returns how many cells (and headers) were new. */
  collect(snapshot: GridSnapshot, atTop: boolean): number {
    let learned = 0;
    for (const [column, header] of snapshot.headers) {
      if (this.headers.has(column)) continue;
      this.headers.set(column, header.text);
      learned++;
      if (this.scrollerX) this.columnOffsets.set(column, this.scrollerX.scrollLeft + header.element.getBoundingClientRect().left - visibleAreaLeft(this.scrollerX));
    }
    const numbers = this.numberRows(snapshot.rows, atTop);
    snapshot.rows.forEach((row, i) => {
      const number = numbers[i];
      if (number === null || number === undefined || number < 1 || number > MAX_GRID_ROWS) return;
      this.see(number, row.element);
      let texts = this.cells.get(number);
      if (!texts) {
        this.highest = Math.max(this.highest, number);
        texts = new Map();
        this.cells.set(number, texts);
        const offset = this.contentOffset(row.element);
        if (offset !== null) {
          this.rowOffsets.set(number, offset);
          this.placed.set(Math.round(offset), number);
        }
      }
      for (const [column, cell] of row.cells) {
        if (texts.has(column)) continue;
        texts.set(column, visibleText(cell));
        learned++;
      }
    });
    return learned;
  }

  private see(row: number, element: Element): void {
    const before = this.lastShown.get(element);
    // Recycled (RevoGrid): the element's position now says nothing about the row it showed.
    if (before !== undefined && before !== row && this.lastSeen.get(before) === element) this.lastSeen.delete(before);
    this.lastSeen.set(row, element);
    this.lastShown.set(element, row);
  }

  /**
   * Row numbers for a part of the grid. Rows that state their number keep it. A grid that states
   * none is followed row by row: a new row's number counts on from a row seen before, in screen
   * order; at the very top, the first row is row 1. Reading scrolls by less than a screen, so each
   * part overlaps the last. A row is recognised by its element while the grid keeps one element
   * per row in the flow of its content (Tabulator), and by where it sits in the scrolled content
   * when the grid positions rows itself (headless grids, SlickGrid, react-window): those recycle
   * elements for other rows, but a row's place never changes, and two lines that repeat cell for
   * cell still sit in two places.
   */
  private numberRows(rows: readonly RenderedRow[], atTop: boolean): (number | null)[] {
    if (rows.some((row) => row.number !== null)) return rows.map((row) => row.number);
    const indexed = this.rowIndexes.numbers(rows, atTop);
    if (indexed) return indexed;
    const keys = rows.map((row) => this.keyOf(row.element));
    const offsets = keys.filter((key): key is number => typeof key === 'number');
    // Measured once the grid shows its first line in view: right after scrolling to the top, it
    // may still show the lines of where the user had it.
    if (atTop && this.rowPitch === undefined && offsets.length === keys.length && this.showsInView(rows)) this.rowPitch = uniformPitch(offsets);
    if (atTop && this.rowPitch === undefined && offsets.length === keys.length) return rows.map(() => null);
    // Rows of one height, placed by the grid: a row's number is where it sits, whatever else the
    // grid shows beside it (a line drawn in part is skipped without shifting the others).
    if (this.rowPitch && offsets.length === keys.length) {
      const { first, pitch } = this.rowPitch;
      return offsets.map((offset) => Math.round((offset - first) / pitch) + 1);
    }
    const known = keys.map((key) => this.lookup(key));
    let anchor = known.findIndex((number) => number !== null);
    let anchorNumber = anchor >= 0 ? known[anchor]! : 1;
    if (anchor < 0 && !atTop) {
      // Every element is new (a grid that draws its rows afresh at each scroll): a row already
      // read is found again by where it sits in the content and what it shows.
      const found = this.anchorByPlace(rows);
      if (!found) {
        // Rows shown that cannot be told from rows already read: rows may have been missed, so
        // the end proves nothing.
        if (rows.length > 0) this.lostTrack = true;
        return known;
      }
      ({ anchor, number: anchorNumber } = found);
    } else if (anchor < 0) {
      anchor = 0;
      anchorNumber = 1;
      if (this.placePitch === undefined && this.scrollerY && this.showsInView(rows)) {
        this.placePitch = uniformPitch(rows.map((row) => this.contentOffset(row.element)!));
      }
    }
    return keys.map((key, i) => {
      const number = anchorNumber + (i - anchor);
      if (typeof key === 'number') this.followedAt.set(key, number);
      else this.followed.set(key, number);
      return number;
    });
  }

  /**
   * Rows were shown that could not be numbered (none recognised, away from the top): reaching
   * the grid's end does not prove it was read whole.
   */
  lostTrack = false;

  /** The row read at each offset in the scrolled content (rounded to the pixel). */
  private readonly placed = new Map<number, number>();
  /** Where rows sit has told a row again (content agreeing), and never told one wrongly. */
  private placeTells: boolean | undefined;
  /** The first line's offset in the content and the height of a line, measured at the top when all lines were of one height. */
  private placePitch: { first: number; pitch: number } | null | undefined;

  /** Where a row element sits in the scrolled content now, in CSS pixels; null without a scrolling box. */
  private contentOffset(element: Element): number | null {
    if (!this.scrollerY) return null;
    return this.scrollerY.scrollTop + element.getBoundingClientRect().top - visibleAreaTop(this.scrollerY);
  }

  private numberAtPlace(element: Element): number | undefined {
    const offset = this.contentOffset(element);
    if (offset === null) return undefined;
    const at = Math.round(offset);
    // A pixel either way: sub-pixel offsets round differently from one scroll position to the next.
    return this.placed.get(at) ?? this.placed.get(at - 1) ?? this.placed.get(at + 1);
  }

  /**
   * Rows found again by where they sit: the first shown row that sits where a row already read
   * sat, or, when the grid's lines were all of one height at the top, the line its offset falls
   * on. Either way every shown row that was read before must show what it showed then, in every
   * column read in both (two lines that repeat cell for cell sit in two places, so a place never
   * stands for two rows). A row that shows something else means the grid moves its content as it
   * scrolls (estimated line heights): places then prove nothing, for the rest of the read and for
   * the marks after it.
   */
  private anchorByPlace(rows: readonly RenderedRow[]): { anchor: number; number: number } | null {
    if (this.placeTells === false || rows.length === 0) return null;
    let found: { anchor: number; number: number } | null = null;
    for (let i = 0; i < rows.length && !found; i++) {
      const number = this.numberAtPlace(rows[i]!.element);
      if (number !== undefined) found = { anchor: i, number };
    }
    if (!found && this.placePitch) {
      const { first, pitch } = this.placePitch;
      const lines = rows.map((row) => ((this.contentOffset(row.element) ?? Number.NaN) - first) / pitch);
      // Every row on a line, to the pixel, one line after the other.
      const onLines = lines.every((line, i) => Math.abs(line - Math.round(line)) * pitch <= 1 && (i === 0 || Math.round(line) === Math.round(lines[i - 1]!) + 1));
      if (onLines) found = { anchor: 0, number: Math.round(lines[0]!) + 1 };
    }
    if (!found) return null;
    for (let i = 0; i < rows.length; i++) {
      const texts = this.cells.get(found.number + (i - found.anchor));
      if (!texts) continue;
      for (const [column, cell] of rows[i]!.cells) {
        const text = texts.get(column);
        if (text !== undefined && visibleText(cell) !== text) {
          this.placeTells = false;
          return null;
        }
      }
    }
    this.placeTells = true;
    return found;
  }


  /** Row numbers from an attribute the grid writes on each row (see row-index-attribute.ts). */
  private readonly rowIndexes = new RowIndexAttribute();

  /** For rows of one height placed by the grid: the first row's offset and the height of a line; null when heights differ. */
  private rowPitch: { first: number; pitch: number } | null | undefined;

  /** Some row is in the scrolling box's view (not lines left over from before a scroll). */
  private showsInView(rows: readonly RenderedRow[]): boolean {
    if (!this.scrollerY) return true;
    const top = visibleAreaTop(this.scrollerY);
    const bottom = top + this.scrollerY.clientHeight;
    return rows.some((row) => {
      const box = row.element.getBoundingClientRect();
      return box.bottom > top && box.top < bottom;
    });
  }

  /** A row's identity while it scrolls: its element, or for rows the grid positions itself, its offset in the content. */
  private keyOf(element: Element): Element | number {
    return placedByGrid(element) ? Math.round(lineTop(element)) : element;
  }

  private lookup(key: Element | number): number | null {
    if (typeof key !== 'number') return this.followed.get(key) ?? null;
    // A pixel either way: sub-pixel offsets round differently from one scroll position to the next.
    return this.followedAt.get(key) ?? this.followedAt.get(key - 1) ?? this.followedAt.get(key + 1) ?? null;
  }

  /** Where a row is now in the scrolled content, when the grid still shows it (grids may move rows as they scroll). */
  currentOffset(row: number): number | undefined {
    const element = this.lastSeen.get(row);
    return (element?.isConnected ? this.contentOffset(element) : null) ?? this.rowOffsets.get(row);
  }

  /** The number a row was followed under, for grids that state none. */
  followedRow(element: Element): number | null {
    const number = this.rowIndexes.numberOf(element) ?? this.lookup(this.keyOf(element));
    if (number !== null || !this.placeTells || this.lostTrack) return number;
    return this.numberAtPlace(element) ?? null;
  }

  /** The grid columns in order, as read so far. */
  columns(): number[] {
    return [...this.headers.keys()].sort((a, b) => a - b);
  }

  /** Whether a row has been read in every known column. */
  isComplete(row: number): boolean {
    // No column known yet: no row is whole (and counting rows read would never end).
    return this.headers.size > 0 && (this.cells.get(row)?.size ?? 0) >= this.headers.size;
  }

  private prefix = { rows: 0, columns: 0 };

  /** How many rows from row 1 on have been read whole, without a gap. */
  contiguousRows(): number {
    // Rows are only added, so the count only grows, unless a new column was found since.
    if (this.prefix.columns !== this.headers.size) this.prefix = { rows: 0, columns: this.headers.size };
    while (this.isComplete(this.prefix.rows + 1)) this.prefix.rows++;
    return this.prefix.rows;
  }

  private highest = 0;

  /** The highest row number seen, read whole or not. */
  highestRow(): number {
    return this.highest;
  }

  /** The texts of rows 1..count in the column order of `columns()`. */
  rows(count: number): string[][] {
    const columns = this.columns();
    const rows: string[][] = [];
    for (let number = 1; number <= count; number++) {
      const texts = this.cells.get(number);
      rows.push(columns.map((column) => texts?.get(column) ?? ''));
    }
    return rows;
  }
}
