import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageMark, ShowMarksReply } from '../../lib/extension/messaging/messages';
import { expectedTable, largeCatalog } from './fixture-pages';
import { catalogTableId as catalogTableIdOf, marksFor, showMarks as showMarksOn } from './overlay-flow';
import { drawnMarks, type DrawnMark, expectMarksOnCells, htmlCellBoxes, intersects, viewport } from './mark-geometry';
import { type Harness, inOverlay, injectContentScript, nextFrames, openFixture, overlayHostCount, sendToContent, startHarness } from './harness';

let harness: Harness;
const dialogs: string[] = [];

beforeAll(async () => {
  harness = await startHarness();
  harness.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});
afterAll(async () => {
  await harness?.close();
});

const catalogTableId = () => catalogTableIdOf(harness);
const showMarks = (file: string, marks: PageMark[]) => showMarksOn(harness, file, marks);

describe('marks on the page', () => {
  it('draws a mark over every finding’s cell, in the severity’s colour, under a strict Content-Security-Policy', async () => {
    const marks = marksFor(expectedTable('customs-portal'));
    const reply = await showMarks('customs-portal.html', marks);
    expect(reply).toEqual({ ok: true, drawn: marks.length, unplaced: 0 });

    const drawn = (await drawnMarks(harness.page))!;
    expect(drawn).toHaveLength(marks.length);
    const cells = await htmlCellBoxes(harness.page, 'table.entry-lines', drawn);
    expect(await expectMarksOnCells(harness.page, drawn, cells)).toBeGreaterThan(3);
    const colours = Object.fromEntries(drawn.map((mark) => [mark.severity, mark.colour]));
    expect(colours).toMatchObject({ error: 'rgb(198, 40, 40)', warning: 'rgb(161, 92, 0)', info: 'rgb(29, 78, 216)' });
    expect(drawn.find((mark) => mark.row === 3)?.badge).toMatch(/^Error, Row 3, HTS No\.: Tariff code "8516\.60\.406" has 9 digits/);
  });

  it('marks follow their cells when the page scrolls and the window is resized', async () => {
    const marks = marksFor(expectedTable('customs-portal'));
    await showMarks('customs-portal.html', marks);
    const before = (await drawnMarks(harness.page))!;

    await harness.page.evaluate(() => window.scrollBy(0, 400));
    await nextFrames(harness.page);
    const scrolled = (await drawnMarks(harness.page))!;
    expect(await expectMarksOnCells(harness.page, scrolled, await htmlCellBoxes(harness.page, 'table.entry-lines', scrolled))).toBeGreaterThan(3);
    const moved = scrolled.find((mark, i) => !mark.hidden && !before[i]!.hidden)!;
    expect(before[scrolled.indexOf(moved)]!.top - moved.top).toBeCloseTo(400, 0);

    await harness.page.setViewport({ width: 900, height: 700 });
    await nextFrames(harness.page, 3);
    const resized = (await drawnMarks(harness.page))!;
    expect(await expectMarksOnCells(harness.page, resized, await htmlCellBoxes(harness.page, 'table.entry-lines', resized))).toBeGreaterThan(0);
    await harness.page.setViewport({ width: 1280, height: 800 });
  });

  it('shows page and finding text as text: no element is made from it, no script runs', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const marks: PageMark[] = [{ row: 7, column: 2, severity: 'warning', ruleId: 'description-short', message: `"${hostile}" is not a description.`, fix: hostile }];
    await showMarks('customs-portal.html', marks);

    const badge = await inOverlay(harness.page, (root) => {
      const box = root.querySelector('.badge')!.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await harness.page.mouse.move(badge!.x, badge!.y);
    await nextFrames(harness.page);
    const tooltip = await inOverlay(harness.page, (root) => {
      const tip = root.querySelector<HTMLElement>('[role="tooltip"]')!;
      return { hidden: tip.hidden, text: tip.textContent, images: root.querySelectorAll('img').length };
    });
    expect(tooltip).toMatchObject({ hidden: false, images: 0 });
    expect(tooltip!.text).toContain(`"${hostile}" is not a description.`);
    expect(tooltip!.text).toContain(`Fix: ${hostile}`);
    expect(await harness.page.evaluate(() => document.images.length)).toBe(0);
    expect(dialogs).toEqual([]);

    // The pointer can move onto the tooltip (to read or copy it) without losing it; Escape dismisses it.
    const tip = await inOverlay(harness.page, (root) => {
      const box = root.querySelector('[role="tooltip"]')!.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await harness.page.mouse.move(tip!.x, tip!.y, { steps: 4 });
    await new Promise((done) => setTimeout(done, 500));
    const tooltipHidden = () => inOverlay(harness.page, (root) => root.querySelector<HTMLElement>('[role="tooltip"]')!.hidden);
    expect(await tooltipHidden()).toBe(false);
    await harness.page.keyboard.press('Escape');
    expect(await tooltipHidden()).toBe(true);
  });

  it('Next and Previous scroll the issue’s cell into view and focus its badge, which shows the message and fix', async () => {
    const marks = marksFor(expectedTable('customs-portal'));
    await showMarks('customs-portal.html', marks);
    const clickPanelButton = (name: string) =>
      inOverlay(harness.page, (root, label: string) => root.querySelector<HTMLButtonElement>(`.panel button[aria-label="${label}"]`)!.click(), name);
    const focused = () =>
      inOverlay(harness.page, (root) => {
        const active = root.activeElement as HTMLElement | null;
        const mark = active?.closest<HTMLElement>('.mark');
        const tip = root.querySelector<HTMLElement>('[role="tooltip"]')!;
        return {
          row: mark ? Number(mark.dataset.row) : null,
          current: root.querySelector('.panel .current')!.textContent,
          tooltip: tip.hidden ? null : tip.textContent,
        };
      });

    const counts = await inOverlay(harness.page, (root) => root.querySelector('.panel .counts')!.textContent);
    expect(counts).toContain('9 errors');
    expect(counts).toContain('3 warnings');

    // The last issue (row 16) is below the fold: Previous from the start wraps to it.
    await clickPanelButton('Previous issue');
    await nextFrames(harness.page);
    const last = await focused();
    expect(last!.row).toBe(16);
    expect(last!.current).toMatch(/^Issue \d+ of \d+ · Row 16, MID: MID DEBAVPRE14AUG/);
    expect(last!.tooltip).toContain('Fix: Check that the MID and the manufacturer columns');
    const [cell] = await htmlCellBoxes(harness.page, 'table.entry-lines', [{ row: 16, column: 9 }]);
    const screen = await viewport(harness.page);
    expect(cell!.top).toBeGreaterThanOrEqual(0);
    expect(cell!.top + cell!.height).toBeLessThanOrEqual(screen.height);

    await clickPanelButton('Next issue');
    expect((await focused())!.row).toBe(2);
    expect(await harness.page.evaluate(() => document.activeElement?.hasAttribute('data-customs-preflight-overlay'))).toBe(true);
  });

  it('is keyboard operable: Tab reaches the panel’s buttons and Enter activates them', async () => {
    await showMarks('two-tables.html', marksFor(expectedTable('two-tables')));
    const labels: string[] = [];
    for (let i = 0; i < 60 && labels.length < 5; i++) {
      await harness.page.keyboard.press('Tab');
      const label = await inOverlay(harness.page, (root) => (root.activeElement?.closest('.panel') ? root.activeElement.getAttribute('aria-label') : null));
      if (label && !labels.includes(label)) labels.push(label);
    }
    expect(labels).toEqual(['Move the issue panel to the next corner', 'Issue details', 'Clear all marks and close', 'Previous issue', 'Next issue']);
    await harness.page.keyboard.press('Enter');
    await nextFrames(harness.page);
    const current = await inOverlay(harness.page, (root) => root.querySelector('.panel .current')!.textContent);
    expect(current).toMatch(/^Issue 1 of /);
  });

  it('the panel’s Clear button and the clear-marks request remove the overlay’s host element', async () => {
    await showMarks('two-tables.html', marksFor(expectedTable('two-tables')));
    expect(await overlayHostCount(harness.page)).toBe(1);
    await inOverlay(harness.page, (root) => root.querySelector<HTMLButtonElement>('.panel button[aria-label="Clear all marks and close"]')!.click());
    expect(await overlayHostCount(harness.page)).toBe(0);

    await sendToContent(harness, { type: 'show-marks', tableId: await catalogTableId(), marks: marksFor(expectedTable('two-tables')) });
    expect(await overlayHostCount(harness.page)).toBe(1);
    expect(await sendToContent(harness, { type: 'clear-marks' })).toEqual({ ok: true });
    expect(await overlayHostCount(harness.page)).toBe(0);
  });

  it('finds a cell again when the page replaces it', async () => {
    await showMarks('two-tables.html', marksFor(expectedTable('two-tables')));
    // A framework re-render: the row's cells are new elements, and a row above grows taller.
    await harness.page.evaluate(() => {
      const rows = document.querySelector<HTMLTableElement>('table.invoice-lines')!.tBodies[0]!.rows;
      // Net weight of line 2 (header position 9; the hidden "Cost center" cell comes before it).
      const cell = rows[1]!.querySelectorAll('td:not([hidden])')[9]!;
      const replacement = document.createElement('td');
      replacement.className = cell.className;
      replacement.textContent = cell.textContent;
      cell.replaceWith(replacement);
      rows[0]!.cells[1]!.append(document.createElement('br'), 'Second line of text', document.createElement('br'), 'Third line');
    });
    await nextFrames(harness.page, 3);
    const drawn = (await drawnMarks(harness.page))!;
    // Drawn over the new cell (a mark left on the removed one would have no box and be hidden)...
    expect(drawn.some((mark) => mark.row === 2 && mark.column === 9 && !mark.hidden)).toBe(true);
    // ...and every mark moved down with the rows below the grown one.
    expect(await expectMarksOnCells(harness.page, drawn, await htmlCellBoxes(harness.page, 'table.invoice-lines', drawn))).toBeGreaterThanOrEqual(2);
  });

  it('draws on the cells of an ARIA grid as aria-colindex places them', async () => {
    const reply = await showMarks('erp-aria-grid.html', marksFor(expectedTable('erp-aria-grid')));
    expect(reply).toMatchObject({ ok: true, unplaced: 0 });
    const drawn = (await drawnMarks(harness.page))!;
    // Header position → aria-colindex: "Cost center" (4) and "Status" (9) are hidden columns.
    const colIndex = [1, 2, 3, 5, 6, 7, 8, 10, 11, 12, 13];
    const cells = await harness.page.evaluate(
      (wanted: { row: number; column: number | null }[], indexes: number[]) =>
        wanted.map(({ row, column }) => {
          const rowElement = document.querySelector(`[role="row"][aria-rowindex="${row + 1}"]`)!;
          const element = column === null ? rowElement : rowElement.querySelector(`[aria-colindex="${indexes[column]}"]`)!;
          const rect = element.getBoundingClientRect();
          return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
        }),
      drawn,
      colIndex,
    );
    expect(await expectMarksOnCells(harness.page, drawn, cells)).toBe(drawn.length);
  });

  it('draws on cells inside a same-origin frame, and hides marks scrolled out of the frame', async () => {
    const reply = await showMarks('portal-frames.html', marksFor(expectedTable('frame-entry-lines')));
    expect(reply).toMatchObject({ ok: true, unplaced: 0 });
    const check = async (): Promise<DrawnMark[]> => {
      const drawn = (await drawnMarks(harness.page))!;
      const cells = await htmlCellBoxes(harness.page, '#entry-lines', drawn, '#lines-frame');
      const frame = await harness.page.evaluate(() => {
        const element = document.querySelector('#lines-frame')!;
        const rect = element.getBoundingClientRect();
        return { top: rect.top + 9, bottom: rect.bottom - 9 };
      });
      drawn.forEach((mark, i) => {
        const cell = cells[i]!;
        const inFrame = cell.top < frame.bottom && cell.top + cell.height > frame.top;
        expect(mark.hidden, `row ${mark.row}: shown ${!mark.hidden}, cell inside the frame's view ${inFrame}`).toBe(!inFrame);
        if (!mark.hidden) expect(intersects(mark, cell)).toBe(true);
      });
      return drawn;
    };
    const before = await check();
    // Not shown: hidden, or not built at all (marks get elements only near the viewport).
    expect(before.find((mark) => mark.row === 8)?.hidden ?? true).toBe(true);
    await harness.page.evaluate(() => document.querySelector<HTMLIFrameElement>('#lines-frame')!.contentWindow!.scrollBy(0, 400));
    await nextFrames(harness.page);
    const after = await check();
    expect(after.find((mark) => mark.row === 8)?.hidden).toBe(false);
  });

  it('stays usable at 200% zoom: the panel fits the viewport and its buttons show', async () => {
    await showMarks('customs-portal.html', marksFor(expectedTable('customs-portal')));
    // 200% zoom of a 1280 × 800 window leaves a 640 × 400 CSS-pixel viewport.
    await harness.page.setViewport({ width: 640, height: 400, deviceScaleFactor: 2 });
    await nextFrames(harness.page);
    const panel = await inOverlay(harness.page, (root) => {
      const box = root.querySelector('.panel')!.getBoundingClientRect();
      const buttons = Array.from(root.querySelectorAll('.panel button')).map((button) => button.getBoundingClientRect());
      return { right: box.right, bottom: box.bottom, left: box.left, top: box.top, buttonsInside: buttons.every((b) => b.width > 0 && b.right <= box.right && b.bottom <= innerHeight) };
    });
    expect(panel!.left).toBeGreaterThanOrEqual(0);
    expect(panel!.top).toBeGreaterThanOrEqual(0);
    expect(panel!.right).toBeLessThanOrEqual(640);
    expect(panel!.bottom).toBeLessThanOrEqual(400);
    expect(panel!.buttonsInside).toBe(true);
    await harness.page.setViewport({ width: 1280, height: 800 });
  });

  it('draws 5,000 marks on the large table, building only those near the screen, and the others as they are scrolled to', async () => {
    const catalog = largeCatalog();
    const marks: PageMark[] = catalog.rows.map((_, index) => ({ row: index + 1, column: 3, severity: 'info', ruleId: 'pga-flag', message: `Line ${index + 1}: check partner agency data.` }));
    await openFixture(harness, 'large-table.html');
    await injectContentScript(harness);
    const tableId = await catalogTableId();
    // The page's main thread while the marks are drawn: every task over 50 ms is a long task.
    await harness.page.evaluate(() => {
      const longest = ((window as unknown as { longestTaskMs: number }).longestTaskMs = 0);
      void longest;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const record = window as unknown as { longestTaskMs: number };
          record.longestTaskMs = Math.max(record.longestTaskMs, entry.duration);
        }
      }).observe({ type: 'longtask' });
    });
    const started = performance.now();
    const reply = await sendToContent<ShowMarksReply>(harness, { type: 'show-marks', tableId, marks });
    await nextFrames(harness.page);
    const drawMs = performance.now() - started;
    expect(reply).toEqual({ ok: true, drawn: 5000, unplaced: 0 });
    const drawn = (await drawnMarks(harness.page))!;
    // A few screens' worth have elements (the table shows ~35 rows a screen); the rest are built when scrolled to.
    expect(drawn.length).toBeLessThan(1000);
    expect(drawn.every((mark) => mark.row <= 1000)).toBe(true);
    const shown = drawn.filter((mark) => !mark.hidden);
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(60);

    const scrolledStart = performance.now();
    await harness.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await nextFrames(harness.page);
    const scrollMs = performance.now() - scrolledStart;
    const middle = (await drawnMarks(harness.page))!.filter((mark) => !mark.hidden);
    expect(middle[0]!.row).toBeGreaterThan(2000);
    const cells = await htmlCellBoxes(harness.page, '#product-master', middle);
    middle.forEach((mark, i) => expect(intersects(mark, cells[i]!)).toBe(true));
    // Still only what was near the screen at either place, not the 5,000.
    expect((await drawnMarks(harness.page))!.length).toBeLessThan(2000);

    await nextFrames(harness.page, 5);
    const longestTaskMs = await harness.page.evaluate(() => (window as unknown as { longestTaskMs: number }).longestTaskMs);
    console.log(
      `large-table: show-marks with 5,000 marks, to the first frame drawn: ${drawMs.toFixed(0)} ms; scroll to the middle and redraw: ${scrollMs.toFixed(0)} ms; ` +
        `longest task on the page's main thread meanwhile: ${longestTaskMs.toFixed(0)} ms (0 = none over 50 ms)`,
    );
  });
});
