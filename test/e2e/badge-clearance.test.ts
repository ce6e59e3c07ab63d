import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PageMark, PageTableSummary, ShowMarksReply } from '../../lib/extension/messaging/messages';
import { type Harness, inOverlay, injectContentScript, nextFrames, openFixture, sendToContent, startHarness } from './harness';
import { cellTextLines, crowdedMarks, drawnBadges, sharedArea } from './text-geometry';

/**
 * Marks that stay right (issue 10): a badge never covers text a filer reads, its own cell's or a
 * neighbour's, on pages laid out as tightly as real ones (a dense ERP grid, an entry form whose
 * narrow code cells sit edge to edge and whose values are inputs, a virtual grid with a frozen
 * column), right to left and zoomed; every badge stays whole, clickable and in view; the tooltip
 * is drawn above everything and follows its cell as the page or the grid scrolls.
 */

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});
afterEach(async () => {
  await harness.page.setViewport({ width: 1280, height: 800 });
});

interface FixturePage {
  file: string;
  /** The elements holding a cell's text (header cells included: a badge must not cover them either). */
  cells: string;
  rows: number;
  columns: number;
}

const DENSE_ERP: FixturePage = { file: 'marks-dense-erp.html', cells: 'th, td', rows: 60, columns: 13 };
const ENTRY_FORM: FixturePage = { file: 'marks-entry-form.html', cells: 'th, td', rows: 30, columns: 11 };
const VIRTUAL_GRID: FixturePage = { file: 'marks-virtual-grid.html?rows=150', cells: '.ag-cell, .ag-header-cell', rows: 150, columns: 12 };

/** Open the page (its table read by the toolbar click, as a user checks it) and draw the crowded marks on its catalog. */
async function showCrowdedMarks(fixture: FixturePage, file = fixture.file): Promise<PageMark[]> {
  await openFixture(harness, file);
  await injectContentScript(harness);
  const tables = await sendToContent<PageTableSummary[]>(harness, { type: 'list-tables' });
  const marks = crowdedMarks(fixture.rows, fixture.columns);
  const reply = await sendToContent<ShowMarksReply>(harness, { type: 'show-marks', tableId: tables[0]!.tableId, marks });
  expect(reply).toMatchObject({ ok: true, unplaced: 0 });
  await nextFrames(harness.page, 3);
  return marks;
}

/** Every shown badge: clear of every line of text on screen, whole, at least 14 px, and hit by the pointer at its centre. */
async function expectBadgesClearOfText(fixture: FixturePage, where: string): Promise<number> {
  const badges = await drawnBadges(harness.page);
  const lines = await cellTextLines(harness.page, fixture.cells);
  expect(lines.length, `${where}: text on screen`).toBeGreaterThan(20);
  const covering: string[] = [];
  for (const badge of badges) {
    for (const line of lines) {
      // A hundredth of a pixel is rounding, not a covered glyph.
      if (sharedArea(badge, line) > 0.01) covering.push(`row ${badge.row} column ${badge.column} covers "${line.text}"`);
    }
  }
  expect(covering, `${where}: badges over text`).toEqual([]);
  for (const badge of badges) {
    expect(badge.width, `${where}: row ${badge.row} column ${badge.column} badge size`).toBeGreaterThanOrEqual(14);
    if (!badge.underPanel) expect(badge.onTop, `${where}: row ${badge.row} column ${badge.column} badge is covered`).toBe(true);
  }
  return badges.length;
}

/** Focus the shown badge nearest the middle of the screen; its tooltip is then shown. */
async function focusMiddleBadge(): Promise<void> {
  await inOverlay(harness.page, (root) => {
    const badges = Array.from(root.querySelectorAll<HTMLElement>('.mark:not([hidden]) .badge'));
    const distance = (badge: HTMLElement) => {
      const box = badge.getBoundingClientRect();
      return Math.abs(box.top - innerHeight / 2) + Math.abs(box.left - innerWidth / 3);
    };
    badges.sort((a, b) => distance(a) - distance(b))[0]!.focus();
  });
  await nextFrames(harness.page);
}

/** The tooltip's and the focused badge's boxes, and whether the tooltip is on top at its own centre. */
const tooltipState = () =>
  inOverlay(harness.page, (root) => {
    const tip = root.querySelector<HTMLElement>('[role="tooltip"]')!;
    const tipBox = tip.getBoundingClientRect();
    const badge = (root.activeElement as HTMLElement).getBoundingClientRect();
    const top = root.elementFromPoint(tipBox.left + tipBox.width / 2, tipBox.top + tipBox.height / 2);
    return { hidden: tip.hidden, onTop: top !== null && tip.contains(top), tipLeft: tipBox.left, tipTop: tipBox.top, badgeLeft: badge.left, badgeTop: badge.top };
  });

/** The tooltip is over everything where it is drawn, and stays as far from its badge after `scroll` as before. */
async function expectTooltipFollows(scroll: () => Promise<unknown>): Promise<void> {
  await focusMiddleBadge();
  const before = (await tooltipState())!;
  expect(before).toMatchObject({ hidden: false, onTop: true });
  await scroll();
  await nextFrames(harness.page, 3);
  const after = (await tooltipState())!;
  expect(after).toMatchObject({ hidden: false, onTop: true });
  expect(after.badgeTop).not.toBeCloseTo(before.badgeTop, 0);
  expect(after.tipTop - after.badgeTop).toBeCloseTo(before.tipTop - before.badgeTop, 0);
  expect(after.tipLeft - after.badgeLeft).toBeCloseTo(before.tipLeft - before.badgeLeft, 0);
}

describe('badges cover no text', () => {
  it('on a dense ERP grid: ellipsis descriptions, codes filling their column, right-aligned numbers, wrapped notes', async () => {
    await showCrowdedMarks(DENSE_ERP);
    expect(await expectBadgesClearOfText(DENSE_ERP, 'top of the page')).toBeGreaterThan(40);
    await harness.page.evaluate(() => window.scrollBy(0, 317));
    await nextFrames(harness.page, 3);
    await expectBadgesClearOfText(DENSE_ERP, 'scrolled');
    await expectTooltipFollows(() => harness.page.evaluate(() => window.scrollBy(0, -46)));
  });

  it('on the dense grid laid out right to left', async () => {
    await showCrowdedMarks(DENSE_ERP, `${DENSE_ERP.file}?dir=rtl`);
    expect(await expectBadgesClearOfText(DENSE_ERP, 'right to left')).toBeGreaterThan(40);
  });

  it('on the dense grid zoomed: 200 % browser zoom, and CSS zoom 1.5', async () => {
    await harness.page.setViewport({ width: 640, height: 400, deviceScaleFactor: 2 });
    await showCrowdedMarks(DENSE_ERP);
    expect(await expectBadgesClearOfText(DENSE_ERP, '200 %')).toBeGreaterThan(5);
    await harness.page.setViewport({ width: 1280, height: 800 });
    await showCrowdedMarks(DENSE_ERP, `${DENSE_ERP.file}?zoom=1.5`);
    expect(await expectBadgesClearOfText(DENSE_ERP, 'CSS zoom 1.5')).toBeGreaterThan(20);
  });

  it('on an entry form whose narrow code cells sit edge to edge and whose values are inputs and selects', async () => {
    await showCrowdedMarks(ENTRY_FORM);
    expect(await expectBadgesClearOfText(ENTRY_FORM, 'entry form')).toBeGreaterThan(30);
    await expectTooltipFollows(() => harness.page.evaluate(() => window.scrollBy(0, 60)));
  });

  it('on a virtual grid with a frozen column, as it scrolls and renders other rows', async () => {
    await showCrowdedMarks(VIRTUAL_GRID);
    const viewport = '.ag-grid-viewport';
    expect(await expectBadgesClearOfText(VIRTUAL_GRID, 'grid at its top')).toBeGreaterThan(20);
    await harness.page.$eval(viewport, (box) => box.scrollBy({ top: 1500, behavior: 'instant' }));
    // The columns right of the frozen ones scroll sideways under them.
    await harness.page.$eval('.ag-body-horizontal-scroll-viewport', (box) => box.scrollBy({ left: 120, behavior: 'instant' }));
    await nextFrames(harness.page, 4);
    expect(await expectBadgesClearOfText(VIRTUAL_GRID, 'grid scrolled')).toBeGreaterThan(20);
    await expectTooltipFollows(() => harness.page.$eval(viewport, (box) => box.scrollBy({ top: 61, behavior: 'instant' })));
  });
});
