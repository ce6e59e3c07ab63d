import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CatalogPage, entryFormLines, expectedTable, type GridPage, gridCatalog, invoiceWithTotals, labelsFromRules, pageLabels } from './fixture-pages';
import {
  checkWithToolbarButton,
  currentIssue,
  expectMarksOnTheirCells,
  expectPreviousRevealsLastIssues,
  flaggedInNewestScan,
  inlineSize,
  labelKeys,
  marksAfterRedraw,
  openGridPage,
  SCROLLERS,
  scrollGrid,
  scrollPosition,
} from './grid-flow';
import { findOverlayHost, type Harness, inOverlay, injectContentScript, listAndSend, startHarness } from './harness';

/**
 * Families of grids the extension has no adapter for, each built with a real library or as a
 * realistic page: a web component (Vaadin Grid: rows in its shadow root, cells slotted), a
 * headless grid of plain divs (TanStack Table + Virtual), a grid with frozen columns (SlickGrid:
 * each line drawn as two rows), and an entry form whose cells are form controls, with its header
 * in a table of its own and frozen row headers. A toolbar click must read every row, find exactly
 * the labelled problems, and leave the user's scroll position as it was. Cancel and leaving the
 * page mid-read end the scan with words that say so.
 */
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** The page read again by the content script gives exactly the headers and rows its data has. */
async function expectReadAsExpected(page: CatalogPage): Promise<void> {
  await injectContentScript(harness);
  const read = await listAndSend(harness);
  const expected = expectedTable(page);
  expect(read.headers).toEqual(expected.headers);
  expect(read.rows).toEqual(expected.rows);
}

/**
 * Check `file` (a page of `page`'s catalog) by a toolbar click: it says it checked the labelled rows
 * and flags exactly the labelled problems, `rowsBefore` rows further down (rows of the table above
 * the lines); the popup's text, for more.
 */
async function expectToolbarCheckFindsLabels(page: CatalogPage, file: string, ready?: string, { rowsBefore = 0, notice }: { rowsBefore?: number; notice?: string } = {}): Promise<string> {
  const labels = pageLabels(page);
  await harness.page.goto(`${harness.server.origin}${file}`, { waitUntil: 'load' });
  if (ready) await harness.page.waitForSelector(ready);
  await harness.page.bringToFront();
  const { popup } = await checkWithToolbarButton(harness);
  // A notice drawn from the stored report shows once the popup has read it, a moment after the verdict.
  if (notice) await popup.waitForFunction((text) => document.body.innerText.includes(text), { timeout: 15_000, polling: 100 }, notice);
  const popupText = await popup.evaluate(() => document.body.innerText);
  expect(popupText).toContain(`${labels.rows} rows checked`);
  expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(labels.labels.map((label) => ({ ...label, row: label.row + rowsBefore }))));
  await popup.close().catch(() => {});
  return popupText;
}

const FAMILIES: { page: GridPage; family: string; file?: string; scroller?: string; left?: number }[] = [
  { page: 'grid-vaadin', family: 'web component, rows in a shadow root' },
  { page: 'grid-headless', family: 'headless div grid, no ARIA' },
  { page: 'grid-headless', file: 'grid-headless.html?scroll=window', scroller: 'html', family: 'headless div grid virtualised against the page\'s own scrolling, no box of its own' },
  { page: 'grid-headless', file: 'grid-headless.html?scroll=body', scroller: 'body', family: 'headless div grid in an app shell: the root clips, the body scrolls and the grid is virtualised against it' },
  { page: 'grid-slickgrid', family: 'frozen columns, each line in two parts' },
  { page: 'grid-lit-rows', family: 'Lit components, each line\'s cells in its own shadow root, virtualised' },
  // Arabic and Hebrew portals: the columns start at the right edge and the box scrolls to the left
  // through negative scrollLeft values; AG Grid draws only the columns in view (left: the user's
  // place, 120 px into the columns from the right).
  { page: 'grid-ag-grid', file: 'grid-ag-grid.html?dir=rtl', left: -120, family: 'AG Grid laid out right to left, columns drawn only in view' },
  { page: 'grid-react-data-grid', file: 'grid-react-data-grid.html?dir=rtl', left: -120, family: 'react-data-grid laid out right to left: one CSS grid, frozen columns at the right' },
  // Portals zoomed with CSS zoom (density, larger text): a box scrolls in its own pixels while the
  // screen shows them zoomed. Read unzoomed, AG Grid gave 81 of 2,000 rows, the headless grid 41
  // (its rows fall at a fractional pitch on screen), SlickGrid held its box short of its end.
  { page: 'grid-ag-grid', file: 'grid-ag-grid.html?zoom=1.25', family: 'AG Grid in a page zoomed to 125 % by CSS zoom' },
  { page: 'grid-headless', file: 'grid-headless.html?zoom=0.8', family: 'headless div grid in a page zoomed to 80 % by CSS zoom' },
  { page: 'grid-slickgrid', file: 'grid-slickgrid.html?zoom=1.25', family: 'SlickGrid (frozen columns) in a page zoomed to 125 % by CSS zoom' },
  // A box that snaps its scrolling to rows moved every scroll of the reader back to a row drawn
  // near where it was: 0 rows of 2,000 read.
  { page: 'grid-headless', file: 'grid-headless.html?snap', family: 'headless div grid whose box snaps its scrolling to rows (scroll-snap-type: y mandatory)' },
  // TanStack's virtualised columns: header and lines draw only the columns in view and one beside
  // them, a padding box standing in for those to their left.
  { page: 'grid-headless', file: 'grid-headless.html?columns=virtual', family: 'headless div grid whose columns are virtualised too' },
  // A line of sums pinned under the sticky header was taken for the header: every column named by a number.
  { page: 'grid-headless', file: 'grid-headless.html?totals=top', family: 'headless div grid with a line of sums pinned under its sticky header' },
];

describe.each(FAMILIES)('$page ($family)', ({ page, file = `${page}.html`, scroller = SCROLLERS[page]!, left = 120 }) => {
  it('is read whole by a toolbar click: every row, exactly the labelled problems, scroll position back', { timeout: 180_000 }, async () => {
    const labels = pageLabels(page);
    await openGridPage(harness, file);
    let before = await scrollGrid(harness.page, scroller, { top: 2345, left });
    // A box that snaps to rows stops at a row drawn near where it was: the user scrolls on.
    for (let tries = 0; tries < 5 && before.top < 1000; tries++) before = await scrollGrid(harness.page, scroller, { top: 2345, left });
    expect(before.top).toBeGreaterThan(1000);
    if (left < 0) expect(before.left).toBe(left);
    const sizeBefore = await inlineSize(harness.page, scroller);

    const { popup, elapsedMs } = await checkWithToolbarButton(harness, 120_000);
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain(`${labels.rows.toLocaleString('en')} rows checked`);
    expect(text).toMatch(new RegExp(`${labels.rows.toLocaleString('en')} (of ${labels.rows.toLocaleString('en')} )?rows read by scrolling`));
    console.log(`${page}: ${labels.rows} rows, popup verdict ${elapsedMs} ms after the click`);
    expect(await scrollPosition(harness.page, scroller)).toEqual(before);
    expect(await inlineSize(harness.page, scroller)).toEqual(sizeBefore);
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(labels.labels));
    await popup.close().catch(() => {});
  });

  it('hands the worker the rows the data has, in order, cell for cell', { timeout: 240_000 }, async () => {
    await openGridPage(harness, file);
    await harness.page.triggerExtensionAction(harness.extension);
    // Let the popup's own check finish before reading again.
    const popup = await (await harness.browser.waitForTarget((t) => t.url().endsWith('/popup.html'))).asPage();
    await popup.waitForFunction(() => (/rows checked/.test(document.body.innerText) && document.querySelector('.marks-drawing') === null) || document.querySelector('[role="alert"]') !== null, { timeout: 120_000, polling: 100 });
    await popup.close().catch(() => {});
    await expectReadAsExpected(page);
  });
});

describe.each([
  { layout: 'laid out right to left', page: 'grid-ag-grid' as const, file: 'grid-ag-grid.html?dir=rtl' },
  { layout: 'in a page zoomed to 125 % by CSS zoom', page: 'grid-ag-grid' as const, file: 'grid-ag-grid.html?zoom=1.25' },
  { layout: 'whose box snaps its scrolling to rows', page: 'grid-headless' as const, file: 'grid-headless.html?snap' },
  { layout: 'of plain divs drawing only the rows and columns in view', page: 'grid-headless' as const, file: 'grid-headless.html?columns=virtual' },
])('a grid $layout, once read', ({ page, file }) => {
  it('keeps marks on their cells, and Previous scrolls the grid to issues in rows and columns it has not drawn', { timeout: 180_000 }, async () => {
    const expected = expectedTable(page);
    await openGridPage(harness, file);
    const { popup } = await checkWithToolbarButton(harness, 120_000);
    await popup.close().catch(() => {});
    await harness.page.waitForFunction(() => document.querySelector('[data-customs-preflight-overlay]') !== null);
    expectMarksOnTheirCells(await marksAfterRedraw(harness.page, expected), expected);
    // The last issues are near the grid's end, in columns out of view (to the left, right to left), not drawn until scrolled to.
    await expectPreviousRevealsLastIssues(harness.page, expected, { onCell: true });
  });
});

describe.each([
  { where: 'in the page', file: 'grid-dialog.html' },
  // Design systems' dialogs (Material Web, Web Awesome) are a native <dialog> in the component's shadow root.
  { where: "in a web component's shadow root", file: 'grid-dialog.html?shadow' },
  // A click on the dialog's text leaves nothing focused: the dialog is then found by what lies on top.
  { where: "in a web component's shadow root, the focus gone from it", file: 'grid-dialog.html?shadow', blur: true },
  { where: 'centred by a transform', file: 'grid-dialog.html?centred' },
])('a catalog edited in a modal dialog $where (in the top layer, the page around it inert)', ({ file, blur }) => {
  it('is read whole, its marks drawn over the dialog on their cells, and the issue panel answers the mouse', { timeout: 120_000 }, async () => {
    const page = 'grid-dialog';
    const labels = pageLabels(page);
    const expected = expectedTable(page);
    await openGridPage(harness, file);
    if (blur) {
      await harness.page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        (active as HTMLElement | null)?.blur();
      });
      expect(await harness.page.evaluate(() => document.activeElement === document.body)).toBe(true);
    }
    const { popup } = await checkWithToolbarButton(harness);
    expect(await popup.evaluate(() => document.body.innerText)).toContain(`${labels.rows} rows checked`);
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(labels.labels));
    await popup.close().catch(() => {});
    await harness.page.waitForFunction(findOverlayHost);
    expectMarksOnTheirCells(await marksAfterRedraw(harness.page, expected), expected);
    // Pressed with the mouse where it is drawn: under the dialog (or inert outside it), the press
    // would reach the dialog's backdrop, and no issue would be shown.
    const next = await inOverlay(harness.page, (root) => {
      const box = root.querySelector('.panel button[aria-label="Next issue"]')!.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    expect(await currentIssue(harness.page)).not.toMatch(/Row \d+/);
    await harness.page.mouse.click(next!.x, next!.y);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await currentIssue(harness.page)).toMatch(/Row \d+/);
  });
});

describe('an entry form whose cells are form controls (header table apart, frozen row headers)', () => {
  it('reads what the controls hold now, a <select> by the code it submits, and finds exactly the labelled problems', async () => {
    const labels = pageLabels('entry-form');
    await harness.page.goto(`${harness.server.origin}entry-form.html`, { waitUntil: 'load' });
    await harness.page.bringToFront();
    const before = await scrollGrid(harness.page, '.lines .body', { top: 120, left: 80 });
    const { popup } = await checkWithToolbarButton(harness);
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain(`${labels.rows} rows checked`);
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(labels.labels));
    expect(await scrollPosition(harness.page, '.lines .body')).toEqual(before);
    await popup.close().catch(() => {});

    await injectContentScript(harness);
    const read = await listAndSend(harness);
    const expected = entryFormLines();
    expect(read.headers).toEqual(expected.headers);
    expect(read.rows).toEqual(expected.rows);
    // The user's edits, not the markup: line 9's origin reads "DE" (shown "Alemania"), line 3's quantity "-20".
    for (const edit of expected.typed) expect(read.rows[edit.row - 1]![edit.column]).not.toBe(edit.markup);
    expect(read.rows[8]![4]).toBe('DE');
  });
});

/**
 * Forms laid out as lines of fields, with no header row anywhere: each control named by its own
 * label. A hand-written portal form (a fieldset per line; <label for>, a wrapping <label>, an
 * aria-label on a <select>) and MUI text fields (floating labels; an MUI Select naming itself by
 * aria-labelledby, showing the Spanish country name and submitting the ISO code from a hidden input).
 */
const LABELLED_LINES = [
  { page: 'entry-lines-labelled' as const, ready: 'fieldset.line' },
  { page: 'form-mui-lines' as const, ready: '.MuiTextField-root' },
];

describe.each(LABELLED_LINES)('lines of labelled form fields, no header row: $page', ({ page, ready }) => {
  it('takes the labels for the header, reads every line and the values the form submits, and finds exactly the labelled problems', async () => {
    await expectToolbarCheckFindsLabels(page, `${page}.html`, ready);

    // Before: the first line was taken for the header ("Part Number LT-00001") and 23 lines were
    // read, each cell with its label's words before the value ("Quantity 47", "Country of Origin Vietnam").
    await expectReadAsExpected(page);
  });
});

/**
 * Selects drawn by a script, whose words are not the value the form submits: web components whose
 * options are their light-DOM children (UI5's ui5-select, Fluent's fluent-select: values the
 * content script cannot ask the page for), and a native <select> hidden behind a widget (Select2,
 * Tom Select; by hand, as PrimeReact and Radix wrap it in a hidden box, and Kendo's combobox that
 * keeps the page's input, undisplayed, inside itself). Each shows the Spanish country name; the origin read is the ISO code. Before:
 * every UI5 and Fluent line was flagged "origin-invalid" ("Vietnam"), every Select2 line
 * "cell-required" (its combobox is named by its own words, which were left out as a label).
 */
const DRAWN_SELECTS = [
  { page: 'form-web-components' as const, file: 'form-web-components.html', kit: 'UI5 Web Components' },
  { page: 'form-web-components' as const, file: 'form-web-components.html?kit=fluent', kit: 'Fluent UI web components' },
  { page: 'form-web-components' as const, file: 'form-web-components.html?kit=shoelace', kit: 'Shoelace web components' },
  { page: 'form-select-widgets' as const, file: 'form-select-widgets.html', kit: 'Select2' },
  { page: 'form-select-widgets' as const, file: 'form-select-widgets.html?kit=tom-select', kit: 'Tom Select' },
  { page: 'form-select-widgets' as const, file: 'form-select-widgets.html?kit=hand', kit: 'hand (a select in a hidden box; a hidden input in the combobox)' },
];

describe.each(DRAWN_SELECTS)('lines whose origin is a select drawn by $kit', ({ page, file }) => {
  it('reads the code each line submits, not the country name it shows, and finds exactly the labelled problems', async () => {
    await expectToolbarCheckFindsLabels(page, file, 'body[data-ready]');
    await expectReadAsExpected(page);
  });
});

/**
 * An invoice whose body holds the rows that sum its lines up (subtotals spanning the first columns,
 * a grand total labelled in the part-number column), in English and German. Before: each was
 * read as a line, "34 rows checked", and four "required cell is empty" errors each.
 */
describe.each([
  { lang: 'English', file: 'invoice-totals.html', german: false, words: /4 rows left out as totals, not lines of goods: row 11 \("Subtotal page 1"\), .*row 34 \("Total"\)/ },
  { lang: 'German', file: 'invoice-totals.html?lang=de', german: true, words: /4 rows left out as totals, not lines of goods: row 11 \("Zwischensumme Seite 1"\), .*row 34 \("Gesamtbetrag:"\)/ },
])('an invoice with subtotal and total rows among its lines ($lang)', ({ file, german, words }) => {
  it('checks the lines only, names the totals rows, and finds exactly the seeded problems', async () => {
    const table = invoiceWithTotals(german);
    const labels = labelsFromRules(table);
    expect(labels).toEqual(pageLabels('invoice-totals'));
    await harness.page.goto(`${harness.server.origin}${file}`, { waitUntil: 'load' });
    await harness.page.bringToFront();
    const { popup } = await checkWithToolbarButton(harness);
    await popup.waitForSelector('.summary-rows');
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('30 rows checked');
    expect(text).toMatch(words);
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(labels.labels));
    await popup.close().catch(() => {});

    await injectContentScript(harness);
    const read = await listAndSend(harness);
    expect(read.headers).toEqual(table.headers);
    expect(read.rows).toEqual(table.rows);
  });
});

/**
 * Lines grouped under rows of one cell drawn across the table ("Purchase order 4500012345 ·
 * Container MSKU1234567"). Before: each group row was read as a line with five empty required
 * cells; a <th scope="rowgroup"> was taken into the header (every column named by it: nothing
 * could be checked); the CSS grid of display: contents lines was no table at all ("No table was
 * found on this page").
 */
describe.each([
  { layout: 'HTML table, a <td colspan> heading each <tbody>', file: 'packing-list-groups.html' },
  { layout: 'HTML table, a <th scope="rowgroup"> heading each group', file: 'packing-list-groups.html?th' },
  { layout: 'HTML table, the group cell spanning four columns', file: 'packing-list-groups.html?partial' },
  { layout: 'ARIA grid, one gridcell with aria-colspan', file: 'packing-list-groups.html?aria' },
  { layout: 'CSS grid of display: contents lines, no ARIA', file: 'packing-list-groups.html?css' },
])('lines grouped under group rows: $layout', ({ file }) => {
  it('reads the lines only, and finds exactly the labelled problems', async () => {
    await expectToolbarCheckFindsLabels('packing-list-groups', file);
    await expectReadAsExpected('packing-list-groups');
  });
});

/**
 * A row of filter boxes under the header (a text box per column, a list of origins whose options
 * show "All" and the countries), wherever grids put it. Before: in a headless grid of plain divs
 * whose filter boxes sit in a box of their own, the filter line was taken for the header (the
 * lowest line over the columns, its list's options its words): every column unnamed, three
 * "column missing" errors, the tariff code and origin found by their contents only.
 */
describe.each([
  { shape: 'the first row of an HTML table\'s body', file: 'grid-filter-rows.html?shape=tbody' },
  { shape: 'a second header row of an HTML table', file: 'grid-filter-rows.html?shape=thead2' },
  { shape: 'the foot of an HTML table', file: 'grid-filter-rows.html?shape=tfoot' },
  { shape: 'a header table apart from the body\'s table', file: 'grid-filter-rows.html?shape=split' },
  { shape: 'a box of its own in a headless grid of divs', file: 'grid-filter-rows.html?shape=divs' },
  { shape: 'the first line of a headless grid\'s lines', file: 'grid-filter-rows.html?shape=divs-body' },
  { shape: 'a rowgroup of its own in an ARIA grid', file: 'grid-filter-rows.html?shape=aria' },
])('a filter row under the header: $shape', ({ file }) => {
  it('is neither the header nor a line: every line read, exactly the labelled problems', async () => {
    await expectToolbarCheckFindsLabels('grid-filter-rows', file);
  });
});

/**
 * A line of column sums with no label under the header (a totals line pinned there), in the same
 * places. In the header's box it was taken for the header (the lowest line over the columns, or a
 * header row naming each column by its sum): every column named by a number, none mapped. Among
 * the lines it was read as the first line: four "required cell is empty" errors. Now it names no
 * column, and as a row of the table it is left out as a total, its amounts being the lines' sums.
 */
describe.each([
  { shape: 'a second header row of an HTML table', file: 'grid-filter-rows.html?shape=thead2&row=sums', rowsBefore: 0 },
  { shape: 'a header table apart from the body\'s table', file: 'grid-filter-rows.html?shape=split&row=sums', rowsBefore: 0 },
  { shape: 'a box of its own in a headless grid of divs', file: 'grid-filter-rows.html?shape=divs&row=sums', rowsBefore: 0 },
  { shape: 'the first row of an HTML table\'s body', file: 'grid-filter-rows.html?shape=tbody&row=sums', rowsBefore: 1 },
  { shape: 'the first line of a headless grid\'s lines', file: 'grid-filter-rows.html?shape=divs-body&row=sums', rowsBefore: 1 },
  { shape: 'a rowgroup of its own in an ARIA grid', file: 'grid-filter-rows.html?shape=aria&row=sums', rowsBefore: 1 },
])('a line of sums with no label under the header: $shape', ({ file, rowsBefore }) => {
  it('is neither the header nor a line of goods: every line checked, exactly the labelled problems', async () => {
    const notice = rowsBefore > 0 ? '1 row left out as a total, not a line of goods: row 1 ("Quantity 75660, Extended Value 5488138.50' : undefined;
    const popupText = await expectToolbarCheckFindsLabels('grid-filter-rows', file, undefined, { rowsBefore, notice });
    if (notice) expect(popupText).toContain(notice);
  });
});

/**
 * A responsive table that collapsed the columns a narrow window has no room for (display: none on
 * their header and cells, the data one press away). Before: the collapsed Quantity, Currency and
 * weights were left out as hidden columns: "Quantity" reported missing, and the line value that
 * does not add up (line 300) not found.
 */
describe.each([
  { how: 'an inline style on each cell (DataTables\' Responsive)', file: 'grid-responsive-columns.html?shape=style' },
  { how: 'a class (Bootstrap\'s d-none), each cell\'s text in a span', file: 'grid-responsive-columns.html?shape=class&wrap=1' },
  { how: 'a class of the page\'s own hidden in a width query that holds now', file: 'grid-responsive-columns.html?shape=media' },
  { how: 'a class of the page\'s own shown only in a width query for a wider window', file: 'grid-responsive-columns.html?shape=mobile-first&wrap=1' },
])('a responsive table whose columns are collapsed by $how', ({ file }) => {
  it('reads the collapsed columns that name catalog fields, says which, and finds exactly the labelled problems', async () => {
    const popupText = await expectToolbarCheckFindsLabels('grid-responsive-columns', file);
    expect(popupText).toContain('Columns the page collapsed for the window\'s width were checked too ("Quantity", "Currency", "Net Weight (kg)", "Gross Weight (kg)")');
    await injectContentScript(harness);
    const read = await listAndSend(harness);
    expect(read.headers).toEqual(expect.arrayContaining(['Quantity', 'Net Weight (kg)', 'Gross Weight (kg)']));
    expect(read.rows[0]).toEqual(expect.arrayContaining(['47', '17.9', '21.0']));
  });
});

/**
 * A web component that keeps its shadow root closed (`element.shadowRoot` is null to the page and
 * to a plain content script): a table in it, or an ARIA grid whose every line is a component with
 * a closed root of its own. Read through the extension's own way into closed roots. Before: "No
 * table was found". A line component with role="row" on itself and its cells in its own root
 * (open or closed) was read as a grid of empty lines: "0 rows checked", every column missing.
 */
describe.each([
  { what: 'an HTML table', file: 'grid-closed-shadow.html?shape=table' },
  { what: 'an ARIA grid whose lines are closed components too', file: 'grid-closed-shadow.html?shape=aria' },
  { what: 'an ARIA grid whose lines are components with open roots, role="row" on each', file: 'grid-closed-shadow.html?shape=aria&mode=open' },
])('a web component with a closed shadow root holding $what', ({ file }) => {
  it('reads every line and finds exactly the labelled problems', async () => {
    await expectToolbarCheckFindsLabels('grid-closed-shadow', file);
  });
});

/** The same cells hidden at every width by a class of the app's own: hidden on purpose, not collapsed (a width query only pads them). */
describe('a table whose columns a class of its own hides at every width', () => {
  it('leaves the hidden columns out', async () => {
    await openGridPage(harness, 'grid-responsive-columns.html?shape=always');
    await injectContentScript(harness);
    const read = await listAndSend(harness);
    expect(read.headers).toContain('Part Number');
    expect(read.headers).not.toContain('Quantity');
    expect(read.headers).not.toContain('Net Weight (kg)');
  });
});

/**
 * A virtualised ARIA grid that numbers a group row (one gridcell, aria-colspan) before every 50
 * lines among them (aria-rowindex). Read by scrolling, a group row is a numbered row, and its one
 * cell is read into every column: the checks leave it out as a group heading. Before: 40 rows of
 * the heading in every column, each with about ten false errors ("2,040 rows checked").
 */
describe('a virtualised grid numbering group rows among its lines', { timeout: 180_000 }, () => {
  it('reads every row by scrolling, leaves the group headings out, and finds exactly the seeded problems', async () => {
    const catalog = gridCatalog();
    const rows = catalog.rows.flatMap((cells, r) => (r % 50 === 0 ? [catalog.headers.map(() => `Purchase order ${4500012345 + r}`), cells] : [cells]));
    const labels = labelsFromRules({ headers: catalog.headers, rows });
    await openGridPage(harness, 'grid-aria-lazy.html?groups');
    const { popup } = await checkWithToolbarButton(harness, 200_000);
    await popup.waitForSelector('.summary-rows');
    const text = await popup.evaluate(() => document.body.innerText);
    expect(text).toContain('2,000 rows checked');
    expect(text).toContain('2,040 of 2,040 rows read');
    expect(text).toContain('40 rows left out as headings of a group of lines: row 1 ("Purchase order 4500012345"), row 52');
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(labels.labels));
    await popup.close().catch(() => {});
  });
});

// Generous waits: on a loaded machine the 10,000-row grid page alone can take most of a minute
// before the first rows are read. Nothing here is timed; the waits only bound a hang.
describe('stopping a read', { timeout: 180_000 }, () => {
  async function startLongRead() {
    await openGridPage(harness, 'grid-ag-grid.html?rows=10000');
    await harness.page.triggerExtensionAction(harness.extension);
    const popup = await (await harness.browser.waitForTarget((t) => t.url().endsWith('/popup.html'))).asPage();
    await popup.waitForFunction(() => /Reading rows [1-9][\d,]* of 10,000/.test(document.body.innerText), { polling: 20, timeout: 90_000 });
    return popup;
  }

  it('Cancel stops reading, puts the grid back, and says nothing was checked', async () => {
    await openGridPage(harness, 'grid-ag-grid.html?rows=10000');
    const sizeBefore = await inlineSize(harness.page, SCROLLERS['grid-ag-grid']!);
    const popup = await startLongRead();
    await (await popup.waitForSelector('::-p-aria(Cancel)'))!.click();
    await popup.waitForFunction(() => document.querySelector('[role="alert"]') !== null, { polling: 50, timeout: 60_000 });
    expect(await popup.evaluate(() => document.body.innerText)).toContain('You cancelled reading the table: nothing was checked.');
    expect(await scrollPosition(harness.page, SCROLLERS['grid-ag-grid']!)).toEqual({ top: 0, left: 0 });
    // Cancelled while its box was enlarged for reading: the box has its own size again.
    expect(await inlineSize(harness.page, SCROLLERS['grid-ag-grid']!)).toEqual(sizeBefore);
    await popup.close().catch(() => {});
  });

  it('going to another page mid-read ends the scan with "the page changed"', async () => {
    const popup = await startLongRead();
    await harness.page.goto(`${harness.server.origin}customs-portal.html`, { waitUntil: 'load' });
    await popup.waitForFunction(() => document.querySelector('[role="alert"]') !== null, { polling: 50, timeout: 60_000 });
    expect(await popup.evaluate(() => document.body.innerText)).toMatch(/The page changed while the table was being read/);
    await popup.close().catch(() => {});
  });
});
