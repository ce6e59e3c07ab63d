import type { Page } from 'puppeteer';
import type { PageMark } from '../../lib/extension/messaging/messages';
import type { Box } from './mark-geometry';
import { inOverlay } from './harness';

/**
 * What a filer reads on a page and where the overlay's badges are, both in the top viewport's
 * CSS pixels, measured independently of the extension's own placement code: each line of text
 * of every cell (Range.getClientRects), cut to what clipping boxes show, and the value a form
 * control draws.
 */

export interface TextLine extends Box {
  text: string;
}

export interface DrawnBadge extends Box {
  row: number;
  column: number | null;
  /** The badge is what a pointer at its centre hits (no other badge or the panel lies over it). */
  onTop: boolean;
  /** It lies under the issue panel (then it is not expected to be hit). */
  underPanel: boolean;
}

/** Every line of text and every control's value in the cells `selector` finds, as the page shows them now. */
export function cellTextLines(page: Page, selector: string): Promise<TextLine[]> {
  return page.evaluate((cellSelector: string) => {
    const lines: { left: number; top: number; width: number; height: number; text: string }[] = [];
    const measure = document.createElement('canvas').getContext('2d')!;
    // Each clipping box around a node cuts what shows of its text.
    const shownPart = (node: Node, rect: { left: number; top: number; right: number; bottom: number }) => {
      let { left, top, right, bottom } = rect;
      for (let element = node.parentElement; element && element !== document.body; element = element.parentElement) {
        const style = getComputedStyle(element);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const clip = element.getBoundingClientRect();
        left = Math.max(left, clip.left);
        top = Math.max(top, clip.top);
        right = Math.min(right, clip.right);
        bottom = Math.min(bottom, clip.bottom);
      }
      return right > left && bottom > top ? { left, top, width: right - left, height: bottom - top } : null;
    };
    const push = (node: Node, rect: { left: number; top: number; right: number; bottom: number }, text: string) => {
      const shown = shownPart(node, rect);
      if (shown) lines.push({ ...shown, text });
    };
    for (const cell of Array.from(document.querySelectorAll(cellSelector))) {
      const box = cell.getBoundingClientRect();
      if (box.bottom < 0 || box.top > innerHeight || box.right < 0 || box.left > innerWidth) continue;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof HTMLInputElement || node instanceof HTMLSelectElement) {
          const style = getComputedStyle(node);
          const text = node instanceof HTMLSelectElement ? (node.selectedOptions[0]?.label ?? '') : node.value;
          measure.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const width = measure.measureText(text).width;
          const rect = node.getBoundingClientRect();
          const start = rect.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft);
          const end = rect.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
          const right = style.textAlign === 'right' || (style.textAlign === 'end' && style.direction === 'ltr');
          const left = right ? end - width : start;
          push(node, { left, top: rect.top + 2, right: left + width, bottom: rect.bottom - 2 }, text);
          continue;
        }
        if (node.nodeType !== Node.TEXT_NODE || !/\S/.test((node as Text).data)) continue;
        if (getComputedStyle(node.parentElement!).visibility !== 'visible') continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of Array.from(range.getClientRects())) push(node, rect, (node as Text).data.trim());
      }
    }
    return lines;
  }, selector);
}

/** The badges the overlay shows now, with whether each is what the pointer hits at its centre. */
export async function drawnBadges(page: Page): Promise<DrawnBadge[]> {
  const badges = await inOverlay(page, (root) => {
    const panel = root.querySelector('.panel')?.getBoundingClientRect();
    return Array.from(root.querySelectorAll<HTMLElement>('.mark:not([hidden]) .badge')).map((badge) => {
      const mark = badge.closest<HTMLElement>('.mark')!;
      const box = badge.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const underPanel = panel !== undefined && x >= panel.left && x <= panel.right && y >= panel.top && y <= panel.bottom;
      const visible = x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
      return {
        row: Number(mark.dataset.row),
        column: mark.dataset.column === undefined ? null : Number(mark.dataset.column),
        left: box.left,
        top: box.top,
        width: box.width,
        height: box.height,
        onTop: visible && root.elementFromPoint(x, y) === badge,
        underPanel,
      };
    });
  });
  return badges ?? [];
}

/** The area two boxes share, in square CSS px. */
export function sharedArea(a: Box, b: Box): number {
  const width = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const height = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Marks on about a quarter of a table's cells, in a fixed pattern: some cells get a second mark
 * (two badges on one cell), every 13th line a whole-line mark. Denser than most findings, so the
 * badges crowd one another as well as the text.
 */
export function crowdedMarks(rows: number, columns: number): PageMark[] {
  const severities = ['error', 'warning', 'info'] as const;
  const marks: PageMark[] = [];
  for (let row = 1; row <= rows; row++) {
    if (row % 13 === 0) marks.push({ row, column: null, severity: 'warning', ruleId: 'row-duplicate', message: `Line ${row} repeats an earlier line.` });
    for (let column = 0; column < columns; column++) {
      if ((row * 5 + column * 3) % 7 >= 2) continue;
      marks.push({ row, column, severity: severities[(row + column) % 3]!, ruleId: 'hts-format', message: `Line ${row}, column ${column + 1}: check this value.` });
      if ((row + column) % 11 === 0) marks.push({ row, column, severity: 'info', ruleId: 'pga-flag', message: 'Partner agency data may be needed.' });
    }
  }
  return marks;
}
