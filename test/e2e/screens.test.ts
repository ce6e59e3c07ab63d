import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS, ruleById } from '../../lib/core/rules/registry';
import { RULE_FAMILIES } from '../../lib/core/rules/rule-families';
import { expectedTable } from './fixture-pages';
import { checkWithToolbarButton, currentIssue, marksOnPage, openGridPage } from './grid-flow';
import { type Harness, nextFrames, startHarness } from './harness';
import { exportJson, extensionUrl, openResults, openScanId, pressToolbarButton } from './user-flow';

/**
 * The screens a filer reads, in the built extension in real Chromium: the popup's verdict, the
 * results page's groups, plots and "Show on page", and the options page's panels.
 */
let harness: Harness;
/** The customs-portal scan of the first test. */
let portalScan = '';

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const textOf = (page: Page, selector: string) => page.$eval(selector, (element) => (element as HTMLElement).innerText);

describe('the popup', () => {
  it('says the verdict in plain words: lines to fix, errors before warnings, notes in one line, rule titles not ids', async () => {
    const { popup } = await pressToolbarButton(harness, 'customs-portal.html');
    await popup.waitForSelector('.verdict');
    // Read first: opening the results page takes the focus, which closes the popup.
    const shown = await popup.evaluate(() => ({
      headline: document.querySelector<HTMLElement>('.verdict-headline')!.innerText,
      order: Array.from(document.querySelectorAll('.verdict [data-severity]')).map((e) => e.getAttribute('data-severity')),
      errors: document.querySelector<HTMLElement>('.verdict-errors')!.innerText,
      notes: document.querySelector<HTMLElement>('.verdict-notes')!.innerText,
      verdict: document.querySelector<HTMLElement>('.verdict')!.innerText,
    }));
    const results = await openResults(harness);
    portalScan = await openScanId(results);
    const exported = await exportJson(results);
    await results.close();

    const errorLines = new Set(exported.findings.filter((f) => f.severity === 'error' && f.row !== null).map((f) => f.row)).size;
    expect(shown.headline).toBe(`${errorLines} lines need fixing before filing.`);
    expect(shown.order).toEqual(['error', 'warning', 'info']);
    const mostFrequentError = Object.entries(
      exported.findings.filter((f) => f.severity === 'error').reduce<Record<string, number>>((counts, f) => ({ ...counts, [f.ruleId]: (counts[f.ruleId] ?? 0) + 1 }), {}),
    )
      .map(([ruleId, count]) => ({ title: ruleById(ruleId)!.title, count }))
      .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title))[0]!;
    // The most frequent error first (ties in title order), by its title and count.
    expect(shown.errors.startsWith(`To fix: ${mostFrequentError.title} (${mostFrequentError.count})`), shown.errors).toBe(true);
    const notes = exported.findings.filter((f) => f.severity === 'info').length;
    expect(shown.notes).toMatch(new RegExp(`^${notes} notes for information: `));
    for (const id of RULE_IDS) expect(shown.verdict).not.toContain(id);
    await popup.close().catch(() => {});
  });

  it('is keyboard first: the verdict done, Enter is on "Open results" and Tab walks the other actions in order', async () => {
    const { popup } = await pressToolbarButton(harness, 'customs-portal.html');
    await popup.waitForSelector('.verdict');
    await popup.waitForFunction(() => document.activeElement?.textContent === 'Open results', { polling: 50 });
    const order: string[] = [];
    for (let i = 0; i < 2; i++) {
      await popup.keyboard.press('Tab');
      order.push(await popup.evaluate(() => document.activeElement?.textContent ?? ''));
    }
    expect(order).toEqual(['Show on page', 'Clear marks']);
    await popup.close();
  });
});

describe('the results page', () => {
  it('groups findings by severity and rule, errors first, notes closed until opened', async () => {
    const results = await openResults(harness, portalScan);
    const exported = await exportJson(results);
    const defaultOpen = await results.$$eval('tr.group-line .group-toggle', (buttons) =>
      buttons.map((b) => ({ severity: b.closest('tr')!.getAttribute('data-severity'), open: b.getAttribute('aria-expanded') === 'true' })),
    );
    expect(defaultOpen.length).toBeGreaterThan(0);
    for (const group of defaultOpen) expect(group.open).toBe(group.severity !== 'info');
    expect(await results.$$eval('tr.finding-line[data-severity="info"]', (rows) => rows.length)).toBe(0);
    // Every group closed: their header lines all fit in view, with the counts.
    await results.locator('::-p-aria(Close all groups)').click();
    await results.waitForFunction(() => document.querySelectorAll('tr.finding-line').length === 0, { polling: 50 });
    const groups = await results.$$eval('tr.group-line', (rows) =>
      rows.map((row) => ({
        severity: row.getAttribute('data-severity')!,
        rule: row.getAttribute('data-rule')!,
        count: Number(row.getAttribute('data-count')),
        open: row.querySelector('.group-toggle')!.getAttribute('aria-expanded') === 'true',
        title: (row.querySelector('.group-toggle') as HTMLElement).innerText,
      })),
    );
    const rank = { error: 0, warning: 1, info: 2 } as Record<string, number>;
    expect(groups.map((g) => rank[g.severity])).toEqual(groups.map((g) => rank[g.severity]).sort());
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(exported.findings.length);
    for (const group of groups) expect(group.title).toContain(ruleById(group.rule)!.title);

    // Open a notes group: its findings are listed; close it: they are gone again.
    const info = groups.find((g) => g.severity === 'info')!;
    const toggle = `tr.group-line[data-severity="info"][data-rule="${info.rule}"] .group-toggle`;
    await results.click(toggle);
    await results.waitForSelector(`tr.finding-line[data-severity="info"][data-rule="${info.rule}"]`);
    await results.click(toggle);
    await results.waitForFunction(() => document.querySelectorAll('tr.finding-line[data-severity="info"]').length === 0, { polling: 50 });

    // All groups open: every finding has a line (the table says how many, and renders those in view).
    await results.locator('::-p-aria(Open all groups)').click();
    await results.waitForFunction(
      (n: number) => Number(document.querySelector('table.findings')?.getAttribute('aria-rowcount')) === n,
      { polling: 50 },
      exported.findings.length + groups.length + 1,
    );
    // Sorted by row, ascending, with an arrow saying so; pressing it again turns it round.
    expect(await results.$eval('th[aria-sort="ascending"]', (th) => th.textContent)).toBe('Row ▲');
    await results.locator('th ::-p-text(Row)').click();
    await results.waitForSelector('th[aria-sort="descending"]');
    expect(await results.$eval('th[aria-sort="descending"]', (th) => th.textContent)).toBe('Row ▼');
    await results.close();
  });

  it('draws the plots: problems by rule and by column for the scan, and over the recent scans', async () => {
    const results = await openResults(harness, portalScan);
    const exported = await exportJson(results);
    const problems = exported.findings.filter((f) => f.severity !== 'info');
    const count = (key: (f: (typeof problems)[number]) => string | null) => {
      const counts = new Map<string, number>();
      for (const f of problems) if (key(f) !== null) counts.set(key(f)!, (counts.get(key(f)!) ?? 0) + 1);
      return counts;
    };
    const bars = (chart: string) =>
      results.$$eval(`figure[data-chart="${chart}"] svg g.bar`, (groups) =>
        groups.map((g) => ({ label: g.querySelector('.bar-label')!.textContent!, total: Number(g.querySelector('.bar-value')!.textContent) })),
      );
    const byRule = count((f) => f.ruleId);
    const ruleBars = await bars('problems-by-rule');
    expect(ruleBars.length).toBe(Math.min(byRule.size, 10));
    for (const bar of ruleBars) {
      const [ruleId] = [...byRule].find(([id]) => ruleById(id)!.title.startsWith(bar.label.replace(/…$/, '')))!;
      expect(bar.total).toBe(byRule.get(ruleId));
    }
    // The numbers under the plots read as words: "1 error", never "1 errors".
    const numbers = await results.$$eval('figure table.chart-numbers td', (cells) => cells.map((cell) => cell.textContent!.trim()));
    expect(numbers.length).toBeGreaterThan(0);
    for (const cell of numbers) expect(cell).toMatch(/^(1 (error|warning)|(0|[2-9]|\d{2,}) (errors|warnings))$/);
    const byColumn = count((f) => f.column);
    const columnBars = await bars('problems-by-column');
    expect(columnBars.length).toBe(Math.min(byColumn.size, 10));
    for (const bar of columnBars) expect(bar.total).toBe(byColumn.get(bar.label));

    const columns = await results.$$eval('figure[data-chart="problems-over-recent-scans"] g.scan-column', (gs) =>
      gs.map((g) => ({ open: g.classList.contains('open'), errors: Number(g.getAttribute('data-errors')), warnings: Number(g.getAttribute('data-warnings')) })),
    );
    expect(columns.length).toBe(await results.$$eval('.scan-list li', (items) => Math.min(items.length, 20)));
    expect(columns.filter((c) => c.open)).toEqual([{ open: true, errors: exported.summary.error, warnings: exported.summary.warning }]);
    await results.close();
  });

  it('"Show on page" brings the page to the front and the finding’s cell into view, selected', async () => {
    const results = await openResults(harness, portalScan);
    await results.select('select:has(option[value="mid-mismatch"])', 'mid-mismatch');
    const button = await results.waitForSelector('tr.finding-line[data-rule="mid-mismatch"][data-row="16"] button.show-on-page');
    await button!.click();
    await results.waitForFunction(() => /Row 16 shown on the page/.test(document.body.innerText), { polling: 50 });
    const page = harness.page;
    await page.waitForFunction(() => document.visibilityState === 'visible', { polling: 50 });
    await page.waitForFunction(() => document.querySelector('[data-customs-preflight-overlay]') !== null, { polling: 50 });
    await nextFrames(page, 6);
    expect(await currentIssue(page)).toMatch(/Row 16, MID/);
    const cell = await page.$eval('table.entry-lines', (table) => {
      const box = (table as HTMLTableElement).tBodies[0]!.rows[15]!.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, height: innerHeight };
    });
    expect(cell.top).toBeGreaterThanOrEqual(0);
    expect(cell.bottom).toBeLessThanOrEqual(cell.height);
    await results.close();
  });

  it('"Show on page" scrolls a virtualised grid to a row it has not rendered', async () => {
    await openGridPage(harness, 'grid-ag-grid.html');
    const { popup } = await checkWithToolbarButton(harness);
    await popup.close().catch(() => {});
    const results = await openResults(harness);
    const exported = await exportJson(results);
    const far = exported.findings.filter((f) => f.severity !== 'info' && (f.row ?? 0) > 1900).sort((a, b) => b.row! - a.row!)[0]!;
    await results.select(`select:has(option[value="${far.ruleId}"])`, far.ruleId);
    // Its line: the results table renders only the lines in view, so scroll it down until it is there.
    const line = `tr.finding-line[data-rule="${far.ruleId}"][data-row="${far.row}"] button.show-on-page`;
    for (let top = 0; !(await results.$(line)) && top < 200_000; top += 300) {
      await results.$eval('div.table-scroll.virtual', (box, to: number) => box.scrollTo({ top: to }), top);
      await nextFrames(results, 2);
    }
    await (await results.waitForSelector(line))!.click();
    await results.waitForFunction((row: number) => document.body.innerText.includes(`Row ${row} shown on the page`), { polling: 50 }, far.row!);
    const page = harness.page;
    await page.waitForFunction(() => document.visibilityState === 'visible', { polling: 50 });
    const expected = expectedTable('grid-ag-grid');
    let mark: Awaited<ReturnType<typeof marksOnPage>>[number] | undefined;
    for (let i = 0; i < 40 && !mark; i++) {
      await nextFrames(page, 4);
      mark = (await marksOnPage(page)).find((shown) => shown.row === far.row);
    }
    expect(mark, `mark of row ${far.row}`).toBeDefined();
    expect(mark!.rowText).toContain(expected.rows[far.row! - 1]![1]);
    expect(await currentIssue(page)).toContain(`Row ${far.row}`);
    await results.close();
  });
});

describe('the options page', () => {
  it('is in panels, and lists the rules by family with their titles and severities', async () => {
    const options = await harness.browser.newPage();
    await options.goto(extensionUrl(harness, 'options.html'));
    await options.waitForSelector('.panels');
    const headings = await options.$$eval('.panel', (panels) => panels.map((panel) => panel.querySelector('h2')!.textContent));
    expect(headings).toEqual(['Importer profiles', 'Tariff data', 'Rules', 'Sites', 'Workspace', 'Audit log', 'Delete everything']);
    const families = await options.$$eval('.rule-family', (sets) =>
      sets.map((set) => ({
        legend: set.querySelector('legend')!.childNodes[0]!.textContent!.trim(),
        rules: Array.from(set.querySelectorAll('.rule-toggle')).map((label) => ({
          id: label.getAttribute('data-rule')!,
          title: label.querySelector('.rule-title')!.textContent,
          severity: label.querySelector('.severity-tag')!.textContent,
        })),
      })),
    );
    expect(families.map((f) => f.legend)).toEqual(RULE_FAMILIES.map((f) => f.title));
    const words = { error: 'error', warning: 'warning', info: 'note' };
    for (const rule of families.flatMap((f) => f.rules)) {
      const declared = ruleById(rule.id)!;
      expect(rule).toEqual({ id: declared.id, title: declared.title, severity: words[declared.severity] });
    }

    // A family turned off and on again, saved each time.
    const origin = '.rule-family[data-family="origin"]';
    await options.click(`${origin} .family-actions button:nth-child(2)`);
    await options.waitForFunction((sel: string) => Array.from(document.querySelectorAll<HTMLInputElement>(`${sel} input`)).every((i) => !i.checked), { polling: 50 }, origin);
    expect(await textOf(options, '.options-status')).toBe('Rules saved.');
    await options.click(`${origin} .family-actions button:nth-child(1)`);
    await options.waitForFunction((sel: string) => Array.from(document.querySelectorAll<HTMLInputElement>(`${sel} input`)).every((i) => i.checked), { polling: 50 }, origin);
    await options.close();
  });
});
