import type { ReadingProgress } from '../../extension/messaging/messages';
import { wholeRowCount } from '../layout/aria-grid-rows';
import type { FoundTable } from '../discovery/discover-tables';
import type { GridAdapter } from '../grid-adapters';
import { GridCollector, MAX_GRID_ROWS } from './grid-collector';
import { headerElements, type RenderedRow, snapshotGrid } from '../layout/grid-snapshot';
import { CellPlacementMemo } from '../layout/placement-memo';
import { announceScroll, isBusy, lookWhileDrawing, nextRender, nextTask, ScrollAnnouncer, waitForGrid, waitForQuietFrame } from './render-wait';
import { drawsWholeHeight, drawsWholeWidth, EnlargedScrollBoxes } from './enlarged-view';
import { atBottom, gridScrollContainer, rendersOnlyInView, type SavedScrollPositions, saveScrollPositions, scrollBoxTo, sidewaysPositions, someInView } from './scroll-container';
import { putBackAfterResizeAnswer } from './resize-answer';
import { bringBackUserView, shownLines, userLineNumber, userViewOf } from './user-view';
import { RowsDrawnAbove } from './rows-drawn-above';
import { pauseScrollSnap } from './scroll-snap-pause';
import { headerCoverOf } from './header-cover';
import { rowContent } from './placeholder-row';

/**
 * Reading a grid that renders only the rows (and columns) in view: scroll its own scrolling box
 * from the top, a screen of rows at a time, sweeping sideways where columns are rendered only in
 * view too; collect every part by row number and column; stop when the grid's stated row count
 * is reached or, when it states none, at the end of its scrolling; then put the user's scroll
 * position back.
 */

/** How far reading got: rows read so far, and what the grid says it has (null when it does not say). */
export type RowsRead = Pick<ReadingProgress, 'rowsRead' | 'rowsExpected'>;

export interface ScrolledGrid {
  headers: string[];
  /** For each header position, its grid column (aria-colindex − 1, or its place in the row). */
  columns: number[];
  rows: string[][];
  /** Rows the grid says it has; null when it does not say (then it was read to its end). */
  rowsExpected: number | null;
  /** Every row up to the stated count (or the end of the scrolling) was read, with no gap. */
  complete: boolean;
  /** The grid showed rows that could not be told from rows already read (see GridCollector.lostTrack). */
  lostTrack: boolean;
  /** The row a lazy grid still showed as a placeholder when reading gave up waiting for it (reading ended there); null when none. */
  stalledAtRow: number | null;
  /** Where each data row (index = row − 1) and each column sits in the scrolled content, for marks. */
  rowOffsets: Map<number, number>;
  columnOffsets: Map<number, number>;
  scrollerY: Element | null;
  scrollerX: Element | null;
  followedRow(row: RenderedRow): number | null;
  /** Subtracted from the row numbers the grid states (rows before the page read). */
  rowBase: number;
}

/** A grid that takes longer than this to read is stopped, and the user told which rows were read. */
const MAX_READ_MS = 180_000;
/** A look at the grid this long leaves the grid's next re-render to a task of its own (see the loop). */
const LONG_LOOK_MS = 15;

export async function readScrollingGrid(
  found: FoundTable,
  adapter: GridAdapter | null,
  onProgress: (progress: RowsRead) => void,
  /** Rows to expect when the grid's own count is not what scrolling can reach (one page of a paged grid). */
  rowsOnPage: number | null = null,
  /** Aborts reading at its next step (Cancel, or the page changed); the scroll position is put back. */
  signal?: AbortSignal,
): Promise<ScrolledGrid> {
  const grid = found.element;
  const doc = grid.ownerDocument;
  const view = doc.defaultView!;
  const first = snapshotGrid(found, adapter);
  const rowElement = first.rows[0]?.element ?? grid;
  const scrollerY = gridScrollContainer(grid, rowElement, 'y');
  const scrollerX = gridScrollContainer(grid, rowElement, 'x');
  // A count no larger than the rows drawn now may be of the rows drawn (see wholeRowCount).
  const declared = wholeRowCount(grid, first.rowsDrawn, rendersOnlyInView(first.rows.map((row) => row.element), grid));
  // Pinned totals lines are counted in aria-rowcount too, and are never read as lines.
  const notDataRows = first.headerRowIndex + first.ownRows;
  let rowsExpected = rowsOnPage ?? (declared !== null && declared > notDataRows ? declared - notDataRows : null);
  // ARIA counts the header rows in aria-rowcount, and the count above takes them off; some grids
  // (SAP UI5's table) count data rows only yet number them after the header all the same. A row
  // numbered past the count shows which: the grid then has `declared` data rows (or more).
  const countsDataRowsOnly = rowsOnPage === null && declared !== null && first.headerRowIndex > 0;
  const noteRowsPastCount = (): void => {
    if (countsDataRowsOnly && rowsExpected !== null && collector.highestRow() > rowsExpected) rowsExpected = Math.max(declared!, collector.highestRow());
  };
  const collector = new GridCollector(scrollerY, scrollerX);
  // A later page of a paged grid goes on counting rows (MUI: page 2 starts at aria-rowindex 102);
  // its rows are numbered from the first one the page shows at its top. A header that states no
  // row index may be counted in the lines' numbers all the same (Fluent UI's DetailsList: line 1
  // at aria-rowindex 2, and its header moved out of the grid into a sticky box once scrolled): the
  // lines at the top tell, and until the top is seen no row is taken in.
  let rowBase: number | null = null;
  const decideRowBase = (stated: readonly number[], unindexedHeaders: number): void => {
    if (stated.length === 0) {
      if (rowsOnPage === null) rowBase = 0;
      return;
    }
    const base = Math.min(...stated) - 1;
    if (rowsOnPage !== null) rowBase = base;
    else if (base === 0 || base === unindexedHeaders) {
      rowBase = base;
      // The count took off no header row (none stated an index): the header rows come off it now.
      if (base > 0 && rowsExpected !== null && declared !== null && rowsExpected === declared - notDataRows) rowsExpected -= base;
    }
  };
  // Rows shown at one look are mostly shown again at the next: their cells are not measured again.
  const placements = new CellPlacementMemo();
  // When the last look at the grid began: a long look is not followed by the grid's re-render in the same task.
  let lookedAt = 0;
  // The rows shown at the last look, when every one states its number (see rows-drawn-above.ts); else empty.
  let numberedRows: Element[] = [];
  const collect = (): number => {
    lookedAt = performance.now();
    const snapshot = snapshotGrid(found, adapter, placements);
    numberedRows = snapshot.rows.every((row) => row.number !== null) ? snapshot.rows.map((row) => row.element) : [];
    const atTop = (scrollerY?.scrollTop ?? 0) < 1;
    const stated = snapshot.rows.flatMap((row) => (row.number === null ? [] : [row.number]));
    if (rowBase === null && atTop) decideRowBase(stated, snapshot.unindexedHeaderRows);
    // Rows numbered by an index whose start is not known yet are not taken in (see decideRowBase).
    if (rowBase === null && rowsOnPage === null) return 0;
    if (rowBase) for (const row of snapshot.rows) if (row.number !== null) row.number -= rowBase;
    const learned = collector.collect(snapshot, atTop);
    noteRowsPastCount();
    return learned;
  };
  /** For waiting on a render: collects at every look, and holds once anything new was seen. */
  const learnedSome = (): (() => boolean) => {
    let learned = 0;
    return () => (learned += collect()) > 0;
  };
  /**
   * For waiting at the top: as learnedSome, but not while the rows shown there are not the first
   * lines yet. The headers alone are something new, and a grid that redraws a while after the
   * scroll (a debounced scroll handler) still shows the user's rows under a spacer: reading that
   * scrolled on then had no row 1 to count the rows below from, and read none.
   */
  const learnedFromTop = (): (() => boolean) => {
    const learned = learnedSome();
    return () => learned() && !collector.awaitsFirstLine();
  };
  const done = (): boolean => rowsExpected !== null && collector.contiguousRows() >= rowsExpected;
  /**
   * Rows shown as placeholders (a lazy grid's server has not answered for them yet: see
   * placeholder-row.ts) are waited for where they are: scrolled past, they were read as lines of
   * empty cells, or not at all. A grid known to load lazily is given up to LOAD_TIMEOUT_MS; rows
   * it has not filled by then end the reading (`stalled`), and the user is told from which row on
   * nothing was read. Blank rows of a grid not known to, until it has been quiet for BLANK_QUIET_MS
   * (a server's answer, with nothing moving meanwhile), then they are read as the blank rows they are.
   */
  let stalled = false;
  const fillPlaceholders = async (): Promise<void> => {
    if (collector.placeholdersShown() === 0) return;
    const filled = await waitForGrid(grid, () => (collect(), collector.placeholdersShown() === 0), { quietMs: BLANK_QUIET_MS, loading: () => collector.loadsLazily() });
    if (!filled && collector.giveUpOnPlaceholders()) stalled = true;
  };

  const userScroll = saveScrollPositions([scrollerY, scrollerX, doc.scrollingElement]);
  const resumeScrollSnap = pauseScrollSnap([scrollerY, scrollerX]);
  // Placeholders (a lazy grid still loading the user's rows) show nothing to find the user's lines by:
  // any run of them matched any other, and the box was put back by the shift to it (21 px off).
  const userLines = first.rows.filter((row) => rowContent(row) === 'line');
  const userView = scrollerY && scrollerY !== doc.scrollingElement ? userViewOf(shownLines(userLines, scrollerY), scrollerY.clientHeight) : null;
  // The content's height changes only when the grid re-measured rows it had laid out at an
  // estimated height: only then may the pixel offset put back show other lines (user-view.ts).
  const contentHeight = scrollerY?.scrollHeight ?? 0;
  const started = performance.now();
  // Without a stated count, the grid is read whole once its scrolling ends and no more rows come.
  let reachedEnd = scrollerY === null;
  const enlarged = new EnlargedScrollBoxes();
  const announcer = new ScrollAnnouncer();
  try {
    // Many screens of rows per render (see enlarged-view.ts); the grid re-renders for its new size
    // before the first read, so rows are not taken in without the columns it then adds.
    const ownHeight = scrollerY?.clientHeight ?? 0;
    enlarged.enlarge(scrollerY, 'y');
    enlarged.enlarge(scrollerX, 'x');
    if (scrollerY) scrollBoxTo(scrollerY, { top: 0 });
    if (scrollerX) scrollBoxTo(scrollerX, { left: 0 });
    await waitForQuietFrame([grid, scrollerY, scrollerX]);
    await waitForGrid(grid, learnedFromTop());
    await fillPlaceholders();
    // Whether the grid draws whole rows in the larger box decides how it is read (below). Judged
    // from a look a frame too soon (AG Grid draws the new columns' header cells a frame before the
    // rows' cells), no row was whole: the box went back to its width, and the columns were swept
    // sideways at every step, two renders a step instead of one.
    await lookWhileDrawing(view, collect, () => collector.contiguousRows() > 0 && collector.highestRow() <= collector.contiguousRows());
    // A grid that draws no more rows in a taller box is read at its own height from the start.
    if (scrollerY && enlarged.isEnlarged('y') && !drawsWholeHeight(rowElements(found, adapter), scrollerY, ownHeight)) {
      enlarged.restore('y');
      scrollBoxTo(scrollerY, { top: 0 });
      await waitForQuietFrame([grid, scrollerY, scrollerX]);
      collect();
    }
    // A grid that sizes its columns from its own settings draws no more of them in a wider box
    // (its header, or its rows: TOAST UI Grid draws every header cell but the rows' cells in its
    // own width only, so no row shows whole): its columns are swept sideways at the box's own width.
    const noRowWhole = collector.highestRow() > 0 && collector.contiguousRows() === 0;
    if (scrollerX && enlarged.isEnlarged('x') && (noRowWhole || !drawsWholeWidth(headerCells(found, adapter), scrollerX))) {
      enlarged.restore('x');
      scrollBoxTo(scrollerX, { left: 0 });
      await waitForQuietFrame([grid, scrollerY, scrollerX]);
      collect();
    }

    // Columns rendered only in view: whenever rows were seen without all their columns, sweep
    // sideways at this height, one way then back the other way at the next (a snake, so each
    // height costs one sideways pass, not two).
    let positions = scrollerX ? sidewaysPositions(scrollerX) : [];
    let columnsInViewOnly = false;
    const sweepIfNeeded = async (): Promise<void> => {
      signal?.throwIfAborted();
      if (positions.length < 2 || (!columnsInViewOnly && collector.highestRow() <= collector.contiguousRows())) return;
      for (const left of positions.slice(1)) {
        scrollBoxTo(scrollerX!, { left });
        announcer.announce(scrollerX!);
        // Columns drawn in the scroll handler are there at once; others a frame (or two) later.
        await nextTask();
        if (collect() > 0) continue;
        await nextRender(view);
        if (collect() === 0) {
          await nextRender(view);
          collect();
        }
      }
      positions.reverse();
    };
    // Once at the top: a header that gains columns sideways renders columns only in view, and
    // every height needs the sweep (rows may look whole with the columns the header shows).
    const columnsAtLeft = collector.headers.size;
    columnsInViewOnly = true;
    await sweepIfNeeded();
    columnsInViewOnly = collector.headers.size > columnsAtLeft;
    onProgress({ rowsRead: collector.contiguousRows(), rowsExpected });

    // The end of the taller box is looked at once more at the box's own size, as the user has it:
    // a grid that draws its rows for the size it measures may draw its last ones only there
    // (columns may then be drawn only in view again: they are swept as before).
    // Returns whether reading should go on: something new came, the content grew below (rows
    // loaded at its end), or a row below one not read whole was seen (the loop goes back up for
    // it); otherwise the grid has been read to its end.
    const readEndAtOwnSize = async (): Promise<boolean> => {
      const [whole, highest] = [collector.contiguousRows(), collector.highestRow()];
      enlarged.restore();
      positions = scrollerX ? sidewaysPositions(scrollerX) : [];
      scrollBoxTo(scrollerY!, { top: scrollerY!.scrollHeight });
      announcer.announce(scrollerY!);
      // The grid heard of the taller box (drawsWholeHeight), and its end was waited at until it fell
      // quiet: at its own size it only re-renders for the smaller box, in the frame it hears of it.
      // Waiting for it to fall quiet again (QUIET_MS) would only add to every read of a grid that
      // states no row count; one that says it is loading is waited for all the same.
      await waitForQuietFrame([grid, scrollerY, scrollerX]);
      // Rows the grid says it has and has not shown yet are waited for here, at the size it draws
      // them for: Fluent UI's List sizes what it draws by the window, not the box, so its last rows
      // come only here, from a timer (a debounce of 100 ms, then an idle callback); on a loaded
      // machine it had not drawn them in the frame, and reading ended with 1,990 of 2,000 rows.
      const owed = rowsExpected !== null && collector.contiguousRows() < rowsExpected;
      const learned = collect() > 0 || ((isBusy(grid) || owed) && (await waitForGrid(grid, learnedSome(), owed ? { quietMs: OWED_ROWS_QUIET_MS } : {})));
      await sweepIfNeeded();
      return learned || !atBottom(scrollerY!) || collector.contiguousRows() > whole || collector.highestRow() > highest || collector.highestRow() > collector.contiguousRows();
    };

    // Whether rows lie past the stated count (see countsDataRowsOnly): once the count is reached
    // away from the end of the box, its end is looked at; reading goes on when rows came there.
    const rowsPastCountAtEnd = async (): Promise<boolean> => {
      if (!countsDataRowsOnly || !scrollerY || !done() || atBottom(scrollerY)) return false;
      const expected = rowsExpected;
      scrollBoxTo(scrollerY, { top: scrollerY.scrollHeight });
      announcer.announce(scrollerY);
      await waitForGrid(grid, learnedSome());
      return rowsExpected !== expected;
    };

    const retries = new Map<number, number>();
    const drawnAbove = new RowsDrawnAbove();
    let endWaits = 0;
    while (scrollerY && !stalled && (!done() || (await rowsPastCountAtEnd())) && performance.now() - started < MAX_READ_MS && collector.contiguousRows() < MAX_GRID_ROWS) {
      signal?.throwIfAborted();
      // The grid re-renders in the scroll handler announceScroll calls: after a long look (our read
      // forced the layout of many rows), in a task of its own, not in the one that read the last
      // part (together they held the page too long). After a short one, at once: a yield before
      // each of react-window's ~105 steps for 2,000 rows cost it ~0.6 s.
      if (performance.now() - lookedAt > LONG_LOOK_MS) await nextTask();
      const before = scrollerY.scrollTop;
      scrollBoxTo(scrollerY, { top: nextTop(scrollerY, collector, retries, drawnAbove) });
      // Where the box went is known before the grid re-renders; asked after, it would force the
      // layout of the grid's new rows in this task.
      const moved = Math.abs(scrollerY.scrollTop - before) >= 1;
      const movedDown = scrollerY.scrollTop - before >= 1;
      announcer.announce(scrollerY);
      const [wholeBefore, highestBefore] = [collector.contiguousRows(), collector.highestRow()];
      let rendered = await waitForGrid(grid, learnedSome(), { quick: true, scrolled: announcer.repeating ? scrollerY : null });
      // Nothing new a step down, away from the end: the grid may have missed the step (see ScrollAnnouncer).
      if (!rendered && movedDown && !atBottom(scrollerY)) {
        if (announcer.missedStep()) {
          scrollBoxTo(scrollerY, { top: scrollerY.scrollTop + 1 });
          rendered = await waitForGrid(grid, learnedSome());
        }
        // Missed again: a handler that drops a scroll too soon after the last one it handled.
        if (!rendered && announcer.missedAgain()) {
          announceScroll(scrollerY);
          rendered = await waitForGrid(grid, learnedSome(), { quick: true, scrolled: scrollerY });
        }
      }
      await sweepIfNeeded();
      // What the sideways sweep brought counts too. A step back up to a row seen without all its
      // columns may see nothing new until the sweep draws them and makes rows whole: taken for
      // "nothing new here", it sent reading to the grid's end, and after a few such steps reading
      // ended with rows never read whole (react-virtualized's MultiGrid, 1,600–1,800 of 2,000 rows
      // in 1 of ~5 runs).
      // A step that made no row whole showed rows in part: a grid that draws over several frames
      // (Blueprint's Table, 20 cells every second frame) is still drawing them. Scrolled on at its
      // first batch, reading went a screen past them and back up for them (nextTop) at every other
      // step, and on a loaded machine gave up on them after MAX_RETRIES_PER_GAP: 555 and 861 of
      // 2,000 rows read in 2 of 4 runs. Looked at while the grid draws, they are read where they are.
      if (rendered && collector.contiguousRows() === wholeBefore && collector.highestRow() > wholeBefore) {
        await lookWhileDrawing(view, collect, () => collector.contiguousRows() > wholeBefore);
      }
      await fillPlaceholders();
      const learned = rendered || collector.contiguousRows() > wholeBefore || collector.highestRow() > highestBefore;
      if (movedDown && rendered && numberedRows.length > 0) drawnAbove.note(numberedRows, scrollerY);
      onProgress({ rowsRead: collector.contiguousRows(), rowsExpected });
      if (!learned && (!moved || atBottom(scrollerY))) {
        // Rows seen at the end but not whole: a grid that draws its cells in batches over several
        // frames (Blueprint's Table) has not drawn them all yet. Waited for (a few times at most)
        // before this is called the end: reading ended 4 rows short in 1 of 4 runs. So are rows
        // the grid says it has and has not drawn at all: Fluent UI's List draws its last page of
        // rows a while after the scroll that reaches it (1,990 of 2,000 read on a loaded machine).
        const rowsOwed = collector.highestRow() > collector.contiguousRows() || (rowsExpected !== null && collector.contiguousRows() < rowsExpected);
        if (rowsOwed && endWaits++ < MAX_END_WAITS && (await waitForGrid(grid, learnedSome()))) {
          await fillPlaceholders();
          await sweepIfNeeded();
          continue;
        }
        // Not a step more at the end: it would wait for the grid to fall quiet once again.
        if (enlarged.isEnlarged('y') && (await readEndAtOwnSize())) continue;
        reachedEnd = await asFarDownAsItGoes(scrollerY, [grid, scrollerY, scrollerX], announcer);
        break;
      }
      // Nothing new here, and the grid does not say how many rows it has: it may render every
      // row (nothing left to scroll for) or load more at its end. Go to the end to see which.
      if (!learned && rowsExpected === null) {
        scrollBoxTo(scrollerY, { top: scrollerY.scrollHeight });
        if (!(await waitForGrid(grid, learnedSome()))) {
          if (enlarged.isEnlarged('y') && (await readEndAtOwnSize())) continue;
          reachedEnd = await asFarDownAsItGoes(scrollerY, [grid, scrollerY, scrollerX], announcer);
          break;
        }
      }
    }
  } finally {
    // The size first: the box holds the user's scroll offset again only once it is back to its size.
    enlarged.restore();
    userScroll.restore();
    await putBackAfterResizeAnswer(userScroll, view);
    // A lazy grid loads the user's rows again where they are put back, and may move its box as they
    // come (PrimeReact's lazy scroller, by a row or two, in 1 of 3 runs): the place is held once
    // they have come (holdPutBack, below).
    if (collector.loadsLazily()) await waitForGrid(grid, () => snapshotGrid(found, adapter).rows.every((row) => rowContent(row) === 'line'), { loading: () => true });
    if (userView && Math.abs(scrollerY!.scrollHeight - contentHeight) >= 1) {
      const userLineTop = (): number | null => {
        // Lines that repeat cell for cell: the run nearest the lines drawn at the place put back.
        const drawn = snapshotGrid(found, adapter).rows[0];
        const near = (drawn && collector.followedRow(drawn)) ?? 1;
        const number = userLineNumber(userView, collector.rows(collector.highestRow()), near);
        return number === null ? null : (collector.currentOffset(number) ?? null);
      };
      await bringBackUserView(scrollerY!, userView, () => snapshotGrid(found, adapter).rows, (ready) => waitForGrid(grid, ready), userLineTop);
    }
    else await holdPutBack(userScroll, [grid, scrollerY, scrollerX]);
    if (resumeScrollSnap) await resumeSnapAtUserPlace(resumeScrollSnap, userScroll, () => someInView(snapshotGrid(found, adapter).rows.map((row) => row.element), scrollerY), grid);
  }

  const read = collector.contiguousRows();
  const stalledAtRow = stalled ? Math.min(collector.firstUnfilled() ?? read + 1, read + 1) : null;
  const columns = collector.columns();
  const rows = collector.rows(read);
  // Spreadsheets keep empty rows below the data for typing into: they are no catalog lines.
  while (rows.length > 0 && rows[rows.length - 1]!.every((text) => text === '')) rows.pop();
  return {
    headers: columns.map((column) => collector.headers.get(column)!),
    columns,
    rows,
    rowsExpected,
    complete: stalledAtRow === null && (rowsExpected === null ? reachedEnd && collector.highestRow() <= read && !collector.lostTrack : read >= rowsExpected),
    lostTrack: collector.lostTrack,
    stalledAtRow,
    rowOffsets: collector.rowOffsets,
    columnOffsets: collector.columnOffsets,
    scrollerY,
    scrollerX,
    followedRow: (row) => collector.followedRow(row),
    rowBase: rowBase ?? 0,
  };
}

/**
 * Snapping again moves the box to the nearest snap position among the rows drawn: the user's place
 * was one, but a grid that draws late (rows loaded, a debounced scroll handler) may not have drawn
 * its rows there yet, and the nearest rows drawn are elsewhere. Resumed once the grid draws rows
 * in view there; if the box moved all the same, the place is put back once more (snapping then
 * finds the user's rows).
 */
async function resumeSnapAtUserPlace(resume: () => void, userScroll: SavedScrollPositions, drawsRowsInView: () => boolean, grid: Element): Promise<void> {
  await waitForGrid(grid, drawsRowsInView);
  resume();
  if (userScroll.areBack()) return;
  userScroll.restore();
}

/** How often the user's scroll position is put back again when the grid moved its box after it was put back. */
const MAX_PUT_BACKS = 3;

/**
 * Put the user's scroll position back until the grid keeps it. A grid that was still laying
 * rows out at the end of the box when it shrank back to its size may correct its box to where
 * those rows were a frame later (lit-virtualizer scrolls by the "error" it measured around its
 * anchor row, and sets scrollLeft to 0 as it does): in a CI run, Spectrum's table ended at its
 * bottom, not where the user had left it.
 */
async function holdPutBack(userScroll: SavedScrollPositions, roots: readonly (Element | null)[]): Promise<void> {
  for (let tries = 0; tries < MAX_PUT_BACKS; tries++) {
    await waitForQuietFrame(roots);
    if (userScroll.areBack()) return;
    userScroll.restore();
  }
}

/** The row elements the grid draws now. */
function rowElements(found: FoundTable, adapter: GridAdapter | null): Element[] {
  return snapshotGrid(found, adapter).rows.map((row) => row.element);
}

/** The header cells the grid draws now. */
function headerCells(found: FoundTable, adapter: GridAdapter | null): Element[] {
  return headerElements(snapshotGrid(found, adapter));
}

/**
 * The box is at its end: its scrollTop reaches its content's end, or the grid keeps it where it
 * is when scrolled down once more. Under CSS zoom a grid may hold its box short of
 * scrollHeight − clientHeight (SlickGrid, zoomed 1.25, scrolls it back 132 px in its scroll
 * handler: it measures its box on screen), its last rows drawn and read there; where the grid
 * holds the user's scrolling too is its end.
 */
async function asFarDownAsItGoes(scrollerY: Element, roots: readonly (Element | null)[], announcer: ScrollAnnouncer): Promise<boolean> {
  if (atBottom(scrollerY)) return true;
  const before = scrollerY.scrollTop;
  scrollBoxTo(scrollerY, { top: scrollerY.scrollHeight });
  announcer.announce(scrollerY);
  await waitForQuietFrame(roots);
  return scrollerY.scrollTop - before < 1;
}

/** How long a grid not known to load lazily may stay quiet while it shows blank rows before they are read as blank (see fillPlaceholders). */
const BLANK_QUIET_MS = 1_000;

/** How often reading waits at the end for rows seen there but not drawn whole yet. */
const MAX_END_WAITS = 3;

/**
 * How long a grid may stay still at its end, at its own size, while it owes rows it says it has,
 * before reading takes that as its end: longer than QUIET_MS, for a grid that draws them from a
 * timer on a loaded machine. Paid once, and only by a grid whose count was not reached.
 */
const OWED_ROWS_QUIET_MS = 1_000;

/** How often reading goes back up to a row the grid skipped (a render that stalled) before giving up on it. */
const MAX_RETRIES_PER_GAP = 3;

/**
 * Where to scroll next: put the last row read whole (with every row above it) at the top of the
 * box (below a header kept there), so the next part overlaps this one by a row; grids render rows below the view too, so
 * this often moves more than a screen. When that row is above the view already, a row below it
 * was never seen whole (the grid was slow to render it): go back up for it, a few times at most.
 */
function nextTop(scrollerY: Element, collector: GridCollector, retries: Map<number, number>, drawnAbove: RowsDrawnAbove): number {
  const current = scrollerY.scrollTop;
  const lastRead = collector.contiguousRows();
  // Before any row is read whole (row 1 seen without a column the grid drew later), row 1 is the one to go back to.
  const offset = collector.currentOffset(Math.max(lastRead, 1));
  // Further by what the grid draws above its view, once it is known to (see rows-drawn-above.ts);
  // less by what its header covers of the box's top, where some grids draw no row (header-cover.ts).
  if (offset !== undefined && offset > current + 1) return Math.max(current + 1, offset + drawnAbove.extent() - headerCoverOf(scrollerY, collector.headerCells));
  const tries = retries.get(lastRead) ?? 0;
  if (offset !== undefined && offset < current - 1 && tries < MAX_RETRIES_PER_GAP) {
    retries.set(lastRead, tries + 1);
    drawnAbove.distrust();
    return offset;
  }
  return current + scrollerY.clientHeight * 0.9;
}
