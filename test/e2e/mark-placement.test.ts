import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectedTable } from './fixture-pages';
import { type Box, drawnMarks, expectMarksOnCells, htmlCellBoxes, intersects } from './mark-geometry';
import { type Harness, inOverlay, nextFrames, startHarness } from './harness';
import { marksFor, showMarks } from './overlay-flow';

/**
 * Marks that stay right (issue 10): marks and badges stay on their cells while the user tabs
 * through the badges and the page scrolls by keyboard, the tooltip is drawn above every other
 * part of the overlay and follows its cell, badges leave the cell's text readable, and the issue
 * panel collapses, moves, and gets out of the way of the current issue's cell.
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

const PORTAL = 'customs-portal.html';
const TABLE = 'table.entry-lines';

async function showPortalMarks(): Promise<void> {
  await showMarks(harness, PORTAL, marksFor(expectedTable('customs-portal')));
}

async function expectAllMarksOnCells(): Promise<number> {
  const drawn = (await drawnMarks(harness.page))!;
  return expectMarksOnCells(harness.page, drawn, await htmlCellBoxes(harness.page, TABLE, drawn));
}

/** Keyboard scrolling is animated: wait until the page has stood still for a few frames, then one more for the marks. */
const scrollSettled = () =>
  harness.page.evaluate(async () => {
    let still = 0;
    let last = `${scrollX},${scrollY}`;
    while (still < 4) {
      await new Promise((done) => requestAnimationFrame(done));
      const now = `${scrollX},${scrollY}`;
      still = now === last ? still + 1 : 0;
      last = now;
    }
  });

/** The focused badge's mark (row, column), or null when focus is elsewhere. */
const focusedBadge = () =>
  inOverlay(harness.page, (root) => {
    const active = root.activeElement as HTMLElement | null;
    const mark = active?.classList.contains('badge') ? active.closest<HTMLElement>('.mark') : null;
    return mark ? `${mark.dataset.row}:${mark.dataset.column ?? ''}` : null;
  });

describe('marks that stay right', () => {
  it('stay on their cells while the user tabs through every badge and scrolls the page by keyboard', async () => {
    await harness.page.setViewport({ width: 900, height: 480 });
    await showPortalMarks();
    const visited = new Set<string>();
    for (let i = 0; i < 80; i++) {
      await harness.page.keyboard.press('Tab');
      const badge = await focusedBadge();
      if (!badge) continue;
      visited.add(badge);
      await nextFrames(harness.page);
      await expectAllMarksOnCells();
    }
    expect(visited.size).toBeGreaterThan(3);
    for (const key of ['PageDown', 'End', 'ArrowUp', 'Home'] as const) {
      await harness.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await harness.page.keyboard.press(key);
      await scrollSettled();
      await expectAllMarksOnCells();
    }
  });

  it('draw the tooltip above every other part of the overlay, and move it with its cell', async () => {
    await showPortalMarks();
    // Focus one badge after another until its tooltip lies over another badge.
    const covered = await inOverlay(harness.page, async (root) => {
      const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const tip = root.querySelector<HTMLElement>('[role="tooltip"]')!;
      const badges = Array.from(root.querySelectorAll<HTMLButtonElement>('.mark:not([hidden]) .badge'));
      for (const badge of badges) {
        badge.focus();
        await frame();
        const box = tip.getBoundingClientRect();
        for (const other of badges) {
          if (other === badge) continue;
          const b = other.getBoundingClientRect();
          const x = b.left + b.width / 2;
          const y = b.top + b.height / 2;
          if (x > box.left && x < box.right && y > box.top && y < box.bottom) {
            const top = root.elementFromPoint(x, y);
            return { underTooltip: true, topmostIsTooltip: top !== null && tip.contains(top) };
          }
        }
      }
      return { underTooltip: false, topmostIsTooltip: false };
    });
    expect(covered).toEqual({ underTooltip: true, topmostIsTooltip: true });

    const tooltipAndBadge = () =>
      inOverlay(harness.page, (root) => {
        const tip = root.querySelector<HTMLElement>('[role="tooltip"]')!;
        const badge = (root.activeElement as HTMLElement).getBoundingClientRect();
        return { hidden: tip.hidden, tipTop: tip.getBoundingClientRect().top, badgeTop: badge.top };
      });
    const before = (await tooltipAndBadge())!;
    await harness.page.evaluate(() => window.scrollBy(0, 40));
    await nextFrames(harness.page, 3);
    const after = (await tooltipAndBadge())!;
    expect(after.hidden).toBe(false);
    expect(before.badgeTop - after.badgeTop).toBeCloseTo(40, 0);
    expect(before.tipTop - after.tipTop).toBeCloseTo(40, 0);
  });

  it('leave every marked cell’s text uncovered by its badge', async () => {
    await showPortalMarks();
    const drawn = (await drawnMarks(harness.page))!.filter((mark) => !mark.hidden && mark.column !== null);
    expect(drawn.length).toBeGreaterThan(3);
    const badges = await inOverlay(harness.page, (root) =>
      Array.from(root.querySelectorAll<HTMLElement>('.mark:not([hidden])'))
        .filter((mark) => mark.dataset.column !== undefined)
        .map((mark) => {
          const box = mark.querySelector('.badge')!.getBoundingClientRect();
          return { row: Number(mark.dataset.row), column: Number(mark.dataset.column), left: box.left, top: box.top, width: box.width, height: box.height };
        }),
    );
    const texts = await harness.page.evaluate(
      (selector: string, cells: { row: number; column: number }[]) =>
        cells.map(({ row, column }) => {
          const tr = document.querySelector<HTMLTableElement>(selector)!.tBodies[0]!.rows[row - 1]!;
          const cell = Array.from(tr.cells).filter((c) => !c.hidden && getComputedStyle(c).visibility === 'visible')[column]!;
          const range = document.createRange();
          range.selectNodeContents(cell);
          const rect = range.getBoundingClientRect();
          return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
        }),
      TABLE,
      badges!.map(({ row, column }) => ({ row, column })),
    );
    badges!.forEach((badge, i) => {
      const text: Box = texts[i]!;
      if (text.width === 0) return;
      expect(intersects(badge, text), `the badge of row ${badge.row} column ${badge.column} covers the cell's text`).toBe(false);
    });
  });

  it('let the issue panel collapse, move to another corner, and step aside from the current issue’s cell', async () => {
    await harness.page.setViewport({ width: 640, height: 300 });
    await showPortalMarks();
    const panelBox = () => inOverlay(harness.page, (root) => {
      const box = root.querySelector('.panel')!.getBoundingClientRect();
      return { left: box.left, top: box.top, width: box.width, height: box.height };
    });
    const click = (label: string) =>
      inOverlay(harness.page, (root, name: string) => root.querySelector<HTMLButtonElement>(`.panel button[aria-label="${name}"]`)!.click(), label);

    const full = (await panelBox())!;
    await click('Issue details');
    const folded = (await panelBox())!;
    expect(folded.height).toBeLessThan(full.height / 2);
    expect(await inOverlay(harness.page, (root) => root.querySelector('.panel button[aria-label="Issue details"]')!.getAttribute('aria-expanded'))).toBe('false');
    await click('Issue details');

    await click('Move the issue panel to the next corner');
    const moved = (await panelBox())!;
    expect(moved.left).toBeLessThan(full.left);
    expect(moved.top).toBeCloseTo(full.top, 0);
    await click('Move the issue panel to the next corner');
    await click('Move the issue panel to the next corner');
    await click('Move the issue panel to the next corner');
    expect((await panelBox())!.left).toBeCloseTo(full.left, 0);

    // Walk every issue: none of their cells stays hidden under the panel.
    const count = (await drawnMarks(harness.page))!.length;
    for (let i = 0; i < count; i++) {
      await click('Next issue');
      await nextFrames(harness.page, 3);
      const current = await inOverlay(harness.page, (root) => {
        const mark = root.querySelector<HTMLElement>('.mark.current');
        return mark ? { row: Number(mark.dataset.row), column: mark.dataset.column === undefined ? null : Number(mark.dataset.column) } : null;
      });
      if (!current) continue;
      const [cell] = await htmlCellBoxes(harness.page, TABLE, [current]);
      expect(intersects(cell!, (await panelBox())!), `row ${current.row} column ${current.column} is under the panel`).toBe(false);
    }
  });
});
