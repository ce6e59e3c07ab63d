import { type GridSnapshot, headerElements, type RenderedRow } from '../layout/grid-snapshot';
import { contentLeftAt, contentTopAt, scrollScale, someInView } from './scroll-container';
import { cellValueText } from '../layout/table-layout';
import { lineTop, placedByGrid } from '../layout/split-rows';
import { RowIndexAttribute } from './row-index-attribute';
import { anchorByContent, cellsInCommon, type RowCells } from './content-anchor';
import { FirstLineCheck } from './first-line';
import { ColumnsByHeader, namesOneColumn } from './columns-by-header';
import { uniformPitch } from './line-pitch';
import { drawnBox } from '../layout/row-box';
import { rowContent } from './placeholder-row';
import { PlaceholderRows } from './placeholder-rows';

/**
 * The texts a rendered row shows, by grid column (to compare with rows read: content-anchor.ts).
 * A placeholder shows none: it neither agrees nor disagrees with the row it stands for.
 */
function shownCells(row: RenderedRow, placeholder = false): RowCells {
  return placeholder ? new Map() : new Map([...row.cells].map(([column, cell]) => [column, cellValueText(cell, row)]));
}

/**
 * Where the grid's box is scrolled, as numbering rows needs it: below the top, rows are tied to
 * rows seen before; at the top, the first row shown is row 1, but only once the grid shows its
 * first line there (first-line.ts): right after a scroll to the top it may still show other rows.
 */
export type ScrollPlace = 'below the top' | 'top, first line not shown yet' | 'top, first line shown';

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
  /** The header cells drawn at the last look (see header-cover.ts). */
  headerCells: Element[] = [];
  private readonly cells = new Map<number, Map<number, string>>();
  /**
   * Top of each row and left of each column in the scrolling content (from its left edge, also
   * right to left), in CSS pixels. A row is measured where it is drawn (drawnBox), here as
   * everywhere the collector places rows: a row element may be a wrapper of no size left at the
   * top of the content, its cells each placed absolutely at the line's offset (Wijmo's FlexGrid).
   * Measured by its own box, every row sat at the content's top, so reading, sent back up to the
   * last row read, went back to the top after every step (2,000 rows unread after 3 minutes).
   */
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

  private readonly firstLine = new FirstLineCheck();
  private readonly columnsByHeader = new ColumnsByHeader();

  constructor(
    private readonly scrollerY: Element | null,
    private readonly scrollerX: Element | null,
  ) {}

  /** Take in what the grid shows now; returns how many cells (and headers) were new. */
  collect(snapshot: GridSnapshot, atTop: boolean): number {
    let learned = 0;
    const columnOf = this.columnsByHeader.columnsOf(snapshot, this.headers);
    this.headerCells = headerElements(snapshot);
    for (const [shown, header] of snapshot.headers) {
      const column = columnOf(shown);
      const known = this.headers.get(column);
      // Named by a column group's cell alone until the column's own header cell is drawn (see
      // namesOneColumn): the longer words name it, and its own cell places it.
      if (known !== undefined && !(header.text.length > known.length && namesOneColumn(known, header.text))) continue;
      this.headers.set(column, header.text);
      learned++;
      if (this.scrollerX && header.element) this.columnOffsets.set(column, contentLeftAt(this.scrollerX, header.element.getBoundingClientRect().left));
    }
    this.place = this.placeOf(snapshot, atTop);
    const contents = snapshot.rows.map(rowContent);
    this.placeholders.startLook(contents);
    const placeholders = contents.map((content) => content !== 'line');
    const numbers = this.numberRows(snapshot.rows, this.place, placeholders);
    const now = performance.now();
    snapshot.rows.forEach((row, i) => {
      const number = numbers[i];
      const content = contents[i];
      if (number === null || number === undefined || number < 1 || number > MAX_GRID_ROWS) {
        if (number === null) this.placeholders.seeUnnumbered(content!);
        return;
      }
      this.see(number, row.element);
      // A row read in part before shows no value in the columns in view now: those cells are empty.
      const placeholder = content === 'loading' || (content === 'blank' && !this.cells.has(number));
      if (placeholder) {
        this.highest = Math.max(this.highest, number);
        if (this.scrollerY && !this.rowOffsets.has(number)) this.rowOffsets.set(number, contentTopAt(this.scrollerY, drawnBox(row.element).top));
        this.placeholders.see(number, content === 'blank', this.isComplete(number), now);
        return;
      }
      // A row taken with no value (giveUpOnPlaceholders) and filled since is read again.
      if (content === 'line' && this.placeholders.filled(number, now)) {
        this.cells.delete(number);
        this.prefix.rows = Math.min(this.prefix.rows, number - 1);
      }
      let texts = this.cells.get(number);
      if (!texts) {
        this.highest = Math.max(this.highest, number);
        texts = new Map();
        this.cells.set(number, texts);
        if (this.scrollerY) this.rowOffsets.set(number, contentTopAt(this.scrollerY, drawnBox(row.element).top));
      }
      for (const [shown, cell] of row.cells) {
        const column = columnOf(shown);
        if (texts.has(column)) continue;
        texts.set(column, cellValueText(cell, row));
        learned++;
      }
      for (const shown of row.absent ?? []) {
        const column = columnOf(shown);
        if (texts.has(column)) continue;
        texts.set(column, '');
        learned++;
      }
    });
    return learned;
  }

  /** Where the box was at the last look (see ScrollPlace). */
  private place: ScrollPlace = 'below the top';

  /** The rows shown before the grid has their values (placeholder-rows.ts). */
  private readonly placeholders = new PlaceholderRows();

  /** Whether the grid is known to load its rows lazily (see PlaceholderRows). */
  loadsLazily(): boolean {
    return this.placeholders.loadsLazily();
  }

  /** Rows the last look showed as placeholders (placeholder-row.ts) that are not read yet: the grid is still loading them. */
  placeholdersShown(): number {
    return this.placeholders.waitedFor();
  }

  /**
   * The grid did not fill the placeholders it shows in time: a grid not known to load lazily has
   * its blank rows read as they are (see PlaceholderRows.giveUp). Returns whether rows of a lazy
   * grid were given up on (reading then ends before them: see firstUnfilled).
   */
  giveUpOnPlaceholders(): boolean {
    return this.placeholders.giveUp((number) => {
      const texts = this.cells.get(number) ?? new Map<number, string>();
      for (const column of this.headers.keys()) if (!texts.has(column)) texts.set(column, '');
      this.cells.set(number, texts);
    });
  }

  /** The first row a lazy grid never filled (giveUpOnPlaceholders), unless filled since; null when none. */
  firstUnfilled(): number | null {
    return this.placeholders.firstUnfilled();
  }


  /**
   * At the last look the box was at its top, but the rows shown there were not the grid's first
   * lines yet (a grid that redraws a while after the scroll): nothing was numbered from them, and
   * reading must wait at the top rather than scroll on, or no row below can be tied to row 1.
   */
  awaitsFirstLine(): boolean {
    return this.place === 'top, first line not shown yet';
  }

  private placeOf(snapshot: GridSnapshot, atTop: boolean): ScrollPlace {
    if (!atTop) return 'below the top';
    // Rows that state their number are numbered wherever they sit, but at the top they are its
    // first lines only once line 1 is among them. A grid that draws a while after the scroll
    // still shows the rows of where the user had it, and Syncfusion's Grid moves them to the top
    // at once (its table moved to the new place in the scroll handler, the rows drawn afresh
    // only when its debounced handler runs): taken there, they were remembered 3,000 px above
    // where they sit, and reading went back up to them, for rows that were not there.
    const stated = snapshot.rows.flatMap((row) => (row.number === null ? [] : [row.number]));
    if (stated.length > 0) return Math.min(...stated) <= 1 ? 'top, first line shown' : 'top, first line not shown yet';
    // Rows still shown from before a scroll to the top are not its first lines (first-line.ts).
    return this.firstLine.showsFirstLine(snapshot) ? 'top, first line shown' : 'top, first line not shown yet';
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
   * cell still sit in two places. Rows in the flow written afresh at each scroll (Clusterize) are
   * recognised by their cells near where they sit (content-anchor.ts).
   */
  private numberRows(rows: readonly RenderedRow[], place: ScrollPlace, placeholders: readonly boolean[]): (number | null)[] {
    if (rows.some((row) => row.number !== null)) return place === 'top, first line not shown yet' ? rows.map(() => null) : rows.map((row) => row.number);
    // Only rows that begin with the first line are counted from the top.
    const atTop = place === 'top, first line shown';
    const indexed = this.rowIndexes.numbers(rows, atTop);
    if (indexed) return indexed;
    // The box's scale measured once for the look, not once a row.
    const scale = this.scrollerY ? scrollScale(this.scrollerY) : 1;
    const keys = rows.map((row) => this.keyOf(row.element, scale));
    const offsets = keys.filter((key): key is number => typeof key === 'number');
    // Measured once the grid shows its first line in view: right after scrolling to the top, it
    // may still show the lines of where the user had it.
    if (atTop && this.rowPitch === undefined && offsets.length === keys.length && someInView(rows.map((row) => row.element), this.scrollerY)) this.rowPitch = uniformPitch(offsets);
    if (atTop && this.rowPitch === undefined && offsets.length === keys.length) return rows.map(() => null);
    // Rows of one height, placed by the grid: a row's number is where it sits, whatever else the
    // grid shows beside it (a line drawn in part is skipped without shifting the others).
    if (this.rowPitch && offsets.length === keys.length) {
      const { first, pitch } = this.rowPitch;
      return offsets.map((offset) => Math.round((offset - first) / pitch) + 1);
    }
    // Placeholders alone, in the flow of the content: where they sit says nothing of the rows they
    // stand for (PrimeReact draws its loading rows where the rows of the last place were).
    if (placeholders.every(Boolean)) return rows.map(() => null);
    let known = this.stillShown(rows, keys, keys.map((key) => this.lookup(key)), placeholders);
    // Every element new (a grid that writes its rows afresh at each scroll, as Clusterize's
    // markup or a re-rendered framework list do): rows in the flow of the content sit only
    // roughly where the spacer above them puts them, and are recognised by their cells there.
    if (!atTop && !known.some((number) => number !== null)) {
      const first = this.firstInFlow(rows, placeholders) ?? this.firstOnLines(rows, placeholders);
      if (first !== null) known = rows.map((_, i) => first + i);
    }
    let anchor = known.findIndex((number) => number !== null);
    let anchorNumber = anchor >= 0 ? known[anchor]! : 1;
    if (anchor < 0) {
      if (place === 'top, first line not shown yet') return known;
      if (!atTop) {
        // Rows shown that cannot be told from rows already read (a grid that draws its rows
        // afresh at each scroll): rows may have been missed, so the end proves nothing. Before
        // any row was read (a look taken where the user had scrolled, before reading went to the
        // top), nothing can have been missed: those rows are read again from the top.
        // Placeholders alone say nothing yet: the grid is still loading what they stand for.
        if (rows.length > 0 && this.highest > 0 && !placeholders.every(Boolean)) this.lostTrack = true;
        return known;
      }
      anchor = 0;
      anchorNumber = 1;
      if (this.flowPitch === undefined && someInView(rows.map((row) => row.element), this.scrollerY)) {
        const tops = rows.map((row) => this.contentOffset(row.element));
        this.flowPitch = tops.every((top) => top !== null) ? uniformPitch(tops as number[]) : null;
      }
    }
    return keys.map((key, i) => {
      const number = anchorNumber + (i - anchor);
      if (typeof key === 'number') this.followedAt.set(key, number);
      else {
        this.followed.set(key, number);
        const offset = this.contentOffset(rows[i]!.element);
        if (offset !== null) this.followedInFlow.set(offset, number);
      }
      return number;
    });
  }

  /**
   * The numbers rows were followed under, up to the first row that still shows the cells read for
   * its number (the rows after it are counted from it). An element followed as a row may since
   * show another: a grid that reuses its row elements in place, each showing the row at its place
   * in view (UI-Grid's `track by $index`), moved all together. Taken for the rows they showed
   * before, its rows were read as rows already read, and reading ended at the first screen.
   * Rows that no longer show their row's cells are not recognised (null).
   */
  private stillShown(rows: readonly RenderedRow[], keys: readonly (Element | number)[], known: (number | null)[], placeholders: readonly boolean[]): (number | null)[] {
    for (let i = 0; i < known.length; i++) {
      const number = known[i];
      if (number === null || number === undefined) continue;
      // A placeholder may be drawn in the element of a row read before (React keys rows by their
      // place in view): it says nothing of which row it stands for.
      if (placeholders[i] && typeof keys[i] !== 'number') {
        known[i] = null;
        continue;
      }
      // A row placed by the grid is known by its place, which is its own.
      if (typeof keys[i] === 'number' || cellsInCommon(shownCells(rows[i]!, placeholders[i]), this.cells.get(number)) >= 0) return known;
      known[i] = null;
    }
    return known;
  }

  /** Rows in the flow of the content, by where they sat in it when followed (see numberRows). */
  private readonly followedInFlow = new Map<number, number>();

  /** Where a row sits in the scrolled content, in whole pixels; null without a scrolling box of the grid's own. */
  private contentOffset(element: Element): number | null {
    if (!this.scrollerY || this.scrollerY === element.ownerDocument.scrollingElement) return null;
    return Math.round(contentTopAt(this.scrollerY, drawnBox(element).top));
  }

  /** The row a row in the flow of the content would be by where it sits, going by the rows followed there (a guess: see content-anchor.ts). */
  private estimateInFlow(element: Element): number | null {
    const offset = this.contentOffset(element);
    if (offset === null || this.followedInFlow.size < 2) return null;
    let nearest: [number, number] | null = null;
    let [low, high, lowest, highest] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const entry of this.followedInFlow) {
      if (!nearest || Math.abs(entry[0] - offset) < Math.abs(nearest[0] - offset)) nearest = entry;
      [low, high] = [Math.min(low, entry[0]), Math.max(high, entry[0])];
      [lowest, highest] = [Math.min(lowest, entry[1]), Math.max(highest, entry[1])];
    }
    const pitch = (high - low) / (highest - lowest);
    return pitch > 0 ? nearest![1] + (offset - nearest![0]) / pitch : nearest![1];
  }

  /** The number of the first of `rows` (all in the flow, none recognised by element), by their cells; null when they repeat no run read. */
  private firstInFlow(rows: readonly RenderedRow[], placeholders: readonly boolean[]): number | null {
    const estimate = rows.length > 0 ? this.estimateInFlow(rows[0]!.element) : null;
    if (estimate === null) return null;
    return anchorByContent(rows.map((row, i) => shownCells(row, placeholders[i])), (number) => this.cells.get(number), this.highest, estimate);
  }

  /** For rows in the flow: the first line's offset in the content and a line's height, when the lines at the top were of one height. */
  private flowPitch: { first: number; pitch: number } | null | undefined;

  /**
   * The number of the first of `rows` (all in the flow, none recognised by element) when none of
   * them repeats a row read (the grid drew past them between two looks), by the lines' geometry:
   * with lines of one height at the top, a row sitting on a line to the pixel is that line, if
   * each shown row sits one line below the one before and every row already read shows the same
   * cells. A spacer that drifts from the lines (estimated heights) puts rows off them, and then
   * nothing is guessed: null.
   */
  private firstOnLines(rows: readonly RenderedRow[], placeholders: readonly boolean[]): number | null {
    if (!this.flowPitch || rows.length === 0) return null;
    const { first, pitch } = this.flowPitch;
    const lines = rows.map((row) => ((this.contentOffset(row.element) ?? Number.NaN) - first) / pitch);
    const onLines = lines.every((line, i) => Math.abs(line - Math.round(line)) * pitch <= 1 && (i === 0 || Math.round(line) === Math.round(lines[i - 1]!) + 1));
    if (!onLines) return null;
    const number = Math.round(lines[0]!) + 1;
    const agrees = rows.every((row, i) => cellsInCommon(shownCells(row, placeholders[i]), this.cells.get(number + i)) >= 0);
    return agrees ? number : null;
  }

  /** For marks: the number of a row in the flow shown in a new element, by where it sits and its cells. */
  private followedInFlowRow(row: RenderedRow): number | null {
    const estimate = this.estimateInFlow(row.element);
    if (estimate === null) return null;
    return anchorByContent([shownCells(row)], (number) => this.cells.get(number), this.highest, estimate);
  }

  /**
   * Rows were shown that could not be numbered (none recognised, away from the top): reaching
   * the grid's end does not prove it was read whole.
   */
  lostTrack = false;

  /** Row numbers from an attribute the grid writes on each row (see row-index-attribute.ts). */
  private readonly rowIndexes = new RowIndexAttribute();

  /** For rows of one height placed by the grid: the first row's offset and the height of a line; null when heights differ. */
  private rowPitch: { first: number; pitch: number } | null | undefined;

  /** A row's identity while it scrolls: its element, or for rows the grid positions itself, its offset in the content. */
  private keyOf(element: Element, scale = this.scrollerY ? scrollScale(this.scrollerY) : 1): Element | number {
    // In the box's own pixels, where grids place rows (whole pixels apart; on screen, zoom makes the gaps fractional).
    return placedByGrid(element) ? Math.round(lineTop(element, drawnBox(element)) / scale) : element;
  }

  private lookup(key: Element | number): number | null {
    if (typeof key !== 'number') return this.followed.get(key) ?? null;
    // A pixel either way: sub-pixel offsets round differently from one scroll position to the next.
    return this.followedAt.get(key) ?? this.followedAt.get(key - 1) ?? this.followedAt.get(key + 1) ?? null;
  }

  /** Where a row is now in the scrolled content, when the grid still shows it (grids may move rows as they scroll). */
  currentOffset(row: number): number | undefined {
    const element = this.lastSeen.get(row);
    if (!this.scrollerY || !element?.isConnected) return this.rowOffsets.get(row);
    return contentTopAt(this.scrollerY, drawnBox(element).top);
  }

  /** The number a row was followed under, for grids that state none. */
  followedRow(row: RenderedRow): number | null {
    const key = this.keyOf(row.element);
    const stated = this.rowIndexes.numberOf(row.element);
    if (stated !== null) return stated;
    // An element followed as a row is that row only while it shows the row's cells (see stillShown).
    const followed = this.lookup(key);
    if (followed !== null && (typeof key === 'number' || cellsInCommon(shownCells(row), this.cells.get(followed)) >= 0)) return followed;
    return typeof key === 'number' ? this.onPitch(key) : this.followedInFlowRow(row);
  }

  /**
   * A row placed by the grid in lines of one height is numbered by where it sits (numberRows):
   * so is a row the marks look for after reading (headless div grids, grids drawn cell by cell).
   */
  private onPitch(offset: number): number | null {
    if (!this.rowPitch) return null;
    const number = Math.round((offset - this.rowPitch.first) / this.rowPitch.pitch) + 1;
    return number >= 1 && number <= this.highest ? number : null;
  }

  /** The grid columns in order, as read so far. */
  columns(): number[] {
    return [...this.headers.keys()].sort((a, b) => a - b);
  }

  /** Whether a row has been read in every known column. */
  isComplete(row: number): boolean {
    // No column known yet: no row is whole (and counting rows read would never end).
    return this.headers.size > 0 && (this.cells.get(row)?.size ?? 0) >= this.headers.size ;
  }

  private prefix = { rows: 0, columns: 0 };

  /** How many rows from row 1 on have been read whole, without a gap. */
  contiguousRows(): number {
    // Rows are only added, so the count only grows, unless a new column was found since (or a row
    // taken with no value is read again: see collect).
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
