import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_DID_NOT_ANSWER } from '../../lib/extension/scan/page-scan';
import { OVERLAY_HOST_ATTRIBUTE } from '../../lib/page/marks/overlay-host-attribute';
import { expectMarksOnCells, drawnMarks, htmlCellBoxes } from './mark-geometry';
import { type Harness, inOverlay, nextFrames, overlayHostCount, startHarness } from './harness';
import { exportJson, openResults, pressToolbarButton } from './user-flow';

/**
 * A page that attacks the overlay (test/pages/hostile-page.html, hostile-traps.js): custom
 * elements under every name an overlay might use, a shadow root on <body> before the extension
 * comes, overrides of attachShadow, attachInternals, customElements.define and createElement in
 * the page's world, a watcher that tries every way into each element added, listeners on every
 * event's composed path, and font faces that report the characters drawn. Its cells hold markup,
 * formulas, a 200,000-character text, bidi and control characters, lone surrogates and
 * prototype-named values. The page must read nothing of the overlay and forge nothing in it, and
 * every finding must be marked on its cell.
 */

interface HostileReport {
  armed: boolean;
  leaks: string[];
  calls: string[];
  constructed: string[];
  probes: string[];
}

const hostileReport = (harness: Harness) => harness.page.evaluate(() => (window as unknown as { hostileReport: HostileReport }).hostileReport);

describe('a page that attacks the overlay', () => {
  let harness: Harness;
  const dialogs: string[] = [];
  let popupText = '';

  beforeAll(async () => {
    harness = await startHarness();
    harness.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const scan = await pressToolbarButton(harness, 'hostile-page.html');
    popupText = scan.text;
    await harness.page.waitForFunction((attribute: string) => document.querySelector(`[${attribute}]`) !== null, { polling: 50, timeout: 20_000 }, OVERLAY_HOST_ATTRIBUTE);
    await nextFrames(harness.page, 3);
    // The page's delayed reads (50 ms and 1.5 s after each of its traps fired).
    await new Promise((resolve) => setTimeout(resolve, 1_700));
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('checks every line, and marks every finding on its cell', async () => {
    expect(popupText).toContain('60 rows checked');
    const results = await openResults(harness);
    const exported = await exportJson(results);
    await results.close();
    expect(exported.rowCount).toBe(60);
    const onRows = exported.findings.filter((finding) => finding.row !== null);
    expect(onRows.length).toBeGreaterThan(20);

    const drawn = (await drawnMarks(harness.page))!;
    expect(drawn).toHaveLength(onRows.length);
    expect(await expectMarksOnCells(harness.page, drawn, await htmlCellBoxes(harness.page, '#entry-lines', drawn))).toBeGreaterThan(5);
    const panel = await inOverlay(harness.page, (root) => root.querySelector('.panel')!.textContent);
    expect(panel).not.toMatch(/not found on the page/);
  });

  it('adds one plain <div> to the page and no custom element, and shows above the page’s rules against it', async () => {
    expect(await overlayHostCount(harness.page)).toBe(1);
    const host = await harness.page.evaluate((attribute: string) => {
      const element = document.querySelector(`[${attribute}]`)!;
      const style = getComputedStyle(element);
      return { name: element.localName, parent: element.parentElement?.localName, shadowRoot: element.shadowRoot === null, display: style.display, opacity: style.opacity, transform: style.transform };
    }, OVERLAY_HOST_ATTRIBUTE);
    expect(host).toEqual({ name: 'div', parent: 'html', shadowRoot: true, display: 'block', opacity: '1', transform: 'none' });
    const names = await inOverlay(harness.page, (root) => [...new Set(Array.from(root.querySelectorAll('*'), (element) => element.localName))]);
    expect(names!.filter((name) => name.includes('-'))).toEqual([]);
  });

  it('lets the page construct none of its custom elements, nor see any call of the extension’s', async () => {
    const report = await hostileReport(harness);
    expect(report.armed).toBe(true);
    expect(report.constructed).toEqual([]);
    // The page's overrides of attachShadow, attachInternals, define, createElement and the insertion methods never ran for the extension.
    expect(report.calls).toEqual([]);
    // Its watcher saw the host arrive and every way in failed.
    expect(report.probes).toEqual(expect.arrayContaining(['attachShadow on div: NotSupportedError', 'attachInternals on div: NotSupportedError']));
  });

  it('lets the page read nothing of the marks, and forge nothing into them, even while the user tabs through the badges', async () => {
    for (let i = 0; i < 12; i++) await harness.page.keyboard.press('Tab');
    const badge = await inOverlay(harness.page, (root) => {
      const box = root.querySelector('.mark:not([hidden]) .badge')!.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    await harness.page.mouse.move(badge!.x, badge!.y);
    await harness.page.mouse.click(badge!.x, badge!.y);
    await new Promise((resolve) => setTimeout(resolve, 200));

    const report = await hostileReport(harness);
    expect(report.leaks).toEqual([]);
    const overlayText = await inOverlay(harness.page, (root) => root.textContent);
    expect(overlayText).not.toContain('No issues found');
    expect(overlayText).toMatch(/\d+ errors?/);
    // Nothing the page's own text could show either.
    expect(await harness.page.evaluate(() => document.documentElement.innerText)).not.toMatch(/Issue \d+ of|Rule: /);
    expect(await harness.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('shows a cell’s bidi and control characters in the tooltip as codes, not as reordered text', async () => {
    const tooltips = await inOverlay(harness.page, async (root) => {
      const texts: string[] = [];
      for (const badge of Array.from(root.querySelectorAll<HTMLButtonElement>('.badge'))) texts.push(badge.getAttribute('aria-label') ?? '');
      return texts;
    });
    const all = tooltips!.join('\n');
    expect(all).toContain('[U+202E]');
    expect(all).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u0000-\u0008\u001B]/);
  });
});

// A page's element named "chrome" hides the extension API from content scripts in some Chromium
// builds (150 did not; Debian's 156.0.8078.114 does again), and the reader could not answer: it
// takes the API from the global object's own properties first (see extensionRuntime in
// entrypoints/content.ts). The page is checked like any other, and no browser error reaches the popup. The popup's words when no reader answers (a page reloaded or
// navigated during the read) are tested in scan-pipeline.test.ts with Chrome's own error.
describe('a page with a form named "chrome" and a control named "runtime"', () => {
  it('is checked like any other page, with no browser error in the popup', async () => {
    const harness = await startHarness();
    try {
      const { text } = await pressToolbarButton(harness, 'clobbered-chrome.html');
      expect(text).toMatch(/\b1 row checked\b/);
      expect(text).not.toContain(PAGE_DID_NOT_ANSWER);
      expect(text).not.toMatch(/Receiving end does not exist|Could not establish connection/);
    } finally {
      await harness.close();
    }
  });
});

describe('when the marks cannot be drawn', () => {
  it('the popup says how many are missing and why', async () => {
    const harness = await startHarness();
    try {
      const { popup, text } = await pressToolbarButton(harness, 'customs-portal.html');
      expect(text).toMatch(/rows checked/);
      expect(text).not.toMatch(/could (not )?be placed/);
      // The page re-renders its table without the lines that were checked.
      await harness.page.evaluate(() => document.querySelector('table.entry-lines tbody')!.replaceChildren());
      await popup.locator('::-p-text(Show on page)').click();
      await popup.waitForFunction(() => document.querySelector('.marks-problem') !== null, { polling: 50 });
      expect(await popup.$eval('.marks-problem', (note) => note.textContent)).toMatch(/^None of the \d+ marks could be placed: the table does not show their rows now/);
    } finally {
      await harness.close();
    }
  });
});
