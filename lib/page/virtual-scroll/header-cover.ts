import { toBoxPixels, toScreenPixels, visibleAreaTop } from './scroll-container';

/**
 * How much of the top of a scrolling box a grid's header covers, in the box's own pixels: a header
 * kept at the top of the box as it scrolls (sticky, or a table drawn in place over a sizing box)
 * hides the rows under it. Most grids draw rows there all the same, but some draw only the rows
 * the user can see below it (FINOS regular-table: its first row drawn is the one below its
 * header). Reading puts the last row read at the top of the box so the next part overlaps the
 * last (see nextTop in scroll-reader.ts): under such a header, that row was not drawn, the part
 * shown overlapped nothing, and the rows could not be numbered ("only rows 1–84 could be read for
 * sure"). The last row read goes just below the header instead.
 *
 * A header cell counts when it is drawn across the box's top edge or just under it, within the top
 * half of the box (a header scrolled away with the rows, or drawn above the box, covers nothing).
 */
export function headerCoverOf(scrollerY: Element, headerCells: readonly Element[]): number {
  const top = visibleAreaTop(scrollerY);
  // The page's own scrolling: its clientHeight is the viewport's.
  const half = toScreenPixels(scrollerY, scrollerY.clientHeight) / 2;
  let bottom = top;
  for (const cell of headerCells) {
    const box = cell.getBoundingClientRect();
    if (box.height > 0 && box.bottom > top && box.top < top + half) bottom = Math.max(bottom, Math.min(box.bottom, top + half));
  }
  return toBoxPixels(scrollerY, bottom - top);
}
