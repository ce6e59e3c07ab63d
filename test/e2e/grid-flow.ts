import type { Page } from 'puppeteer';
import { expect } from 'vitest';
import { type ExpectedTable, type GridPage, pageLabels } from './fixture-pages';
import { findOverlayHost, type Harness, injectContentScript, inOverlay, listAndSend, nextFrames } from './harness';
import { exportJson, openResults } from './user-flow';

/**
 * Steps the grid-library browser tests share: open a grid page, scroll it where a user might
 * have left it, press the toolbar button, wait for the popup's verdict, and read what was
 * flagged and where the marks are.
 */

/** The box each grid scrolls its rows in: where the user's scroll position must be back after a check. */
export const SCROLLERS: Partial<Record<GridPage, string>> = {
  'grid-aria-lazy': '#scroller',
  'grid-ag-grid': '.ag-grid-viewport',
  'grid-handsontable': '.ht_master .wtHolder',
  'grid-tabulator': '.tabulator-tableholder',
  'grid-jspreadsheet': '.jss_content',
  'grid-mui': '.MuiDataGrid-virtualScroller',
  // Puppeteer's >>> crosses into the web component's shadow root.
  'grid-vaadin': 'vaadin-grid >>> #table',
  'grid-headless': '#lines',
  'grid-slickgrid': '.slick-viewport-top.slick-viewport-right',
  'grid-w2ui': '.w2ui-grid-records',
  'grid-frappe': '.dt-scrollable',
  'grid-revogrid': 'revogr-viewport-scroll.rgCol .vertical-inner',
  'grid-ui5': 'ui5-table >>> #table',
  'grid-spectrum': 'sp-table-body',
  'grid-clusterize': '#lines',
  'grid-react-window': '.lines',
  'grid-redrawn': '#lines',
  // Its own scrollbar: the box that scrolls hides the browser's (overflow: hidden).
  'grid-element-table-v2': '.el-table-v2__main .el-table-v2__body > div:first-child',
  'grid-react-data-grid': '.rdg',
  'grid-antd': '.ant-table-tbody-virtual-holder',
  'grid-primevue': '.p-virtualscroller',
  'grid-vuetify': '.v-table__wrapper',
  'grid-quasar': '.q-table__middle',
  // Its body box scrolls both ways; its frozen parts and its own scrollbar follow it.
  'grid-vxe-table': '.vxe-table--main-wrapper .vxe-table--body-inner-wrapper',
  // The web component is its own scrolling box.
  'grid-fluent': '#lines',
  // The scrolling side's body (the frozen side follows it up and down).
  'grid-tui': '.tui-grid-rside-area .tui-grid-body-area',
  // The body grid of the four (react-virtualized's classNameBottomRightGrid).
  'grid-react-virtualized': '.body',
  'grid-react-virtuoso': '.lines',
  // The frame in the grid component's shadow root.
  'grid-lit-rows': 'catalog-grid >>> #frame',
  // Webix draws its scrollbar as a box of its own beside the lines, which do not scroll (they are drawn afresh).
  'grid-webix': '.webix_ss_vscroll',
  // The main quadrant's box (the frozen-column, header and corner quadrants follow it).
  'grid-blueprint': '.bp6-table-quadrant-main .bp6-table-quadrant-scroll-container',
  'grid-row-tables': '.x-grid-view',
  'grid-row-tables-virtual': '.x-grid-view',
  'grid-dhx': '.dhx_grid-body',
  // The body's viewport (the pinned part's, overflow hidden, follows it).
  'grid-ui-grid': '.ui-grid-render-container-body .ui-grid-viewport',
  // The virtual list inside the body (Naive UI draws its own scrollbar rails beside it; the header table follows it sideways).
  'grid-naive': '.n-data-table-base-table-body .v-vl',
  'grid-regular-table': 'regular-table',
  'grid-fluent-details': '.ms-ScrollablePane--contentContainer',
  'grid-base-table': '.BaseTable__table-main .BaseTable__body',
  // The body table's box, scrolling both ways (the header table apart above it follows it sideways; the frozen columns are sticky cells inside it).
  'grid-dt-scroller': '.dt-scroll-body',
  // The table (role="grid") is itself the scrolling box; its header row is sticky inside it.
  'grid-aria-components': '.react-aria-Table',
  // The table holder scrolls both ways; the group header and sums rows are rows of its table among the lines.
  'grid-tabulator-groups': '.tabulator-tableholder',
  // AG Grid 36's one box for the lines, scrolling both ways (the header is sticky in it, the pinned cells sticky in each line).
  'grid-ag-grid-wrapped': '.ag-grid-viewport',
  // The rows view's box (overflow hidden: DevExtreme draws its own scrollbars; the header table follows it sideways).
  'grid-devextreme': '.dx-datagrid-rowsview .dx-scrollable-container',
  'grid-columns-in-view': '#box',
  // The content box (overflow-y scroll, overflow-x hidden: with frozen columns and columns virtual,
  // Syncfusion draws its horizontal scrollbar as a box of its own below it, .e-movablescrollbar, which follows it).
  'grid-syncfusion': '.e-gridcontent .e-content',
  // FlexGrid's body box, scrolling both ways (the header, row-header and corner panels follow it; the frozen cells move in each line).
  'grid-wijmo': '.wj-flexgrid [wj-part="root"]',
  // The vertical virtual helper: a box of its own beside the lines (as wide as a scrollbar) holding a
  // placeholder as tall as every line; the lines' box does not scroll: the grid moves and redraws them.
  'grid-ignite': 'igc-grid .igx-vhelper--vertical',
  // The page's box around the cds-table (every line drawn; the table's own parts do not scroll).
  'grid-carbon': '#lines',
  // The virtual scroller's box around the one table (its header sticky, the line number a sticky cell).
  'grid-primereact': '.p-virtualscroller',
  'grid-primereact-lazy': '.p-virtualscroller',
  'grid-ag-grid-infinite': '.ag-grid-viewport',
  // The box inside the role="grid" box, scrolling both ways: its header row is sticky in it.
  'grid-svar': '.wx-table-box > .wx-scroll',
  // Arco's VirtualList box: the body table's rows near the view, under the header table apart (which follows it sideways).
  'grid-arco': '.arco-table-body',
  // The one table's box (its header sticky, the fixed line and part number sticky cells).
  'grid-tdesign': '.t-table__content',
};

/** The popup has finished: counts shown, or an alert said why not. */
const POPUP_DONE = () =>
  (/rows? checked/.test(document.body.innerText) && document.querySelector('.marks-drawing') === null) || document.querySelector('[role="alert"]') !== null;

/** Open a grid page and wait until its grid has rendered rows. */
export async function openGridPage(harness: Harness, file: string): Promise<Page> {
  const { page } = harness;
  await page.goto(`${harness.server.origin}${file}`, { waitUntil: 'load' });
  // Rows of any family: table rows, ARIA rows, a headless grid's lines, a web component's slotted
  // cells, Ant Design's virtual body rows (divs without roles), a grid drawn cell by cell (react-virtualized).
  // Or a grid of components keeping its lines in an open shadow root (grid-lit-rows): more than five
  // sibling components of one kind there (a name with a dash), whatever the grid calls them.
  await page.waitForFunction(
    () => {
      if (document.querySelectorAll('[role="row"], [role="listitem"], tbody tr, .tr, vaadin-grid-cell-content, .ant-table-row, [role="gridcell"], .dt-row').length > 5) return true;
      // Cells with no line element around them: Blueprint's, or a CSS grid's (grid-css-cells).
      if (document.querySelectorAll('.bp6-table-cell, #lines.cells > div').length > 20) return true;
      // Cards are taller than rows: a box of a virtualised card list holds a few.
      if (document.querySelectorAll('article.line, #po-lines .line').length > 2) return true;
      // Or a table in a component's shadow root (grid-dialog?shadow).
      const linesIn = (root: ShadowRoot) =>
        root.querySelectorAll('tbody tr').length > 5 ||
        [root, ...root.querySelectorAll('*')].some((parent) => {
          const kind = parent.lastElementChild?.localName;
          return kind !== undefined && kind.includes('-') && [...parent.children].filter((child) => child.localName === kind).length > 5;
        });
      return [...document.querySelectorAll('*')].some((host) => host.shadowRoot !== null && linesIn(host.shadowRoot));
    },
    { polling: 50 },
  );
  await page.bringToFront();
  return page;
}

export interface ScrollPosition {
  top: number;
  left: number;
}

export async function scrollPosition(page: Page, selector: string): Promise<ScrollPosition> {
  return page.$eval(selector, (box) => ({ top: box.scrollTop, left: box.scrollLeft }));
}

/**
 * The inline size properties of a grid's scrolling box (and whether it has a style attribute):
 * reading enlarges the box for a while and must put these back exactly. Other inline styles are
 * the grid's own business (AG Grid keeps its viewport width in a custom property on the box).
 */
export async function inlineSize(page: Page, selector: string): Promise<Record<string, string | boolean>> {
  return page.$eval(selector, (box) => {
    const { style } = box as HTMLElement;
    const size: Record<string, string | boolean> = { styleAttribute: box.hasAttribute('style') };
    for (const name of ['height', 'min-height', 'max-height', 'width', 'min-width', 'max-width']) {
      size[name] = `${style.getPropertyValue(name)} ${style.getPropertyPriority(name)}`.trim();
    }
    return size;
  });
}

/** The line at the top of a grid's box as the user sees it: the first row whose top is in the box, by its text, and how far below the box's top it sits. */
export interface TopLine {
  text: string;
  offset: number;
}

export async function topLine(page: Page, selector: string): Promise<TopLine | null> {
  return page.$eval(selector, (box) => {
    const top = box.getBoundingClientRect().top + box.clientTop;
    // Rows of any family, as openGridPage counts them; a row inside another (a grid drawn in parts) is not a line of its own.
    const rows = Array.from(box.querySelectorAll('[role="row"], [role="listitem"], tbody tr, .tr, .ant-table-row, .line'))
      .filter((row) => row.textContent?.trim())
      .map((row) => ({ text: row.textContent!.trim(), offset: Math.round((row.getBoundingClientRect().top - top) * 10) / 10 }))
      .filter((row) => row.offset >= -0.5)
      .sort((a, b) => a.offset - b.offset);
    return rows[0] ?? null;
  });
}

/** The line at the top of a grid's box once it shows one (at most 5 s; null if it never does). */
async function shownTopLine(page: Page, selector: string): Promise<TopLine | null> {
  for (const deadline = Date.now() + 5_000; ; ) {
    const line = await topLine(page, selector);
    if (line !== null || Date.now() > deadline) return line;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Scroll a grid's box as a user would have, and let the grid render there: down (or up), then
 * sideways, each a scroll of its own (a wheel, then a shift-wheel). Scrolled both ways in one go,
 * the grid hears of one scroll that moved both ways, and Syncfusion's Grid takes that for a move
 * sideways only: it draws no rows for the new height, and its box shows none.
 */
export async function scrollGrid(page: Page, selector: string, to: ScrollPosition): Promise<ScrollPosition> {
  await page.$eval(selector, (box, top) => box.scrollTo({ top, behavior: 'instant' }), to.top);
  await nextFrames(page, 2);
  await page.$eval(selector, (box, left) => box.scrollTo({ left, behavior: 'instant' }), to.left);
  await nextFrames(page, 3);
  return scrollPosition(page, selector);
}

/** Press the toolbar button on the open page; resolves with the popup once it has its verdict. */
export async function checkWithToolbarButton(harness: Harness, timeout = 60_000): Promise<{ popup: Page; elapsedMs: number }> {
  const started = Date.now();
  await harness.page.triggerExtensionAction(harness.extension);
  const target = await harness.browser.waitForTarget((t) => t.url() === `chrome-extension://${harness.extension.id}/popup.html`, { timeout: 5_000 });
  const popup = await target.asPage();
  await popup.waitForFunction(POPUP_DONE, { timeout, polling: 50 });
  return { popup, elapsedMs: Date.now() - started };
}

/** Press a popup button and wait for the popup's next verdict (its "rows checked" line changing). */
export async function pressPopupButton(popup: Page, name: string, timeout = 60_000): Promise<string> {
  const before = await popup.evaluate(() => document.querySelector('.rows-checked')?.textContent ?? '');
  await (await popup.waitForSelector(`::-p-aria(${name})`))!.click();
  await popup.waitForFunction(
    (previous: string) => {
      const now = document.querySelector('.rows-checked')?.textContent ?? '';
      return (now !== '' && now !== previous && /rows? checked/.test(now) && document.querySelector('.marks-drawing') === null) || document.querySelector('[role="alert"]') !== null;
    },
    { timeout, polling: 50 },
    before,
  );
  return popup.evaluate(() => document.body.innerText);
}

const key = (finding: { row: number | null; field: string | null; ruleId: string }) => `${finding.row}|${finding.field ?? ''}|${finding.ruleId}`;

/** What the newest scan flagged at error or warning level, as "row|field|rule" (from the results page's JSON export). */
export async function flaggedInNewestScan(harness: Harness): Promise<Set<string>> {
  const results = await openResults(harness);
  const exported = await exportJson(results);
  await results.close();
  return new Set(exported.findings.filter((finding) => finding.severity !== 'info').map(key));
}

export function labelKeys(labels: { row: number; field: string | null; ruleId: string }[]): Set<string> {
  return new Set(labels.map(key));
}

export interface MarkOnPage {
  row: number;
  column: number | null;
  /** The text of the row and of the cell under the middle of the mark, as the page shows them. */
  rowText: string;
  cellText: string;
}

/**
 * The marks shown now, each with the page's text under its middle: a mark on the right cell has
 * its row's part number and its cell's value under it, whichever element the grid rendered it in.
 * Marks on rows cut by the edge of the grid's box (drawn only partly) are left out: what is under
 * their middle may be the grid's own scrollbar (AG Grid lays a transparent one over its lines'
 * bottom edge). A mark is cut when the cell under it (found under anything laid over it) reaches
 * past it up or down; a mark drawn whole over something laid on its cell (a sticky header) is
 * not cut, and is checked by what lies over it.
 */
export async function marksOnPage(page: Page): Promise<MarkOnPage[]> {
  const shown = await inOverlay(page, (root) =>
    Array.from(root.querySelectorAll<HTMLElement>('.mark'))
      .filter((mark) => !mark.hidden && mark.getBoundingClientRect().height >= 18)
      .map((mark) => {
        const box = mark.getBoundingClientRect();
        return {
          row: Number(mark.dataset.row),
          column: mark.dataset.column === undefined ? null : Number(mark.dataset.column),
          x: box.left + box.width / 2,
          y: box.top + box.height / 2,
          top: box.top,
          bottom: box.bottom,
        };
      }),
  );
  const overlayHost = await page.evaluateHandle(findOverlayHost);
  return page.evaluate((all: { row: number; column: number | null; x: number; y: number; top: number; bottom: number }[], host: HTMLElement | null) => {
    const CELL = '[role="gridcell"], [role="rowheader"], td, th';
    const cut = (mark: (typeof all)[number]): boolean => {
      const cell = document
        .elementsFromPoint(mark.x, mark.y)
        .map((element) => element.closest(CELL))
        .find((found) => found !== null);
      if (!cell) return false;
      const box = cell.getBoundingClientRect();
      return box.height > 0 && (box.top < mark.top - 2 || box.bottom > mark.bottom + 2);
    };
    const marks = all.filter((mark) => !cut(mark));
    // The overlay lies over the page: look past it. (Hiding its host does not: the overlay's own
    // stylesheet sets `all: initial !important` on it, so no page style hides it; and a badge,
    // which takes clicks, may lie over a narrow cell's middle.)
    const pastOverlay = (root: Document | ShadowRoot, x: number, y: number): Element | null => root.elementsFromPoint(x, y).find((element) => element !== host && !host?.contains(element)) ?? null;
    // An overlay in a web component's dialog marks cells of that component's shadow tree: look into it.
    const inShadowTree = host !== null && host.getRootNode() !== document;
    const elementAt = (x: number, y: number) => {
      let element = pastOverlay(document, x, y);
      while (inShadowTree && element?.shadowRoot) {
        const inner = pastOverlay(element.shadowRoot, x, y);
        if (!inner || inner === element) break;
        element = inner;
      }
      return element;
    };
    const found = marks.map((mark) => {
      const under = elementAt(mark.x, mark.y);
      const cell = under?.closest('[role="gridcell"], td') ?? under;
      // A line of a grid without roles is a `.tr` on the fixture pages (grid-headless, grid-redrawn),
      // an `.ant-table-row` in Ant Design's virtual body.
      const row = under?.closest('[role="row"], tr, .tr, .ant-table-row');
      // A grid drawn by column (Webix) has no element for a line: its cells each state the line.
      const line = cell?.getAttribute('aria-rowindex');
      const lineCells = !row && line ? Array.from(cell!.closest('[role="grid"]')?.querySelectorAll(`[role="gridcell"][aria-rowindex="${line}"]`) ?? []) : [];
      // A grid whose cells are all siblings in one box (Blueprint, a CSS grid) has no element for
      // a line either, and no index: its line is what the page shows across the mark's band, its
      // frozen part (drawn in a box of its own) included.
      const besideCells = new Set<Element>();
      if (!row && !line) for (let x = 0; x < innerWidth; x += 20) for (const shown of [elementAt(x, mark.y)]) if (shown && shown.childElementCount === 0) besideCells.add(shown);
      const rowText = row?.textContent ?? (lineCells.length > 0 ? lineCells : [...besideCells]).map((lineCell) => lineCell.textContent).join(' ');
      return { row: mark.row, column: mark.column, rowText, cellText: (cell?.textContent ?? '').trim() };
    });
    return found;
  }, shown ?? [], overlayHost as unknown as HTMLElement | null);
}

/** How far a shown mark and the cell that was under it moved when the grid scrolled a little. */
export interface MarkMove {
  row: number;
  column: number | null;
  mark: number;
  cell: number;
}

/**
 * Scroll the grid's box `by` pixels down, less than a row, and say how far each shown mark and the
 * cell under it before the scroll moved (marks whose cell the grid replaced or recycled for another
 * line, whose mark left the screen or was cut by the box's edge are not listed: none, for a grid
 * that redraws every row). A box scrolling inside a shadow root fires its scroll event there only:
 * marks that miss it stay where the cells were.
 */
export async function movesOnSmallScroll(page: Page, scroller: string, by: number): Promise<MarkMove[]> {
  const shownMarks = async () =>
    (await inOverlay(page, (root) =>
      Array.from(root.querySelectorAll<HTMLElement>('.mark'))
        .filter((mark) => !mark.hidden)
        .map((mark) => {
          const box = mark.getBoundingClientRect();
          return { key: `${mark.dataset.row}:${mark.dataset.column ?? ''}`, x: box.left + box.width / 2, y: box.top + box.height / 2, top: box.top, height: box.height };
        }),
    )) ?? [];
  const before = await shownMarks();
  // The cells under the marks, kept in the page to be measured again after the scroll.
  const cellTops = await page.evaluate((marks: { key: string; x: number; y: number }[]) => {
    const host = document.querySelector<HTMLElement>('[data-customs-preflight-overlay]');
    // A cell is known again by its text and its row's: grids that recycle elements show another line in the same element.
    // Looked for past the overlay (see marksOnPage).
    const cells = new Map(
      marks.map((mark) => {
        const cell = document.elementsFromPoint(mark.x, mark.y).find((element) => element !== host && !host?.contains(element)) ?? null;
        const shows = `${cell?.closest('[role="row"], tr, .tr')?.textContent ?? ''}|${cell?.textContent ?? ''}`;
        return [mark.key, { cell, shows }];
      }),
    );
    (globalThis as unknown as { cellsUnderMarks: typeof cells }).cellsUnderMarks = cells;
    return Object.fromEntries([...cells].map(([key, { cell }]) => [key, cell?.getBoundingClientRect().top ?? null]));
  }, before);
  const at = await scrollPosition(page, scroller);
  await scrollGrid(page, scroller, { top: at.top + by, left: at.left });
  await nextFrames(page, 3);
  const after = await shownMarks();
  const cellTopsAfter = await page.evaluate(() => {
    const cells = (globalThis as unknown as { cellsUnderMarks: Map<string, { cell: Element | null; shows: string }> }).cellsUnderMarks;
    return Object.fromEntries(
      [...cells].map(([key, { cell, shows }]) => {
        const still = cell?.isConnected && `${cell.closest('[role="row"], tr, .tr')?.textContent ?? ''}|${cell.textContent ?? ''}` === shows;
        return [key, still ? cell.getBoundingClientRect().top : null];
      }),
    );
  });
  return before.flatMap((mark) => {
    const moved = after.find((shown) => shown.key === mark.key);
    const cellBefore = cellTops[mark.key];
    const cellAfter = cellTopsAfter[mark.key];
    // A mark cut by the edge of the grid's box (or its header) keeps that edge: only whole ones are compared.
    if (!moved || Math.abs(moved.height - mark.height) > 1 || cellBefore == null || cellAfter == null) return [];
    const [row, column] = mark.key.split(':');
    return [{ row: Number(row), column: column === '' ? null : Number(column), mark: Math.round(moved.top - mark.top), cell: Math.round(cellAfter - cellBefore) }];
  });
}

/** Press one of the issue panel's buttons (by its accessible name). */
export async function pressPanelButton(page: Page, name: string): Promise<void> {
  await inOverlay(page, (root, label: string) => root.querySelector<HTMLButtonElement>(`.panel button[aria-label="${label}"]`)!.click(), name);
}

/** The issue panel's "Issue 3 of 20 · Row 300, Extended Value: …" line. */
export async function currentIssue(page: Page): Promise<string> {
  return (await inOverlay(page, (root) => root.querySelector('.panel .current')?.textContent ?? '')) ?? '';
}

/** Where a user left a grid before the checks below: well down, and a little to the right where the grid scrolls sideways. */
export const USER_SCROLL: ScrollPosition = { top: 4321, left: 150 };

/**
 * Scroll a grid's box to USER_SCROLL once it can scroll that far, and return where it is. Rows
 * drawn is not yet a box that scrolls: a virtual table sizes the spacers standing for the rows out
 * of view a moment later (Quasar), and scrolled before that it stays at the top.
 */
export async function scrollWhereUserLeft(page: Page, scroller: string): Promise<ScrollPosition> {
  const box = (await page.waitForSelector(scroller))!;
  await page.waitForFunction((element: Element, top: number) => element.scrollHeight - element.clientHeight > top, { polling: 50 }, box, USER_SCROLL.top);
  // A grid still settling may put its box back to the top once more (Quasar's virtual scroll, in
  // a CI run): the user then scrolls again, as the test does, for at most 5 s.
  const deadline = Date.now() + 5_000;
  let before = await scrollGrid(page, scroller, USER_SCROLL);
  while (before.top <= 1000 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    before = await scrollGrid(page, scroller, USER_SCROLL);
  }
  expect(before.top).toBeGreaterThan(1000);
  return before;
}

/** Where a box is once it has stayed put for a second (at most 10 s). */
export async function settledPosition(page: Page, scroller: string): Promise<ScrollPosition> {
  let last = await scrollPosition(page, scroller);
  let since = Date.now();
  for (const deadline = Date.now() + 10_000; Date.now() < deadline && Date.now() - since < 1_000; ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = await scrollPosition(page, scroller);
    if (now.top !== last.top || now.left !== last.left) [last, since] = [now, Date.now()];
  }
  return last;
}

export interface ReadWholeOptions {
  /** The scrolling box whose position (and inline size) must be back: SCROLLERS[page] by default. */
  scroller?: string;
  /** The grid's name in the popup's "N rows read by scrolling the …" line; no such line is asked for without it. */
  library?: string;
  /** The page asked for, when the fixture is opened with a query (`grid-antd.html?paged=1`). */
  file?: string;
  /** Whether the box's inline size is compared too (grids whose box reading enlarges). */
  sizeBack?: boolean;
  /**
   * The grid measures rows it had laid out at an estimated height as it draws them (react-virtuoso):
   * once read through, the user's lines sit at another pixel offset of the content. Their place
   * on screen is what is put back; the box's scroll offset is then not compared.
   */
  remeasuresRows?: boolean;
  /**
   * The grid loads the rows at the user's place from a server after the scroll, and may move its
   * box once they come (PrimeReact's lazy scroller moves it by a row): the place the user has at the
   * click is where the box settles, not where it was scrolled to.
   */
  loadsAfterScroll?: boolean;
  /**
   * How long the popup may take to its verdict: 150 s by default. The slowest grids we read
   * (PrimeVue's virtual scroller, vxe-table: 25–72 s on a quiet machine) get more on a loaded one.
   */
  verdictWithinMs?: number;
}

/**
 * The whole check a user makes on a scrolling grid, with everything the issue asks of it: scroll
 * the grid where a user might have left it, press the toolbar button, and the popup must say
 * every row was checked (read by scrolling to its end), the grid's scroll position and box size
 * must be back, and the scan must flag exactly the page's labelled problems. Returns the popup's
 * text (the popup is closed).
 */
export async function expectReadWhole(harness: Harness, page: GridPage, options: ReadWholeOptions = {}): Promise<string> {
  const labels = pageLabels(page);
  const scroller = options.scroller ?? SCROLLERS[page]!;
  await openGridPage(harness, options.file ?? `${page}.html`);
  let before = await scrollWhereUserLeft(harness.page, scroller);
  if (options.loadsAfterScroll) before = await settledPosition(harness.page, scroller);
  // A grid that draws a while after a scroll (Arco's VirtualList) shows its lines there a moment later.
  const lineBefore = options.remeasuresRows ? await shownTopLine(harness.page, scroller) : await topLine(harness.page, scroller);
  const sizeBefore = await inlineSize(harness.page, scroller);

  const { popup, elapsedMs } = await checkWithToolbarButton(harness, options.verdictWithinMs ?? 150_000);
  const text = await popup.evaluate(() => document.body.innerText);
  // Timed by the page benchmark, not asserted here: a loaded machine must not fail the suite.
  console.log(`${page}: ${labels.rows} rows, popup verdict ${elapsedMs} ms after the click`);
  const rows = labels.rows.toLocaleString('en');
  expect(text).toContain(`${rows} rows checked`);
  if (options.library) expect(text).toMatch(new RegExp(`${rows} (of ${rows} )?rows read by scrolling the ${options.library}`));
  const after = await scrollPosition(harness.page, scroller);
  // The user's place: the same scroll offset; where the grid re-measured rows, the same line at
  // the top of the box, to the pixel (this page-side look at rows does not suit every grid's DOM:
  // Handsontable's overlays, w2ui's and Spectrum's rows, so it is asked only there).
  if (options.remeasuresRows) {
    // To the pixel: a grid re-measured as it is put back may leave its line a fraction of one off.
    const lineAfter = await topLine(harness.page, scroller);
    const where = `the line at the top of the box (scrolled to ${after.top} for ${before.top})`;
    expect(lineAfter?.text, where).toBe(lineBefore?.text);
    expect(Math.abs(lineAfter!.offset - lineBefore!.offset), `${where}: its offset ${lineAfter!.offset} for ${lineBefore!.offset}`).toBeLessThan(0.5);
    expect(after.left).toBe(before.left);
  } else expect(after).toEqual(before);
  // The box was enlarged while read (many screens of rows per render): its size is back as it was.
  if (options.sizeBack !== false) expect(await inlineSize(harness.page, scroller)).toEqual(sizeBefore);
  expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(labels.labels));
  // Opening the results page took the focus, which closes the popup (or it is still open).
  await popup.close().catch(() => {});
  return text;
}

/**
 * Every mark is on its row and cell: the row under it holds the line's text in column
 * `identity` (the part number, column 1, by default; a grid that draws a line in parts shows
 * another), and a mark of a cell has that cell's value under it.
 */
export function expectMarksOnTheirCells(marks: MarkOnPage[], expected: ExpectedTable, identity = 1, { noneShown = false } = {}): void {
  // No mark at all would pass every check below: a page that drew nothing must fail here, unless
  // the caller knows the rows in view may hold no finding.
  if (!noneShown) expect(marks.length, 'marks shown on the page').toBeGreaterThan(0);
  for (const mark of marks) {
    const line = expected.rows[mark.row - 1]!;
    expect(mark.rowText, `mark of row ${mark.row}`).toContain(line[identity]);
    if (mark.column !== null) expect(mark.cellText, `mark of row ${mark.row}, column ${mark.column}`).toBe(line[mark.column]);
  }
}

/**
 * Walk back from the first issue with Previous, `steps` times: the last issues are near the end of
 * the grid (past `pastRow`), in rows it does not render until scrolled to; each time it must scroll
 * there and draw the issue's mark on its row. With `onCell`, on its cell too (the grid scrolled
 * sideways to its column): then only the cell's own text is checked, since a grid that draws only
 * the columns in view may not draw the row's identifying column there.
 */
export async function expectPreviousRevealsLastIssues(page: Page, expected: ExpectedTable, { steps = 3, pastRow = 1900, onCell = false } = {}): Promise<void> {
  for (let step = 0; step < steps; step++) {
    await pressPanelButton(page, 'Previous issue');
    await page.waitForFunction(() => document.querySelector('[data-customs-preflight-overlay]') !== null, { polling: 50 });
    await nextFrames(page, 8);
    const issue = await currentIssue(page);
    const row = Number(/Row (\d+)/.exec(issue)?.[1]);
    expect(row).toBeGreaterThan(pastRow);
    const [mark] = await marksAfterRedraw(page, expected, { keep: (shown) => shown.row === row });
    expect(mark, `mark of row ${row} after Previous (${issue})`).toBeDefined();
    if (!onCell) {
      expectMarksOnTheirCells([mark!], expected);
      continue;
    }
    expect(mark!.column, `mark of row ${row} after Previous (${issue})`).not.toBeNull();
    expectMarksOnTheirCells([mark!], expected, mark!.column!);
  }
}

/** Whether a mark sits on its row and cell, as expectMarksOnTheirCells asks (without failing). */
function isOnItsCell(mark: MarkOnPage, expected: ExpectedTable, identity: number): boolean {
  const line = expected.rows[mark.row - 1];
  if (!line || !mark.rowText.includes(line[identity]!)) return false;
  return mark.column === null || mark.cellText === line[mark.column];
}

export interface SettledMarksOptions {
  /** The column whose text identifies the line under a mark (see expectMarksOnTheirCells). */
  identity?: number;
  /** Which marks are looked at (those of lines well inside the grid's box, say). */
  keep?: (mark: MarkOnPage) => boolean;
}

/**
 * The marks on the page once they have followed the grid's last redraw. A grid draws the rows of
 * a new scroll position in its own time (RevoGrid recycles its row elements some frames after its
 * scroll position is put back, under load more than a few), and the marks follow the rows it
 * draws: a look taken in between finds a mark over a row being redrawn. Looks again every 100 ms
 * until at least one mark is kept and every kept mark is on its cell, for at most 5 s, and returns
 * the last look — the caller's expectMarksOnTheirCells then names a mark that never settled.
 */
export async function marksAfterRedraw(page: Page, expected: ExpectedTable, options: SettledMarksOptions = {}): Promise<MarkOnPage[]> {
  const identity = options.identity ?? 1;
  const keep = options.keep ?? (() => true);
  const deadline = Date.now() + 5_000;
  for (;;) {
    await nextFrames(page, 2);
    const shown = (await marksOnPage(page)).filter(keep);
    if (shown.length > 0 && shown.every((mark) => isOnItsCell(mark, expected, identity))) return shown;
    if (Date.now() > deadline) return shown;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The page read again by the content script hands the worker exactly the headers and rows its data has, in order. */
export async function expectContentScriptReads(harness: Harness, expected: ExpectedTable): Promise<void> {
  await injectContentScript(harness);
  const read = await listAndSend(harness);
  expect(read.headers).toEqual(expected.headers);
  expect(read.rows.length).toBe(expected.rows.length);
  expect(read.rows).toEqual(expected.rows);
}
