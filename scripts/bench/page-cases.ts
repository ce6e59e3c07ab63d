// The large fixture pages the page benchmark (page-bench.ts) and the page profiler
// (page-profile.ts) open, and the one way both time a toolbar click to the popup's verdict.
import type { Page } from 'puppeteer';
import type { ChromiumSession } from '../../test/support/browser/chromium-with-extension';

export interface PageCase {
  name: string;
  file: string;
  /** The page has drawn its table: this many elements match `rendered` (rows of any grid family). */
  rendered: string;
  renderedCount: number;
  rows: number;
  targetMs: number;
}

/** Rendered rows of any grid family: ARIA rows, table rows, a headless grid's lines, a web component's slotted cells. */
const GRID_ROWS = '[role="row"], tbody tr, .tr, vaadin-grid-cell-content';

// Targets come from the issue "Read the whole catalog on any page".
export const PAGE_CASES: PageCase[] = [
  { name: 'AG Grid, 2,000 rows', file: 'grid-ag-grid.html?rows=2000', rendered: GRID_ROWS, renderedCount: 6, rows: 2_000, targetMs: 2_000 },
  { name: 'AG Grid, 10,000 rows', file: 'grid-ag-grid.html?rows=10000', rendered: GRID_ROWS, renderedCount: 6, rows: 10_000, targetMs: 5_000 },
  { name: 'TanStack headless div grid, 2,000 rows', file: 'grid-headless.html', rendered: GRID_ROWS, renderedCount: 6, rows: 2_000, targetMs: 2_000 },
  { name: 'TanStack headless div grid, 10,000 rows', file: 'grid-headless.html?rows=10000', rendered: GRID_ROWS, renderedCount: 6, rows: 10_000, targetMs: 5_000 },
  { name: 'Vaadin Grid (web component), 2,000 rows', file: 'grid-vaadin.html', rendered: GRID_ROWS, renderedCount: 6, rows: 2_000, targetMs: 2_000 },
  { name: 'SlickGrid (frozen column), 2,000 rows', file: 'grid-slickgrid.html', rendered: GRID_ROWS, renderedCount: 6, rows: 2_000, targetMs: 2_000 },
  { name: 'Tabulator, 2,000 rows', file: 'grid-tabulator.html', rendered: GRID_ROWS, renderedCount: 6, rows: 2_000, targetMs: 2_000 },
  { name: 'Handsontable, 2,000 rows', file: 'grid-handsontable.html', rendered: GRID_ROWS, renderedCount: 6, rows: 2_000, targetMs: 2_000 },
  { name: 'MUI X Data Grid, 2,000 rows', file: 'grid-mui.html', rendered: GRID_ROWS, renderedCount: 6, rows: 2_000, targetMs: 2_000 },
  { name: 'PrimeVue DataTable (virtual scroller, frozen columns), 2,000 rows', file: 'grid-primevue.html', rendered: GRID_ROWS, renderedCount: 6, rows: 2_000, targetMs: 2_000 },
  { name: 'lazy ARIA grid, 2,000 rows', file: 'grid-aria-lazy.html', rendered: GRID_ROWS, renderedCount: 6, rows: 2_000, targetMs: 2_000 },
  // Grids that ignore the enlarged box (see enlarged-view.ts) and are read in smaller steps.
  { name: 'TOAST UI Grid (frozen side area), 2,000 rows', file: 'grid-tui.html', rendered: GRID_ROWS, renderedCount: 6, rows: 2_000, targetMs: 2_000 },
  { name: 'react-window list, 2,000 rows', file: 'grid-react-window.html', rendered: '.line', renderedCount: 6, rows: 2_000, targetMs: 2_000 },
  { name: 'react-window list, 10,000 rows', file: 'grid-react-window.html?rows=10000', rendered: '.line', renderedCount: 6, rows: 10_000, targetMs: 5_000 },
  { name: 'react-virtuoso table, 2,000 rows', file: 'grid-react-virtuoso.html', rendered: GRID_ROWS, renderedCount: 6, rows: 2_000, targetMs: 2_000 },
  { name: 'Spectrum table (lit-virtualizer), 2,000 rows', file: 'grid-spectrum.html', rendered: 'sp-table-row', renderedCount: 6, rows: 2_000, targetMs: 2_000 },
  { name: 'Element Plus table-v2, 2,000 rows', file: 'grid-element-table-v2.html', rendered: '.el-table-v2__row', renderedCount: 6, rows: 2_000, targetMs: 2_000 },
  // No element for a line: cells laid out by column (Webix), or all siblings in one box (Blueprint).
  { name: 'Webix DataTable (laid out by column, a scrollbar of its own), 2,000 rows', file: 'grid-webix.html', rendered: '[role="gridcell"]', renderedCount: 20, rows: 2_000, targetMs: 2_000 },
  { name: 'Blueprint Table (cells in one box, frozen quadrants), 2,000 rows', file: 'grid-blueprint.html', rendered: '.bp6-table-cell', renderedCount: 20, rows: 2_000, targetMs: 2_000 },
  // Each line a one-row table of its own (Ext JS's buffered grid).
  { name: 'A table per line (Ext JS-style, drawn in view), 2,000 rows', file: 'grid-row-tables.html?virtual', rendered: 'table.x-grid-item', renderedCount: 20, rows: 2_000, targetMs: 2_000 },
  { name: 'Cards (<dl> cards in a CSS grid), 5,000 lines', file: 'cards-dl.html?rows=5000', rendered: 'article.line', renderedCount: 5_000, rows: 5_000, targetMs: 5_000 },
  { name: 'HTML table, 50,000 rows', file: 'large-table.html?rows=50000', rendered: '#product-master tbody tr', renderedCount: 50_000, rows: 50_000, targetMs: 5_000 },
];

/** Cases whose name contains one of `filters` (case-insensitive); all of them without filters. */
export function selectCases(filters: readonly string[]): PageCase[] {
  if (filters.length === 0) return PAGE_CASES;
  const wanted = filters.map((filter) => filter.toLowerCase());
  const chosen = PAGE_CASES.filter((bench) => wanted.some((filter) => bench.name.toLowerCase().includes(filter)));
  if (chosen.length === 0) throw new Error(`No page case matches ${filters.join(', ')}; the cases are: ${PAGE_CASES.map((c) => c.name).join('; ')}.`);
  return chosen;
}

/** Open a case's page and wait until it has drawn its table; returns the page's own render time (navigation start to table drawn). */
export async function openCase(session: ChromiumSession, origin: string, bench: PageCase): Promise<{ page: Page; renderMs: number }> {
  const page = (await session.browser.pages())[0] ?? (await session.browser.newPage());
  await page.goto(`${origin}${bench.file}`, { waitUntil: 'domcontentloaded', timeout: 0 });
  await page.waitForFunction((selector: string, count: number) => document.querySelectorAll(selector).length >= count, { timeout: 0, polling: 50 }, bench.rendered, bench.renderedCount);
  const renderMs = await page.evaluate(() => performance.now());
  await page.bringToFront();
  return { page, renderMs };
}

/** Press the toolbar button and wait for the popup's verdict ("… rows checked", or an alert). */
export async function clickToVerdict(session: ChromiumSession, page: Page): Promise<{ verdictMs: number; verdict: string }> {
  const started = Date.now();
  await page.triggerExtensionAction(session.extension);
  const target = await session.browser.waitForTarget((t) => t.url().endsWith('/popup.html'), { timeout: 10_000 });
  const popup = await target.asPage();
  // A build that finds no table on the page (a baseline without the page's family) says so: that is its verdict.
  await popup.waitForFunction(() => /rows checked|No table was found/.test(document.body.innerText) || document.querySelector('[role="alert"]') !== null, {
    timeout: 0,
    polling: 50,
  });
  const verdictMs = Date.now() - started;
  const verdict = (await popup.evaluate(() => document.querySelector('.rows-checked')?.textContent ?? document.body.innerText)).trim();
  await popup.close().catch(() => {});
  return { verdictMs, verdict };
}
