import type { GridSnapshot } from '../layout/grid-snapshot';

/**
 * Whether the rows a grid shows right after its box was scrolled to the top begin with its first
 * line. Many grids draw the rows of a new scroll position only a while after the scroll: their
 * scroll handler is debounced (Quasar's virtual scroll waits 35 ms; debounced scroll handlers are
 * common in hand-written grids too), and until then they still show the rows of where the user
 * had them, below a spacer that stands for the rows above. Those rows, taken as lines 1, 2, 3…,
 * would shift every line read after them. A grid's first line sits right under its header (or
 * the top of its table): a gap of more than a couple of lines there is a spacer, and the rows
 * under it are not the first lines yet.
 */

/** Room for a filter or totals row between the header and the first line. */
const LINES_OF_GAP = 2;
/** A grid that keeps showing the same rows under a gap this long draws them there for good (a layout of its own). */
const SETTLED_MS = 300;

export class FirstLineCheck {
  private waiting: { element: Element; top: number; since: number } | null = null;

  /** True when the rows shown begin with the grid's first line (or nothing tells otherwise). */
  showsFirstLine(snapshot: GridSnapshot): boolean {
    const first = snapshot.rows[0]?.element;
    if (!first) return true;
    const row = first.getBoundingClientRect();
    const start = startOfLines(snapshot, first, row.top);
    if (start === null || row.top - start <= LINES_OF_GAP * Math.max(row.height, 24)) return true;
    // Never wait for ever: rows that stay put under the gap are what the grid shows at its top.
    const now = performance.now();
    if (this.waiting?.element === first && Math.abs(this.waiting.top - row.top) < 1) return now - this.waiting.since >= SETTLED_MS;
    this.waiting = { element: first, top: row.top, since: now };
    return false;
  }
}

/** Where lines start: the lowest header bottom above the first row, or the top of its table; null when neither is known. */
function startOfLines(snapshot: GridSnapshot, first: Element, rowTop: number): number | null {
  let start: number | null = first.closest('table, [role="grid"], [role="treegrid"], [role="table"]')?.getBoundingClientRect().top ?? null;
  for (const { element } of snapshot.headers.values()) {
    if (!element) continue;
    const bottom = element.getBoundingClientRect().bottom;
    if (bottom <= rowTop + 1 && (start === null || bottom > start)) start = bottom;
  }
  return start;
}
