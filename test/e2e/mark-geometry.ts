import type { Page } from 'puppeteer';
import { expect } from 'vitest';
import { inOverlay } from './harness';

/**
 * Where the overlay drew its marks and where their cells are, both in the top viewport's CSS
 * pixels, and the check that each shown mark lies on its cell.
 */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface DrawnMark extends Box {
  row: number;
  column: number | null;
  hidden: boolean;
  severity: string;
  colour: string;
  badge: string;
}

export function drawnMarks(page: Page): Promise<DrawnMark[] | null> {
  return inOverlay(page, (root) =>
    Array.from(root.querySelectorAll<HTMLElement>('.mark')).map((mark) => {
      const box = mark.getBoundingClientRect();
      return {
        row: Number(mark.dataset.row),
        column: mark.dataset.column === undefined ? null : Number(mark.dataset.column),
        hidden: mark.hidden === true,
        severity: mark.dataset.severity ?? '',
        colour: getComputedStyle(mark).borderTopColor,
        badge: mark.querySelector('button')?.getAttribute('aria-label') ?? '',
        left: box.left,
        top: box.top,
        width: box.width,
        height: box.height,
      };
    }),
  );
}

/**
 * Where a data cell of an HTML table (without row spans) is, in the top viewport (`frame` for a
 * table inside that iframe).
 */
export function htmlCellBoxes(page: Page, tableSelector: string, cells: { row: number; column: number | null }[], frame?: string): Promise<Box[]> {
  return page.evaluate(
    (selector: string, wanted: { row: number; column: number | null }[], frameSelector: string | null) => {
      let doc = document;
      let dx = 0;
      let dy = 0;
      if (frameSelector) {
        const frame = document.querySelector<HTMLIFrameElement>(frameSelector)!;
        const rect = frame.getBoundingClientRect();
        const style = getComputedStyle(frame);
        dx = rect.left + frame.clientLeft + parseFloat(style.paddingLeft);
        dy = rect.top + frame.clientTop + parseFloat(style.paddingTop);
        doc = frame.contentDocument!;
      }
      const table = doc.querySelector<HTMLTableElement>(selector)!;
      return wanted.map(({ row, column }) => {
        const tr = table.tBodies[0]!.rows[row - 1]!;
        // Header positions count shown columns only: skip cells the fixture hides.
        const shown = Array.from(tr.cells).filter((cell) => !cell.hidden && getComputedStyle(cell).visibility === 'visible');
        const rect = (column === null ? tr : shown[column]!).getBoundingClientRect();
        return { left: rect.left + dx, top: rect.top + dy, width: rect.width, height: rect.height };
      });
    },
    tableSelector,
    cells,
    frame ?? null,
  );
}

export const viewport = (page: Page): Promise<{ width: number; height: number }> =>
  page.evaluate(() => ({ width: innerWidth, height: innerHeight }));

export function intersects(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/** Every shown mark lies on its cell (to rounding, inside by the stacking inset), every hidden one's cell is off screen. */
export async function expectMarksOnCells(page: Page, marks: DrawnMark[], cells: Box[]): Promise<number> {
  const screen = { left: 0, top: 0, ...(await viewport(page)) };
  let shown = 0;
  marks.forEach((mark, i) => {
    const cell = cells[i]!;
    if (mark.hidden) {
      expect(intersects(cell, screen), `row ${mark.row} column ${mark.column} is on screen but its mark is hidden`).toBe(false);
      return;
    }
    shown++;
    expect(intersects(mark, cell), `mark for row ${mark.row} column ${mark.column} does not overlap its cell`).toBe(true);
    const slack = 2 + 3 * 3;
    expect(Math.abs(mark.left - cell.left)).toBeLessThanOrEqual(slack);
    expect(Math.abs(mark.top - cell.top)).toBeLessThanOrEqual(slack);
    expect(Math.abs(mark.left + mark.width - (cell.left + cell.width))).toBeLessThanOrEqual(slack);
    expect(Math.abs(mark.top + mark.height - (cell.top + cell.height))).toBeLessThanOrEqual(slack);
  });
  return shown;
}
