import type { PageTable } from '../layout/page-table';
import { readPageTableSliced } from '../layout/page-table';
import { TimeSlicer } from '../time-slices';
import { columnsInLine, statedColumnCount } from './columns-in-view';
import { columnsSweptNote } from './columns-in-view-note';
import { announceScroll, waitForQuietFrame } from './render-wait';
import { gridScrollContainer, saveScrollPositions, scrollBoxTo, sidewaysPositions } from './scroll-container';
import { pauseScrollSnap } from './scroll-snap-pause';
import { joinViews, layoutIn, type SidewaysView } from './sideways-views';

/**
 * Reading a table that draws every line but only the columns in view (columns-in-view.ts): its box
 * is scrolled sideways a view at a time, at the positions the scrolling reader sweeps
 * (sidewaysPositions), and at each the table is read as drawn, in slices as any table is (never
 * holding the page: a look of the scrolling reader measures every line it sees, and with every
 * line drawn, 300 lines held the page 350 ms); the views are joined by column and line
 * (sideways-views.ts), and the user's sideways scroll is put back. The marks go on the cells drawn
 * where the user left the box.
 */

export interface SweptRead {
  table: PageTable;
  /** Every line was read with every column the sweep met, and none the grid states is missing. */
  complete: boolean;
  /** What was not read, in words; '' when all was (columns-in-view-note.ts). */
  columnsNote: string;
}

/** How often the user's sideways scroll is put back when the page moved the box after it was. */
const MAX_PUT_BACKS = 3;

/** How often a view is read again when the page drew the table anew while it was read. */
const MAX_REREADS = 3;

/**
 * The table as drawn, read while the page leaves it as it is. A long table is read in slices, and
 * the page may draw it anew between two of them: a page that redraws 3,000 lines for a scroll
 * takes longer than a frame to, and hears of the browser's own scroll event a frame after the
 * one reading announced (render-wait.ts announceScroll) and draws again. Read across the redraw,
 * the lines after it were taken with the cells of other columns (2,168 of 3,000 lines one column
 * off). Read again once the page is quiet; `settled` is false when it never was.
 */
async function readWhileUnchanged(roots: readonly (Element | null)[], read: () => Promise<PageTable>): Promise<{ table: PageTable; settled: boolean }> {
  const present = roots.filter((root): root is Element => root !== null);
  const view = present[0]!.ownerDocument.defaultView!;
  for (let tries = 0; ; tries++) {
    let changed = false;
    const observer = new view.MutationObserver(() => (changed = true));
    for (const root of new Set(present)) observer.observe(root, { childList: true, subtree: true, characterData: true });
    let table: PageTable;
    try {
      table = await read();
      // Changes made in the task of the read's last slice are not delivered yet.
      changed ||= observer.takeRecords().length > 0;
    } finally {
      observer.disconnect();
    }
    if (!changed || tries >= MAX_REREADS) return { table, settled: !changed };
    await waitForQuietFrame(roots);
  }
}

export async function readColumnsBySweeping(table: PageTable, signal?: AbortSignal): Promise<SweptRead> {
  const found = table.found;
  const grid = found.element;
  const first = table.layout[0]?.element ?? grid;
  const scrollerX = gridScrollContainer(grid, first, 'x');
  const readAsDrawn = (): Promise<PageTable> => readPageTableSliced(found, new TimeSlicer(signal), () => {});
  const views: SidewaysView[] = [];
  let settled = true;
  // The most columns a line held in a view, hidden ones too (see columnsInLine), counted as it was read.
  let columnsHeld = 0;
  const readView = async (): Promise<PageTable> => {
    const read = await readWhileUnchanged([grid, scrollerX], readAsDrawn);
    settled &&= read.settled;
    const line = read.table.layout[0]?.element;
    if (line) columnsHeld = Math.max(columnsHeld, columnsInLine(line));
    return read.table;
  };
  if (scrollerX) {
    const userScroll = saveScrollPositions([scrollerX]);
    const resumeScrollSnap = pauseScrollSnap([scrollerX]);
    try {
      for (const left of sidewaysPositions(scrollerX)) {
        signal?.throwIfAborted();
        scrollBoxTo(scrollerX, { left });
        announceScroll(scrollerX);
        await waitForQuietFrame([grid, scrollerX]);
        views.push(await readView());
      }
    } finally {
      userScroll.restore();
      for (let tries = 0; tries < MAX_PUT_BACKS; tries++) {
        await waitForQuietFrame([grid, scrollerX]);
        if (userScroll.areBack()) break;
        userScroll.restore();
      }
      resumeScrollSnap?.();
    }
  }
  // The table as the user sees it again: its cells get the marks (its text is read in the views).
  const shown = (await readWhileUnchanged([grid, scrollerX], readAsDrawn)).table;
  if (views.length === 0) views.push(shown);
  const joined = joinViews(views);
  const complete = joined.matched && settled;
  const columnsNote = columnsSweptNote({
    rowsRead: complete ? joined.rows.length : 0,
    rowsShown: Math.max(...views.map((view) => view.rows.length)),
    complete,
    columnsRead: Math.max(joined.columns.length, columnsHeld),
    columnsStated: statedColumnCount(grid),
  });
  const { shownTexts: _textsOfOneView, live: _live, ...rest } = shown;
  return {
    table: { ...rest, headers: joined.headers, rows: joined.rows, layout: layoutIn(shown, joined) },
    complete: complete && columnsNote === '',
    columnsNote,
  };
}
