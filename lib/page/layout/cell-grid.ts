/**
 * HTML tables and ARIA grids both come down to rows of cells that may span rows and columns
 * and may state their column (aria-colindex). This module places them on one grid, so header
 * combination, hidden columns and cell lookup are written once for both.
 */

/** The HTML limits for spans (a larger colspan or rowspan is clamped by browsers too). */
export const MAX_COL_SPAN = 1000;
export const MAX_ROW_SPAN = 65534;
/** Past this many grid columns a table is not a catalog but a hostile or broken page. */
export const MAX_GRID_COLUMNS = 1000;

export type RowSection = 'head' | 'body' | 'foot';

/** A cell as the page declares it. */
export interface SourceCell {
  element: Element;
  /** A header cell: `<th>`, role columnheader. */
  header: boolean;
  colSpan: number;
  /** 0 means "to the end of the section", as in HTML. */
  rowSpan: number;
  /** 0-based column the page states for it (aria-colindex − 1), or null to place it after the previous cell. */
  column: number | null;
}

export interface SourceRow {
  element: Element;
  section: RowSection;
  cells: SourceCell[];
}

/** One grid position: which cell covers it, and whether the cell's text belongs here. */
export interface GridSlot {
  cell: SourceCell;
  /** True in the first column the cell spans: a colspan cell's text is read once, in its first column. */
  firstColumn: boolean;
}

export interface GridRow {
  source: SourceRow;
  slots: (GridSlot | undefined)[];
}

export interface CellGrid {
  rows: GridRow[];
  columnCount: number;
}

/** A span still covering rows below the one it started in. */
interface OpenSpan {
  slot: GridSlot;
  rowsLeft: number;
}

/**
 * The HTML table-forming algorithm, reduced to what reading needs: each cell takes the next
 * free column (or the one it states), row spans reserve columns in the rows below, and spans
 * never cross a section (thead / tbody / tfoot). Rows are placed one at a time, so a long table
 * can be placed in slices (see sliced-table-reader.ts).
 */
export class CellPlacer {
  private open: (OpenSpan | undefined)[] = [];
  private section: RowSection | null = null;
  columnCount = 0;

  /**
   * Whether a row of `section` that spans nothing itself can skip placement: no row span from
   * above reaches it, so its cells take columns 0, 1, 2… in order. Keeps the placer's section as
   * `place` would, so the rows after it are placed right either way.
   */
  passesPlainRow(section: RowSection): boolean {
    if (section !== this.section) {
      this.open = [];
      this.section = section;
    }
    for (const span of this.open) if (span) return false;
    return true;
  }

  place(source: SourceRow): GridRow {
    if (source.section !== this.section) {
      this.open = [];
      this.section = source.section;
    }
    const open = this.open;
    const slots: (GridSlot | undefined)[] = [];
    for (let column = 0; column < open.length; column++) {
      const span = open[column];
      if (!span) continue;
      slots[column] = span.slot;
      if (--span.rowsLeft === 0) open[column] = undefined;
    }

    let next = 0;
    for (const cell of source.cells) {
      let column = cell.column ?? next;
      if (cell.column === null) while (slots[column]) column++;
      if (column >= MAX_GRID_COLUMNS) break;
      const colSpan = Math.min(Math.max(cell.colSpan, 1), MAX_COL_SPAN);
      const rowsBelow = cell.rowSpan === 0 ? MAX_ROW_SPAN : Math.min(Math.max(cell.rowSpan, 1), MAX_ROW_SPAN) - 1;
      for (let offset = 0; offset < colSpan && column + offset < MAX_GRID_COLUMNS; offset++) {
        const at = column + offset;
        if (slots[at]) continue;
        const slot: GridSlot = { cell, firstColumn: offset === 0 };
        slots[at] = slot;
        if (rowsBelow > 0) open[at] = { slot, rowsLeft: rowsBelow };
      }
      next = column + colSpan;
    }
    this.columnCount = Math.max(this.columnCount, Math.min(slots.length, MAX_GRID_COLUMNS));
    return { source, slots };
  }
}

export function placeCells(rows: readonly SourceRow[]): CellGrid {
  const placer = new CellPlacer();
  const placed = rows.map((row) => placer.place(row));
  return { rows: placed, columnCount: placer.columnCount };
}
