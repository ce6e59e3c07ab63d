import type { RowContent } from './placeholder-row';

/**
 * A blank row filled in place this long after it was first shown blank was waiting for a server
 * (the shortest answers take a few hundred milliseconds); a grid that draws its cells over a few
 * frames (Blueprint's Table) fills its rows sooner.
 */
const LAZY_FILL_MS = 150;

/**
 * The rows a scrolled grid shows before it has their values (placeholder-row.ts), as a grid
 * collector meets them look after look: which are waited for, whether the grid loads its rows
 * lazily, and which it never filled. A placeholder is neither read nor skipped: reading waits
 * where it is (scroll-reader.ts), and a row filled in place is read once.
 */
export class PlaceholderRows {
  /**
   * The grid loads its rows lazily: it showed a row that says it is loading, or filled a blank row
   * in place a while after showing it (LAZY_FILL_MS). Its placeholders are then waited for as long
   * as a server may take, and those it never fills are said to be unread.
   */
  private lazy = false;
  /** Placeholders shown at the last look that are not read yet, and their numbers where the grid's numbering tells them. */
  private shown = 0;
  private readonly shownRows = new Set<number>();
  /** When each row not read yet was first shown blank. */
  private readonly blankSince = new Map<number, number>();
  /** Blank rows of a grid not known to load lazily, taken with no value once waiting for them ended (giveUp): read again if the grid fills them later. */
  private readonly storedBlank = new Set<number>();
  /** The rows a lazy grid never filled: not read, and not waited for again. */
  private readonly unfilled = new Set<number>();

  /** A new look at the grid, whose rows show `contents`: its placeholders are counted afresh. */
  startLook(contents: readonly RowContent[]): void {
    if (contents.includes('loading')) this.lazy = true;
    this.shown = 0;
    this.shownRows.clear();
  }

  /** A placeholder the grid does not number is waited for all the same when it says it is loading (or the grid is known to load lazily). */
  seeUnnumbered(content: RowContent): void {
    if (content === 'loading' || (content === 'blank' && this.lazy)) this.shown++;
  }

  /** Row `number` shown as a placeholder: waited for, unless it was read (`read`) or given up on before. */
  see(number: number, blank: boolean, read: boolean, now: number): void {
    if (read || this.unfilled.has(number)) return;
    if (blank && !this.blankSince.has(number)) this.blankSince.set(number, now);
    this.shown++;
    this.shownRows.add(number);
  }

  /**
   * Row `number` shown with its values: one shown blank a while before was filled in place (the
   * grid loads lazily). True when the row was taken with no value before: it must be read again.
   */
  filled(number: number, now: number): boolean {
    const since = this.blankSince.get(number);
    if (since !== undefined) {
      if (now - since >= LAZY_FILL_MS) this.lazy = true;
      this.blankSince.delete(number);
    }
    this.unfilled.delete(number);
    return this.storedBlank.delete(number);
  }

  /** Whether the grid is known to load its rows lazily (see `lazy`). */
  loadsLazily(): boolean {
    return this.lazy;
  }

  /** Placeholders the last look showed that are not read yet: the grid is still loading them. */
  waitedFor(): number {
    return this.shown;
  }

  /**
   * The grid did not fill the placeholders it shows in time. A grid not known to load lazily shows
   * blank rows of its own (a spreadsheet's rows kept for typing into): each is handed to
   * `takeBlank`, to be read as it is, and read again if the grid fills it later. A lazy grid's are
   * not read: taken as lines of empty cells, each got the rules' "needed cell is empty" errors.
   * Returns whether any of those were given up on (reading then ends before them: firstUnfilled).
   */
  giveUp(takeBlank: (number: number) => void): boolean {
    const lazy = this.lazy && this.shownRows.size > 0;
    for (const number of this.shownRows) {
      this.blankSince.delete(number);
      if (this.lazy) {
        this.unfilled.add(number);
        continue;
      }
      this.storedBlank.add(number);
      takeBlank(number);
    }
    this.shownRows.clear();
    this.shown = 0;
    return lazy;
  }

  /** The first row a lazy grid never filled (giveUp), unless filled since; null when none. */
  firstUnfilled(): number | null {
    return this.unfilled.size > 0 ? Math.min(...this.unfilled) : null;
  }
}
