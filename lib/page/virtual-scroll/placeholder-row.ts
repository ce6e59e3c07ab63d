import type { RenderedRow } from '../layout/grid-snapshot';
import { cellValueText } from '../layout/table-layout';

/**
 * Rows a lazily loaded grid draws in place of lines its server has not answered for yet: PrimeReact's
 * lazy VirtualScroller draws a Skeleton in every cell, AG Grid's Infinite Row Model a "Loading..."
 * row, hand-made grids a shimmer div or a row of empty cells. Such a row is neither a line read nor
 * a line skipped: the reader waits for the grid to fill it (see scroll-reader.ts), and never reads
 * it as a line of empty cells (a catalog line with every field missing).
 *
 * - 'line': the row shows a value somewhere.
 * - 'loading': no value, and the row says it is loading: a loading word in its cells, or a loading
 *   marker in it (aria-busy, a progress bar, a skeleton/shimmer/loading/placeholder class).
 * - 'blank': no value and no marker: a spreadsheet's empty row kept for typing into, or, in a grid
 *   known to load lazily (it has shown a 'loading' row), a line not loaded yet.
 */
export type RowContent = 'line' | 'loading' | 'blank';

/** Words grids show while a row loads, in the languages of the portals we read (any trailing dots or ellipsis aside). */
const LOADING_WORDS = new Set([
  'loading',
  'loading data',
  'please wait',
  'cargando',
  'carregando',
  'chargement',
  'chargement en cours',
  'caricamento',
  'wird geladen',
  'laden',
  'lädt',
  'ładowanie',
  'laddar',
  'yükleniyor',
  'загрузка',
  '加载中',
  '載入中',
  '读取中',
  '読み込み中',
  '로딩 중',
  '불러오는 중',
]);

/** Elements that say they stand for content still to come. Matched only in rows that show no value. */
const LOADING_MARKER = '[aria-busy="true"], [role="progressbar"], [class*="skeleton" i], [class*="shimmer" i], [class*="loading" i], [class*="loader" i], [class*="placeholder" i]';

function isLoadingWord(text: string): boolean {
  return LOADING_WORDS.has(text.toLowerCase().replace(/[.…\s]+$/u, ''));
}

function normalised(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

export function rowContent(row: RenderedRow): RowContent {
  const cells = [...row.cells.values()];
  // A row of no cells (a spacer, a part of a line drawn elsewhere) is not this module's to judge.
  if (cells.length === 0) return 'line';
  let loadingWord = false;
  // The cells' own text first: a line shows a value in its first cells, at no cost of layout.
  for (const cell of cells) {
    const text = normalised(cell.textContent);
    if (text === '') continue;
    if (!isLoadingWord(text)) return 'line';
    loadingWord = true;
  }
  if (loadingWord) return 'loading';
  // A value held in a control (an editable grid's inputs) has no text content.
  if (cells.some((cell) => cellValueText(cell, row) !== '')) return 'line';
  const marked = (element: Element): boolean => element.matches(LOADING_MARKER) || element.querySelector(LOADING_MARKER) !== null;
  return marked(row.element) || cells.some(marked) ? 'loading' : 'blank';
}
