import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageTableSummary } from '../../lib/extension/messaging/messages';
import { expectedTable, pageLabels } from './fixture-pages';
import { checkWithToolbarButton, expectReadWhole, flaggedInNewestScan, labelKeys } from './grid-flow';
import { type Harness, inOverlay, injectContentScript, listAndSend, nextFrames, openFixture, sendToContent, startHarness } from './harness';

/**
 * Catalogs shown as cards: one block of label/value pairs per line, no table anywhere. An ERP's
 * card view (a CSS grid of <article>s holding a <dl>, the origin a <select>, the quantity an
 * <input> the user typed into, a card without an HTS code lacking that pair) and a web
 * component's stacked cards in its open shadow root ("Label:" boxes and a list of
 * "<li><strong>Quantity:</strong> 47</li>" facts). A toolbar click must read every card, take the
 * labels for the header, find exactly the labelled problems, and draw each mark on the field's
 * value, not on its label. A page of label/value pairs that are no catalog yields no table.
 */
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const CARD_PAGES = [
  { page: 'cards-dl' as const, card: 'article.line', lineTitle: 'Line' },
  { page: 'cards-shadow' as const, card: '.pos', lineTitle: 'Position' },
];

interface MarkUnder {
  row: number;
  column: number | null;
  /** The text of the card under the mark's middle, and the value shown by the element there (a label's words left out). */
  cardText: string;
  valueText: string;
  /** The element under the mark is a label (a <dt>, a "Label:" element): the mark missed the value. */
  onLabel: boolean;
}

/** The marks drawn now, each with the card and the value under its middle (looked for in shadow roots too). */
async function marksUnder(cardSelector: string): Promise<MarkUnder[]> {
  const marks = await inOverlay(harness.page, (root) =>
    Array.from(root.querySelectorAll<HTMLElement>('.mark'))
      .filter((mark) => !mark.hidden && mark.getBoundingClientRect().height > 0)
      .map((mark) => {
        const box = mark.getBoundingClientRect();
        return { row: Number(mark.dataset.row), column: mark.dataset.column === undefined ? null : Number(mark.dataset.column), x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }),
  );
  return harness.page.evaluate(
    (shown: { row: number; column: number | null; x: number; y: number }[], selector: string) => {
      const host = document.querySelector<HTMLElement>('[data-customs-preflight-overlay]');
      // Past the overlay: its own stylesheet keeps its host shown whatever the page sets (`all: initial !important`).
      const pastOverlay = (root: Document | ShadowRoot, x: number, y: number): Element | null => root.elementsFromPoint(x, y).find((element) => element !== host && !host?.contains(element)) ?? null;
      const deepest = (x: number, y: number): Element | null => {
        let under = pastOverlay(document, x, y);
        while (under?.shadowRoot) {
          const inner = pastOverlay(under.shadowRoot, x, y);
          if (!inner || inner === under) break;
          under = inner;
        }
        return under;
      };
      const found = shown.map((mark) => {
        const under = deepest(mark.x, mark.y);
        const card = under?.closest(selector);
        let valueText = '';
        if (under instanceof HTMLSelectElement || under instanceof HTMLInputElement) valueText = under.value;
        else if (under) {
          const copy = under.cloneNode(true) as Element;
          copy.querySelector('strong')?.remove();
          const control = under.querySelector('select, input') as HTMLSelectElement | HTMLInputElement | null;
          valueText = control ? control.value : (copy.textContent ?? '').trim();
        }
        const onLabel = under !== null && (under.localName === 'dt' || under.localName === 'strong' || under.classList.contains('k'));
        return { row: mark.row, column: mark.column, cardText: card?.textContent ?? '', valueText, onLabel };
      });
      return found;
    },
    marks ?? [],
    cardSelector,
  );
}

describe.each(CARD_PAGES)('a catalog shown as cards: $page', ({ page, card, lineTitle }) => {
  it('is read whole by a toolbar click, its labels for the header, and exactly the labelled problems are found', { timeout: 120_000 }, async () => {
    const labels = pageLabels(page);
    await harness.page.goto(`${harness.server.origin}${page}.html`, { waitUntil: 'load' });
    await harness.page.bringToFront();
    const { popup } = await checkWithToolbarButton(harness);
    expect(await popup.evaluate(() => document.body.innerText)).toContain(`${labels.rows} rows checked`);
    expect(await flaggedInNewestScan(harness)).toEqual(labelKeys(labels.labels));
    await popup.close().catch(() => {});
  });

  it('draws each mark on its field’s value, in its card', { timeout: 120_000 }, async () => {
    const expected = expectedTable(page);
    const labels = pageLabels(page);
    await harness.page.goto(`${harness.server.origin}${page}.html`, { waitUntil: 'load' });
    // The card of the first seeded problem in view: marks are drawn for what the user sees.
    const firstFlagged = labels.labels[0]!.row;
    await harness.page.evaluate(
      (selector: string, index: number) => {
        const host = document.querySelector('position-cards');
        const cards = (host?.shadowRoot ?? document).querySelectorAll(selector);
        cards[index]?.scrollIntoView({ block: 'center' });
      },
      card,
      firstFlagged - 1,
    );
    await harness.page.bringToFront();
    const { popup } = await checkWithToolbarButton(harness);
    await popup.close().catch(() => {});
    await nextFrames(harness.page, 4);
    const marks = (await marksUnder(card)).filter((mark) => mark.column !== null);
    expect(marks.length, 'marks of cells shown').toBeGreaterThan(0);
    for (const mark of marks) {
      const line = expected.rows[mark.row - 1]!;
      expect(mark.cardText, `mark of row ${mark.row}`).toContain(`${lineTitle} ${mark.row}`);
      expect(mark.onLabel, `mark of row ${mark.row}, column ${mark.column} lies on a label`).toBe(false);
      expect(mark.valueText, `mark of row ${mark.row}, column ${mark.column}`).toBe(line[mark.column!]);
    }
  });

  it('hands the worker the cards’ values in order, cell for cell (a <select> by its code, an <input> as typed)', { timeout: 120_000 }, async () => {
    await openFixture(harness, `${page}.html`);
    await injectContentScript(harness);
    const read = await listAndSend(harness);
    const expected = expectedTable(page);
    expect(read.tables[0]!.kind).toBe('card-list');
    expect(read.headers).toEqual(expected.headers);
    expect(read.rows).toEqual(expected.rows);
  });
});

/**
 * Card lists that draw only the cards in view: the page holds a few cards at a time, in a box
 * whose content is as tall as every card. Read as they are, a few cards would be checked and the
 * rest never seen; they are read by scrolling the box, as a virtual grid is. react-virtuoso's
 * Virtuoso (cards in the flow of a padded list, measured as they render; <dl> pairs, the origin a
 * <select>, the quantity an <input>) and a hand-written windowed list (cards placed absolutely,
 * written afresh at each scroll, facts as plain "Label: value" text, a card lacking its HTS fact);
 * and the Virtuoso list with no box of its own, scrolling with the page (useWindowScroll).
 */
const VIRTUAL_CARD_PAGES = [
  { page: 'cards-virtuoso' as const, file: 'cards-virtuoso.html', scroller: '.cards', remeasuresRows: true },
  { page: 'cards-windowed' as const, file: 'cards-windowed.html', scroller: '#po-lines', remeasuresRows: false },
  // No box of its own: the page scrolls (useWindowScroll); its offset is what is put back.
  { page: 'cards-virtuoso' as const, file: 'cards-virtuoso.html?scroll=window', scroller: 'html', remeasuresRows: false },
];

describe.each(VIRTUAL_CARD_PAGES)('a card list that draws only the cards in view: $file', ({ page, file, scroller, remeasuresRows }) => {
  it('is read whole by a toolbar click: every card, exactly the labelled problems, scroll position back', { timeout: 200_000 }, async () => {
    const text = await expectReadWhole(harness, page, { file, scroller, remeasuresRows, library: 'card list' });
    expect(text).not.toMatch(/Table 2 \(/);
  });

  it('draws the marks of a card scrolled into view on its fields’ values, once the list was read', { timeout: 120_000 }, async () => {
    // The page is as the read above left it: the user scrolls down to the first flagged card.
    const expected = expectedTable(page);
    const row = pageLabels(page).labels[0]!.row;
    await harness.page.evaluate(
      async (box: string, titleEnd: string) => {
        const scrollingBox = document.querySelector(box)!;
        const frame = () => new Promise((done) => requestAnimationFrame(done));
        const find = () => Array.from(scrollingBox.querySelectorAll('.line')).find((card) => (card.firstElementChild?.textContent ?? '').endsWith(titleEnd));
        for (let tries = 0; !find() && tries < 400; tries++) {
          scrollingBox.scrollTop += 200;
          await frame();
        }
        find()?.scrollIntoView({ block: 'center' });
      },
      scroller,
      `line ${row}`,
    );
    await nextFrames(harness.page, 6);
    const marks = (await marksUnder('.line')).filter((mark) => mark.column !== null && mark.row === row);
    expect(marks.length, `marks of line ${row}`).toBeGreaterThan(0);
    for (const mark of marks) {
      const header = expected.headers[mark.column!]!;
      expect(mark.cardText, `mark of row ${mark.row}`).toMatch(new RegExp(`line ${mark.row}(?!\\d)`));
      expect(mark.onLabel, `mark of row ${mark.row}, column ${mark.column} lies on a label`).toBe(false);
      // A plain-text fact ("Quantity: 40") holds its label: the value is what follows it.
      const value = mark.valueText.startsWith(`${header}: `) ? mark.valueText.slice(header.length + 2) : mark.valueText;
      expect(value, `mark of row ${mark.row}, column ${mark.column}`).toBe(expected.rows[mark.row - 1]![mark.column!]);
    }
  });

  it('hands the worker every card’s values in order, cell for cell', { timeout: 200_000 }, async () => {
    await openFixture(harness, file);
    await harness.page.waitForSelector(`${scroller} .line`);
    await injectContentScript(harness);
    const read = await listAndSend(harness);
    const expected = expectedTable(page);
    expect(read.tables[0]!.kind).toBe('card-list');
    expect(read.headers).toEqual(expected.headers);
    expect(read.rows.length).toBe(expected.rows.length);
    expect(read.rows).toEqual(expected.rows);
  });
});

describe('label/value pairs that are no catalog', () => {
  it('finds no table in a product’s details, a glossary, menus, two related products or a footer of links', { timeout: 60_000 }, async () => {
    await harness.page.goto(`${harness.server.origin}cards-negative.html`, { waitUntil: 'load' });
    await harness.page.bringToFront();
    await harness.page.triggerExtensionAction(harness.extension);
    const target = await harness.browser.waitForTarget((t) => t.url().endsWith('/popup.html'), { timeout: 5_000 });
    const popup = await target.asPage();
    await popup.waitForFunction(() => document.body.innerText.includes('No table was found on this page'), { timeout: 30_000, polling: 50 });
    await popup.close().catch(() => {});
    // Nothing found from those blocks, as the popup asks the page.
    await injectContentScript(harness);
    const tables = await sendToContent<PageTableSummary[]>(harness, { type: 'list-tables' });
    expect(tables).toEqual([]);
  });
});
