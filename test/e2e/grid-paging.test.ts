import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedTable, type GridPage, labelsFromRules, pageLabels } from './fixture-pages';
import {
  checkWithToolbarButton,
  expectContentScriptReads,
  flaggedInNewestScan,
  labelKeys,
  openGridPage,
  pressPopupButton,
  SCROLLERS,
  scrollGrid,
  scrollPosition,
} from './grid-flow';
import { type Harness, listAndSend, openFixture, sendToContent, startHarness } from './harness';
import type { PageTableSummary } from '../../lib/extension/messaging/messages';

/**
 * Paged tables and grids drawn on a canvas, driven as a user does. A paged table is read whole by
 * default: the pager is walked and the user's page put back; "This page only" reads the page
 * shown, and the popup says so ("Only page 3 of 80 was read"). A canvas grid cannot be read at all: the popup
 * says so and checks the cells the user copies and pastes instead.
 */
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** The pager's status line and current page button, as the user sees them. */
async function pagerState(selector: string): Promise<string> {
  return harness.page.$eval(selector, (element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}

/** Wait until the pager says `text` (selectors may cross shadow roots with >>>, which only Puppeteer's queries know). */
async function waitForPagerState(selector: string, text: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await pagerState(selector).catch(() => '')) !== text) {
    if (Date.now() > deadline) expect(await pagerState(selector)).toBe(text);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * A portal's card: the pager a web component with its buttons and status line in its own shadow
 * root, in the card's toolbar six boxes above the table; beside the card, another table with a pager
 * of its own.
 */
const WEB_PAGER: PagedCase = {
  page: 'grid-web-pager',
  goTo: '3',
  buttons: 'catalog-pager >>> button',
  status: 'catalog-pager >>> .status',
  before: 'Showing 201 to 300 of 2,000 lines',
  pageOnly: ['100 rows checked', 'Only page 3 of 20 was read, as you asked (100 of 2,000 rows)'],
  allRead: 'All 20 pages read (2,000 rows); back on page 3.',
};

interface PagedCase {
  page: GridPage;
  file?: string;
  /** The page number the user goes to first, pressed among `buttons`. */
  goTo: string;
  buttons: string;
  /** The pager's status line, as it reads on the user's page (`before`) and once read back to it (`after`: as before, unless the pager draws its numbers anew). */
  status: string;
  before: string;
  after?: string;
  pageOnly: string[];
  allRead: string;
}

/**
 * Naive UI's NDataTable: its pager a row of plain <div> items (no link, button, role or name; the
 * arrows unnamed icons) drawn right under the table but seven boxes above its body <table>.
 */
const NAIVE_PAGED: PagedCase = {
  page: 'grid-naive-paged',
  goTo: '3',
  buttons: '.n-pagination-item',
  status: '.n-pagination-item--active',
  before: '3',
  pageOnly: ['50 rows checked', 'Only page 3 of 40 was read, as you asked (50 rows)'],
  allRead: 'All 40 pages read (2,000 rows); back on page 3.',
};

/**
 * IBM Carbon's web components: the rows custom elements slotted into shadow roots, the pager a
 * control the page answers (cds-pagination): its Next an icon button named by its label, inside
 * shadow roots two deep, beside a page-size and a page-number <select> ("of 80 pages").
 */
const CARBON_PAGED: PagedCase = {
  page: 'grid-carbon-paged',
  goTo: '',
  buttons: 'cds-pagination >>> cds-button[tooltip-text="Next page"]',
  status: 'cds-pagination >>> .cds--pagination__items-count',
  before: '26–50 of 2000 items',
  pageOnly: ['25 rows checked', 'Only page 2 of 80 was read, as you asked (25 of 2,000 rows)'],
  allRead: 'All 80 pages read (2,000 rows); back on page 2.',
};

/**
 * Layui's table as Chinese admin and ERP portals set it up: the header a table apart, fixed columns
 * drawn as tables of their own over the main one's edges, its pager (laypage) in Chinese ("共 2000
 * 条", icon arrows, "到第 [3] 页 确定"), the page shown a number in an <em>, no status of rows.
 */
const LAYUI: PagedCase = {
  page: 'grid-layui',
  goTo: '3',
  buttons: '.layui-laypage a',
  // The line number of the first row of the main table: the page shown, once its rows are drawn.
  status: '.layui-table-main tr:first-child td[data-field="line"]',
  before: '51',
  pageOnly: ['25 rows checked', 'Only page 3 of 80 was read, as you asked (25 rows)'],
  allRead: 'All 80 pages read (2,000 rows); back on page 3.',
};

const PAGED: PagedCase[] = [
  {
    // Tabulator's own pager: a footer inside its role="grid" element, beside the rows ("Showing
    // 101-150 of 2000 rows", First, Prev, page numbers, Next, Last). Looked for only around the
    // grid, it was never seen: page 3 was read as the whole table (50 rows "read by scrolling the
    // Tabulator grid to its end").
    page: 'grid-tabulator',
    file: 'grid-tabulator.html?paged=1',
    goTo: '3',
    buttons: '.tabulator-page',
    status: '.tabulator-page-counter',
    before: 'Showing 101-150 of 2000 rows',
    pageOnly: ['50 rows checked', 'Only page 3 of 40 was read, as you asked (50 of 2,000 rows)'],
    allRead: 'All 40 pages read (2,000 rows); back on page 3.',
  },
  {
    // Quasar's QTable pager: "Records per page", "51–100 of 2000", icon buttons whose text is a
    // Material Icons ligature ("chevron_right"), named by aria-label.
    page: 'grid-quasar',
    file: 'grid-quasar.html?paged=1',
    goTo: 'chevron_right',
    buttons: '.q-table__bottom button',
    status: '.q-table__control + .q-table__control .q-table__bottom-item',
    before: '51–100 of 2000',
    pageOnly: ['50 rows checked', 'Only page 2 of 40 was read, as you asked (50 of 2,000 rows)'],
    allRead: 'All 40 pages read (2,000 rows); back on page 2.',
  },
  {
    // DevExtreme's DataGrid pager: page numbers as <div>s, arrows named by aria-label, "Page 3 of 40 (2000 items)".
    page: 'grid-devextreme',
    file: 'grid-devextreme.html?paged=1',
    goTo: '3',
    buttons: '.dx-page',
    status: '.dx-info',
    before: 'Page 3 of 40 (2000 items)',
    pageOnly: ['50 rows checked', 'Only page 3 of 40 was read, as you asked (50 of 2,000 rows)'],
    allRead: 'All 40 pages read (2,000 rows); back on page 3.',
  },
  {
    // AG Grid's pager: icon <div>s with role="button" named by aria-label, "51 to 100 of 2,000" and "Page 2 of 40".
    page: 'grid-ag-grid',
    file: 'grid-ag-grid.html?paged=1',
    goTo: '',
    buttons: '.ag-paging-button[aria-label="Next Page"]',
    status: '.ag-paging-row-summary-panel',
    before: '51 to 100 of 2,000',
    pageOnly: ['50 rows checked', 'Only page 2 of 40 was read, as you asked (50 of 2,000 rows)'],
    allRead: 'All 40 pages read (2,000 rows); back on page 2.',
  },
  {
    page: 'grid-datatables' as const,
    goTo: '3',
    buttons: '.dt-paging button',
    status: '.dt-info',
    before: 'Showing 51 to 75 of 1,998 entries (filtered from 2,000 total entries)',
    pageOnly: ['25 rows checked', 'Only page 3 of 80 was read, as you asked (25 of 1,998 rows)', 'A filter is active: it hides 2 of 2,000 rows'],
    allRead: 'All 80 pages read (1,998 rows); back on page 3.',
  },
  {
    // A Spanish-speaking portal: DataTables with its own es-ES translation, not an English word in the pager.
    page: 'grid-datatables-es' as const,
    goTo: '3',
    buttons: '.dt-paging button',
    status: '.dt-info',
    before: 'Mostrando 51 a 75 de 2.000 registros',
    pageOnly: ['25 rows checked', 'Only page 3 of 80 was read, as you asked (25 of 2,000 rows)'],
    allRead: 'All 80 pages read (2,000 rows); back on page 3.',
  },
  {
    page: 'grid-gridjs' as const,
    goTo: '2',
    buttons: '.gridjs-pages button',
    status: '.gridjs-summary',
    before: 'Showing 51 to 100 of 2000 results',
    pageOnly: ['50 rows checked', 'Only page 2 of 40 was read, as you asked (50 of 2,000 rows)'],
    allRead: 'All 40 pages read (2,000 rows); back on page 2.',
  },
  {
    // Its Next stays in the pager on the last page, hidden by a class ("datatable-hidden datatable-disabled").
    page: 'grid-simple-datatables' as const,
    goTo: '3',
    buttons: '.datatable-pagination button',
    status: '.datatable-info',
    before: 'Showing 51 to 75 of 2000 entries',
    pageOnly: ['25 rows checked', 'Only page 3 of 80 was read, as you asked (25 of 2,000 rows)'],
    allRead: 'All 80 pages read (2,000 rows); back on page 3.',
  },
  {
    // A pager of links that counts pages, not rows ("Pages: First Prev 1 2 3 4 5 ... Next Last 3 of
    // 100"); the header a table apart over the body's, with a filter row and a hidden row under it.
    page: 'grid-jsgrid' as const,
    goTo: '3',
    buttons: '.jsgrid-pager a',
    status: '.jsgrid-pager',
    before: 'Pages: First Prev 12345... Next Last 3 of 100',
    // Back on page 3 from the pages after it, jsGrid shows the window of numbers that page 3 starts.
    after: 'Pages: First Prev ...34567... Next Last 3 of 100',
    pageOnly: ['20 rows checked', 'Only page 3 of 100 was read, as you asked (20 rows)'],
    allRead: 'All 100 pages read (2,000 rows); back on page 3.',
  },
  {
    // List.js: page-number links only (no Next, no status line), the page shown the <li class="active">
    // around its link, "..." for the numbers left out; the other pages' lines taken out of the table.
    page: 'grid-listjs',
    goTo: '3',
    buttons: '.pagination a',
    status: '.pagination',
    before: '12345...80',
    pageOnly: ['25 rows checked', 'Only page 3 of 80 was read, as you asked (25 rows)'],
    allRead: 'All 80 pages read (2,000 rows); back on page 3.',
  },
  NAIVE_PAGED,
  // The same with its arrows styled away: page numbers alone, seven boxes up, taken by where they are drawn (right under the table).
  { ...NAIVE_PAGED, file: 'grid-naive-paged.html?arrows=hidden' },
  {
    // A hand-made jQuery pager: two <span>s drawn as arrows (‹ ›) around "Page 1 of 80", bound by
    // their class; no link, button, role or name.
    page: 'grid-glyph-pager',
    goTo: '›',
    buttons: '.pager span',
    status: '.pager',
    before: '‹ Page 2 of 80 ›',
    pageOnly: ['25 rows checked', 'Only page 2 of 80 was read, as you asked (25 rows)'],
    allRead: 'All 80 pages read (2,000 rows); back on page 2.',
  },
  {
    // The same pager as many hand-made admin pages draw it: four links holding nothing but a Font
    // Awesome icon (First, Previous, Next, Last), known by the arrows their icons' classes draw.
    page: 'grid-glyph-pager',
    file: 'grid-glyph-pager.html?icons=fa',
    goTo: '',
    buttons: '.pager a[data-go="next"]',
    status: '.pager',
    before: 'Page 2 of 80',
    pageOnly: ['25 rows checked', 'Only page 2 of 80 was read, as you asked (25 rows)'],
    allRead: 'All 80 pages read (2,000 rows); back on page 2.',
  },
  CARBON_PAGED,
  // The same as an ERP's list: a tick box on each line (in the row's shadow root) and a collapsed
  // details row (cds-table-expanded-row, a broker's note) after each line: neither a column nor a line.
  { ...CARBON_PAGED, file: 'grid-carbon-paged.html?expandable=1' },
  // The same for a server that does not count its lines: "26–50 items", "page 2", and a Next never
  // disabled (past the last page, a page of no line). Read as a pager with no status, its page was
  // checked alone and called all clear (25 of 2,000 rows); read as "page 2" and walked to a
  // disabled Next, the walk went past the last page and could not come back.
  {
    ...CARBON_PAGED,
    file: 'grid-carbon-paged.html?pages=unknown',
    before: '26–50 items',
    pageOnly: ['25 rows checked', 'Only page 2 was read, as you asked (25 rows)'],
  },
  {
    // A hand-made pager web component: icon buttons named "Previous page" / "Next page" around
    // "Page [2] of 80", the page shown only the value of an <input>, all in its shadow root. Read
    // as "Page of 80", it was no status: page 1 was checked alone and called all clear.
    page: 'grid-input-pager',
    goTo: '',
    buttons: 'page-box >>> button[aria-label="Next page"]',
    // The first line shown (the pager shows its page only as the box's value).
    status: '#body td',
    before: '26',
    pageOnly: ['25 rows checked', 'Only page 2 of 80 was read, as you asked (25 rows)'],
    allRead: 'All 80 pages read (2,000 rows); back on page 2.',
  },
  LAYUI,
  // Its lines from the portal's API, a page of 50 at a time, 500 ms after each request: the pager
  // shows the new page number at once, the rows come with the answer, nothing is drawn between.
  // Taken for a press that did nothing, the quiet ended the walk at page 2.
  {
    ...LAYUI,
    file: 'grid-layui.html?api=1',
    before: '101',
    pageOnly: ['50 rows checked', 'Only page 3 of 40 was read, as you asked (50 rows)'],
    allRead: 'All 40 pages read (2,000 rows); back on page 3.',
  },
  {
    // PrimeReact's paginator (React): page-number buttons, the page shown marked by a class and
    // aria-current, First/Previous/Next/Last icon buttons named by aria-label, a "Showing … entries"
    // report and a rows-per-page dropdown, below a scrollable table with a sticky header.
    page: 'grid-primereact',
    file: 'grid-primereact.html?paged=1',
    goTo: '3',
    buttons: '.p-paginator-page',
    status: '.p-paginator-current',
    before: 'Showing 51 to 75 of 2000 entries',
    pageOnly: ['25 rows checked', 'Only page 3 of 80 was read, as you asked (25 of 2,000 rows)'],
    allRead: 'All 80 pages read (2,000 rows); back on page 3.',
  },
  WEB_PAGER,
  // The same pager right under the table: found in its shadow root.
  { ...WEB_PAGER, file: 'grid-web-pager.html?near=1' },
];

describe.each(PAGED.map((paged) => ({ file: `${paged.page}.html`, ...paged })))('a paged table: $file', ({ page, file, goTo, buttons, status, before, after = before, pageOnly, allRead }) => {
  it('reads every page by default and comes back to the user’s page; "This page only" reads the page shown and says so', { timeout: 240_000 }, async () => {
    await openGridPage(harness, file);
    await harness.page.$$eval(buttons, (all, label: string) => all.find((button) => button.textContent?.trim() === label)?.dispatchEvent(new MouseEvent('click', { bubbles: true })), goTo);
    await waitForPagerState(status, before);

    const { popup } = await checkWithToolbarButton(harness, 180_000);
    let text = await popup.evaluate(() => document.body.innerText);
    const labels = pageLabels(page);
    expect(text).toContain(`${labels.rows.toLocaleString('en')} rows checked`);
    expect(text).toContain(allRead);
    expect(await pagerState(status)).toBe(after);

    text = await pressPopupButton(popup, 'This page only', 120_000);
    for (const words of pageOnly) expect(text).toContain(words);
    expect(text).toContain('Not the whole table was checked');
    expect(await pagerState(status)).toBe(after);

    text = await pressPopupButton(popup, 'Read all pages', 180_000);
    expect(text).toContain(allRead);
    // Opening the results page takes the focus, which closes the popup.
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(labels.labels));
    await popup.close().catch(() => {});
  });
});

describe('a table paged by hiding rows: tablesorter\'s pager add-on (grid-tablesorter.html)', () => {
  // Its controls are images a script listens to (img.next, alt "Next", title "Next page"); every
  // line stays in the table, the other pages' hidden.
  it('is read whole by a toolbar click, every page, and comes back to the user\'s page', { timeout: 240_000 }, async () => {
    await openGridPage(harness, 'grid-tablesorter.html');
    for (let press = 0; press < 2; press++) await harness.page.click('#pager img.next');
    await waitForPagerState('.pagedisplay', '51 to 75 of 2000 rows');

    const { popup } = await checkWithToolbarButton(harness, 180_000);
    const text = await popup.evaluate(() => document.body.innerText);
    const labels = pageLabels('grid-tablesorter');
    expect(text).toContain('2,000 rows checked');
    expect(text).toContain('All 80 pages read (2,000 rows); back on page 3.');
    expect(await pagerState('.pagedisplay')).toBe('51 to 75 of 2000 rows');
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(labels.labels));
    await popup.close().catch(() => {});
  });

  // The same pager with controls nothing names (arrows drawn as background images on plain spans)
  // and no status line: no pager to walk. The lines it hides are counted and said, never an all-clear.
  it('with a pager it cannot recognise, says how many lines the table hides and that they were not checked', async () => {
    await openGridPage(harness, 'grid-tablesorter.html?pager=unnamed');
    const { popup } = await checkWithToolbarButton(harness, 60_000);
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('25 rows checked');
    expect(text).toContain('Not the whole table was checked: 25 rows were read.');
    expect(text).toContain('1,975 more lines of the table (2,000 in all) are hidden on the page and were not checked');
    expect(text).toContain('No problems found in the lines read; the lines not read were not checked.');
    expect(text).not.toContain('nothing to fix before filing');
    await popup.close().catch(() => {});
  });
});

describe('a pager of arrows alone, saying neither its page nor its count (grid-input-pager.html?status=none)', () => {
  // "Previous page" and "Next page" icon buttons in a web component's shadow root, nothing else:
  // the pages are told apart by their rows (arrow-walk.ts). Before, its page was checked alone and
  // said to be so; before that, called all clear.
  it('walks every page by its arrows, back to the user\'s page; "This page only" reads the page shown and says so', { timeout: 240_000 }, async () => {
    await openGridPage(harness, 'grid-input-pager.html?status=none');
    await harness.page.click('page-box >>> button[aria-label="Next page"]');
    await waitForPagerState('#body td', '26');

    const { popup } = await checkWithToolbarButton(harness, 180_000);
    let text = await popup.evaluate(() => document.body.innerText);
    const labels = pageLabels('grid-input-pager');
    expect(text).toContain('2,000 rows checked');
    expect(text).toContain("All 80 pages read (2,000 rows), Next pressed until the pager's last page: the pager does not say how many pages or rows there are. Back on page 2.");
    expect(text).not.toContain('Not the whole table was checked');
    expect(await pagerState('#body td')).toBe('26');

    text = await pressPopupButton(popup, 'This page only', 120_000);
    expect(text).toContain('25 rows checked');
    expect(text).toContain('Only the page shown was read, as you asked (25 rows); the table\'s pager says neither which page this is nor how many there are.');
    expect(text).toContain('Not the whole table was checked');
    expect(text).not.toContain('nothing to fix before filing');
    expect(await pagerState('#body td')).toBe('26');

    text = await pressPopupButton(popup, 'Read all pages', 180_000);
    expect(text).toContain('All 80 pages read (2,000 rows)');
    expect(await pagerState('#body td')).toBe('26');
    // Opening the results page takes the focus, which closes the popup.
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(labels.labels));
    await popup.close().catch(() => {});
  });
});

describe('a list its server pages by cursor: two nameless icon arrows, lines 400 ms after each press (grid-cursor-pager.html)', () => {
  const firstLine = (): Promise<string> => pagerState('#body td');

  it('walks every page to where Next is disabled and comes back to the user\'s page, with exactly the labelled problems', { timeout: 180_000 }, async () => {
    await openGridPage(harness, 'grid-cursor-pager.html');
    for (const line of ['26', '51']) {
      await harness.page.click('.pager-next');
      await waitForPagerState('#body td', line);
    }
    const { popup } = await checkWithToolbarButton(harness, 120_000);
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('300 rows checked');
    expect(text).toContain("All 12 pages read (300 rows), Next pressed until the pager's last page: the pager does not say how many pages or rows there are. Back on page 3.");
    expect(await firstLine()).toBe('51');
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(pageLabels('grid-cursor-pager').labels));
    await popup.close().catch(() => {});
  });

  // Next is never disabled: the walk cannot know the last page. Every line is read, and the popup
  // says it could not be sure, with counts, and gives no all-clear.
  it.each([
    ['same', 'Next stayed enabled on the last page read but did not show other rows'],
    ['empty', 'Next stayed enabled and then showed a page of no line'],
  ])('with a Next never disabled (?end=%s): reads the 300 lines, says it cannot know they are all, and comes back', { timeout: 180_000 }, async (end, why) => {
    await openGridPage(harness, `grid-cursor-pager.html?end=${end}`);
    await harness.page.click('.pager-next');
    await waitForPagerState('#body td', '26');
    const { popup } = await checkWithToolbarButton(harness, 120_000);
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('300 rows checked');
    expect(text).toContain('Not the whole table was checked');
    expect(text).toContain(`Only 300 rows on 12 pages could be read, and the pager does not say how many pages or rows there are: ${why}`);
    expect(text).not.toContain('nothing to fix before filing');
    expect(await firstLine()).toBe('26');
    await popup.close().catch(() => {});
  });

  // A toolbar's nameless refresh icon and a "▶" that opens a panel, beside a table with no pager:
  // no arrow of a pager (no Previous beside it, no page-size chooser). Taken for one, the table was
  // said to be read in part ("Only the page shown was read").
  it('reads a table with a toolbar of nameless icons beside it, and no pager, as complete, with no pager note', { timeout: 120_000 }, async () => {
    await openGridPage(harness, 'grid-cursor-pager.html?pager=none');
    const { popup } = await checkWithToolbarButton(harness, 60_000);
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('300 rows checked');
    expect(text).not.toContain('Not the whole table was checked');
    expect(text).not.toMatch(/pager|page shown|pages? read/i);
    expect(await harness.page.$eval('#details', (details) => details.classList.contains('open'))).toBe(false);
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(pageLabels('grid-cursor-pager').labels));
    await popup.close().catch(() => {});
  });
});

describe('tables side by side, one with a pager, one growing (grid-web-pager.html)', () => {
  // "Duty summary" has neither pager nor "Load more"; the box it shares with "Recent entries" and
  // "Held lines" holds that table's pager and this one's trigger. Taken for Duty summary's, they
  // were pressed and Duty summary's four rows read as a paged or growing table.
  it('reads a table without a pager as it is, never pressing the pager or the "Load more" of the tables beside it; those are read with their own', async () => {
    await openFixture(harness, 'grid-web-pager.html');
    const tables = await sendToContent<PageTableSummary[]>(harness, { type: 'list-tables' });
    const tableWith = (header: string): string => tables.find((table) => table.headers.includes(header))!.tableId;

    const duty = await listAndSend(harness, tableWith('Chapter'));
    expect(duty.rows.map((row) => row[0])).toEqual(['84', '85', '69', '09']);
    expect(duty.reply).toMatchObject({ ok: true, totalRows: 4 });
    expect(duty.reply.ok ? (duty.reply.note ?? '') : '').not.toMatch(/page|could be read/i);
    expect(await pagerState('#recent-status')).toBe('Page 1 of 3');
    expect(await pagerState('#held-count')).toBe('5 of 12 lines');

    const recent = await listAndSend(harness, tableWith('Filed'));
    expect(recent.rows).toHaveLength(15);
    expect(recent.reply.ok ? recent.reply.note : '').toContain('All 3 pages read (15 rows); back on page 1.');
    expect(await pagerState('#recent-status')).toBe('Page 1 of 3');

    const held = await listAndSend(harness, tableWith('Reason'));
    expect(held.rows.map((row) => row[0])).toEqual(Array.from({ length: 12 }, (_, i) => String(100 * (i + 1))));
  });
});

describe('a virtualised grid with pages: MUI X Data Grid (100 rows a page)', () => {
  it('reads every page by default (each scrolled through), then the shown page on request, with the user’s page and scroll position back', { timeout: 300_000 }, async () => {
    const scroller = SCROLLERS['grid-mui']!;
    await openGridPage(harness, 'grid-mui.html');
    const userScroll = await scrollGrid(harness.page, scroller, { top: 1200, left: 150 });
    expect(userScroll.top).toBeGreaterThan(1000);

    const { popup } = await checkWithToolbarButton(harness, 120_000);
    let text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('2,000 rows checked');
    expect(text).toContain('All 20 pages read (2,000 rows); back on page 1.');
    expect(await pagerState('.MuiTablePagination-displayedRows')).toBe('1–100 of 2,000');
    expect(await scrollPosition(harness.page, scroller)).toEqual(userScroll);

    text = await pressPopupButton(popup, 'This page only');
    expect(text).toContain('100 rows checked');
    expect(text).toContain('Only page 1 of 20 was read, as you asked (100 of 2,000 rows)');
    expect(await scrollPosition(harness.page, scroller)).toEqual(userScroll);
    // The newest scan is the page-only one now: its problems are those labelled on page 1.
    const labels = pageLabels('grid-mui');
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(labels.labels.filter((label) => label.row <= 100)));
    await popup.close().catch(() => {});
  });
});

describe('a paged grid that draws every line of a page but only the columns in view: DevExtreme (grid-devextreme.html?paged=1&columns=virtual)', () => {
  // Nothing scrolls its lines, so it is not read by scrolling; read as drawn, the columns out of
  // view (net and gross weight) were never read: 18 of 20 labelled problems, and the checks that
  // need those columns said they were not in the table. Each page is swept sideways.
  it('reads every column of every page, and leaves the user on their page scrolled sideways where they were', { timeout: 240_000 }, async () => {
    const scroller = SCROLLERS['grid-devextreme']!;
    await openGridPage(harness, 'grid-devextreme.html?paged=1&columns=virtual');
    await harness.page.$$eval('.dx-page', (all) => all.find((button) => button.textContent?.trim() === '3')?.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    await waitForPagerState('.dx-info', 'Page 3 of 40 (2000 items)');
    await waitForPagerState('tr.dx-data-row td', '101');
    // DevExtreme scrolls its new page back to the left once it has drawn it: scrolled until it stays.
    let userScroll = { top: 0, left: 0 };
    for (let tries = 0; tries < 20 && userScroll.left !== 200; tries++) userScroll = await scrollGrid(harness.page, scroller, { top: 0, left: 200 });
    expect(userScroll.left).toBe(200);

    const { popup } = await checkWithToolbarButton(harness, 180_000);
    let text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('2,000 rows checked');
    expect(text).toContain('All 40 pages read (2,000 rows); back on page 3.');
    expect(text).not.toMatch(/needs column[^.]*(netWeight|grossWeight)/);
    expect(await pagerState('.dx-info')).toBe('Page 3 of 40 (2000 items)');
    expect(await scrollPosition(harness.page, scroller)).toEqual(userScroll);

    text = await pressPopupButton(popup, 'This page only', 120_000);
    expect(text).toContain('Only page 3 of 40 was read, as you asked (50 of 2,000 rows)');
    expect(await scrollPosition(harness.page, scroller)).toEqual(userScroll);

    text = await pressPopupButton(popup, 'Read all pages', 180_000);
    expect(text).toContain('All 40 pages read (2,000 rows); back on page 3.');
    expect(await scrollPosition(harness.page, scroller)).toEqual(userScroll);
    // Opening the results page takes the focus, which closes the popup.
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(pageLabels('grid-devextreme').labels));
    await popup.close().catch(() => {});
  });
});

describe('a grid drawn on a canvas', () => {
  // Glide Data Grid (React) draws its cells on a canvas and keeps, inside the canvas element, an
  // accessibility <table role="grid"> (aria-rowcount 2,001) of the 17 lines in view, named by
  // their headers: read alone, it would be 17 of 2,000 lines called all clear. As a canvas's
  // fallback content it has no box on screen: it is not taken for the catalog, and the popup
  // says the page draws its cells on a canvas, with no count checked.
  it('a canvas data grid keeping an accessible table of the lines in view (Glide Data Grid): says it draws its cells on a canvas, and calls nothing checked', async () => {
    const page = await openGridPage(harness, 'grid-glide.html');
    await page.waitForFunction(() => document.querySelectorAll('canvas > table[role="grid"] tbody tr').length > 5, { polling: 50 });
    await scrollGrid(page, '.dvn-scroller', { top: 12_000, left: 0 });
    await page.triggerExtensionAction(harness.extension);
    const target = await (await harness.browser.waitForTarget((t) => t.url().endsWith('/popup.html'))).asPage();
    await target.waitForFunction(() => /draws its cells on a canvas|rows? checked/.test(document.body.innerText) || document.querySelector('[role="alert"]') !== null, { polling: 50, timeout: 60_000 });
    const text = await target.evaluate(() => document.body.innerText);
    expect(text).toContain('draws its cells on a canvas');
    expect(text).not.toMatch(/rows? checked|Table 1/);
    await target.close().catch(() => {});
  });

  it('says the page draws its cells on a canvas, and checks the cells the user copies and pastes', async () => {
    await harness.page.goto(`${harness.server.origin}canvas-sheet.html`, { waitUntil: 'load' });
    await harness.page.bringToFront();
    await harness.page.triggerExtensionAction(harness.extension);
    const target = await (await harness.browser.waitForTarget((t) => t.url().endsWith('/popup.html'))).asPage();
    await target.waitForFunction(() => /draws its cells on a canvas/.test(document.body.innerText), { polling: 50 });
    expect(await target.evaluate(() => document.body.innerText)).toContain('Select the cells together with their header row, copy them');

    await (await target.waitForSelector('::-p-aria(Paste from clipboard)'))!.click();
    const box = await target.waitForSelector('textarea');
    // What a spreadsheet puts on the clipboard for copied cells: tab-separated lines, header first.
    const generate = (globalThis as unknown as { customsPreflightCatalogLines: (o: { rows: number; seedEvery: number }) => { headers: string[]; rows: string[][] } })
      .customsPreflightCatalogLines;
    const copied = generate({ rows: 40, seedEvery: 5 });
    const tsv = [copied.headers, ...copied.rows].map((cells) => cells.join('\t')).join('\r\n');
    await box!.evaluate((textarea, text: string) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, tsv);
    await target.waitForFunction(() => /pasted rows checked/.test(document.body.innerText) || document.querySelector('[role="alert"]') !== null, { polling: 50 });
    expect(await target.evaluate(() => document.body.innerText)).toContain('40 pasted rows checked');
    const expected = labelsFromRules(copied);
    expect(expected.labels.length).toBeGreaterThanOrEqual(8);
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(expected.labels));
    await target.close().catch(() => {});
  });
});

describe('a catalog shown in another site’s frame', () => {
  it('says the frame cannot be read from this page, names its page without the query, and how to check it', async () => {
    await harness.page.goto(`${harness.server.origin}portal-foreign-frame.html`, { waitUntil: 'load' });
    await harness.page.waitForFunction(() => document.querySelectorAll('iframe').length === 2);
    await harness.page.bringToFront();
    await harness.page.triggerExtensionAction(harness.extension);
    const target = await (await harness.browser.waitForTarget((t) => t.url().endsWith('/popup.html'))).asPage();
    await target.waitForFunction(() => /in a frame/.test(document.body.innerText), { polling: 50 });
    const text = await target.evaluate(() => document.body.innerText);
    const port = new URL(harness.server.origin).port;
    // The large frame is named; the small one beside it (a widget) is not.
    expect(text).toContain(`This page shows another site's page in a frame (http://localhost:${port}/frame-entry-lines.html)`);
    expect(text).not.toContain('two-tables');
    expect(text).not.toContain('secret-token');
    expect(text).toContain('Open that page in a tab of its own and press the button there');
    await target.close().catch(() => {});
  });
});

describe('jQuery EasyUI datagrid: pages of 25 from its server, icon-only arrows, frozen columns in a view of their own', () => {
  // Its arrows are links with no text whose direction is only in their icon's class
  // (`<span class="l-btn-icon pagination-next">`): no pager was found, and 25 of 2,000 rows were
  // checked with "No problems found". It draws each page's body table anew, after the frozen
  // view's tables in the grid's box: the first of those was then taken for the table, and the
  // walk stopped after page 1.
  // And in its Chinese wording: "第 [1] 共80页", "显示1到25,共2000记录". Its page in a text box
  // was read into the line ("第 5 共80页 显示101到125"), and "5 共80页 显示101" taken for a range
  // (5 to 80 of 101): the walk stopped after page 4.
  it.each([
    { file: 'grid-easyui.html', info: 'Displaying 1 to 25 of 2000 items' },
    { file: 'grid-easyui.html?lang=zh', info: '显示1到25,共2000记录' },
  ])('$file is read whole by a toolbar click, every page, with exactly the labelled problems', { timeout: 240_000 }, async ({ file, info }) => {
    await openGridPage(harness, file);
    const { popup } = await checkWithToolbarButton(harness, 200_000);
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('2,000 rows checked');
    expect(text).toContain('All 80 pages read (2,000 rows); back on page 1.');
    expect(await harness.page.$eval('.pagination-info', (element) => element.textContent)).toBe(info);
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(pageLabels('grid-easyui').labels));
    await popup.close().catch(() => {});
  });

  // Its frozen view's header names one catalog field ("Part Number") beside the row numbers'
  // empty corner: it was no header strip, the frozen view was read without one, and its columns
  // (row numbers, line, part number) were left out of every line.
  it('hands the worker every line whole: its row number, its frozen line and part number, then the other columns', { timeout: 200_000 }, async () => {
    const catalog = expectedTable('grid-easyui');
    await expectContentScriptReads(harness, { headers: ['', ...catalog.headers], rows: catalog.rows.map((row, i) => [String(i + 1), ...row]) });
  });
});

describe('free jqGrid: client-side pages of 50, its page number in a box, frozen columns as copies', () => {
  // Its status reads "Page [2] of 40 View 51 - 100 of 2,000": "40 View 51 - 100" was read as the
  // range, page 2 as "page 4 of 9", and the walk stopped after 2 of 40 pages (100 of 2,000 rows).
  it('is read whole by a toolbar click, every page, with exactly the labelled problems', { timeout: 180_000 }, async () => {
    await openGridPage(harness, 'grid-jqgrid.html');
    const { popup } = await checkWithToolbarButton(harness, 150_000);
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('2,000 rows checked');
    expect(text).toContain('All 40 pages read (2,000 rows); back on page 1.');
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(pageLabels('grid-jqgrid').labels));
    await popup.close().catch(() => {});
  });
});
