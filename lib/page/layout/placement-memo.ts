/**
 * Which header column each cell of a row sits under, remembered from one look at a virtualised
 * grid to the next. Placing a cell under its header means measuring it (geometry-rows.ts); a
 * grid read by scrolling is looked at many times, and most rows it shows at a look were shown,
 * and placed, at the look before. A row's placement is taken again only when nothing it depends
 * on can have changed: the same row element holding the same cell elements with the same text,
 * under headers at the same place on screen. Grids recycle row elements for other rows, and a
 * recycled row shows other text, so it is measured again. Two rows that repeat cell for cell
 * place their cells alike anyway: this memo never decides which data row a row is, only where
 * its cells sit, so it can neither drop nor merge rows.
 */

/** A header's extent on screen, left to right, in CSS pixels. */
export interface Span {
  left: number;
  right: number;
}

interface Placement {
  cells: readonly Element[];
  /** The text of each cell when it was placed: a cell may size itself to its text. */
  texts: readonly (string | null)[];
  columns: readonly (number | null)[];
}

export class CellPlacementMemo {
  private placements = new WeakMap<Element, Placement>();
  private headersAt = '';

  /**
   * Start a look under these header spans. Placements made under headers elsewhere (the grid
   * scrolled sideways, a column resized) are forgotten: every cell is measured again.
   */
  lookUnder(columns: readonly (Span | null)[]): void {
    // Sub-pixel jitter between two looks is not a move; a pixel is.
    const at = columns.map((span) => (span ? `${Math.round(span.left)}:${Math.round(span.right)}` : '-')).join(' ');
    if (at === this.headersAt) return;
    this.headersAt = at;
    this.placements = new WeakMap();
  }

  /** The columns of these cells of `row` as placed at an earlier look, or undefined when they must be measured. */
  recall(row: Element, cells: readonly Element[]): readonly (number | null)[] | undefined {
    const placed = this.placements.get(row);
    if (!placed || placed.cells.length !== cells.length) return undefined;
    for (let i = 0; i < cells.length; i++) {
      if (placed.cells[i] !== cells[i] || placed.texts[i] !== cells[i]!.textContent) return undefined;
    }
    return placed.columns;
  }

  remember(row: Element, cells: readonly Element[], columns: readonly (number | null)[]): void {
    this.placements.set(row, { cells: [...cells], texts: cells.map((cell) => cell.textContent), columns: [...columns] });
  }
}
