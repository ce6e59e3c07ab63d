import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../lib/cli/check-command';
import { expectedTable, pageLabels } from './fixture-pages';
import { type Harness, overlayHostCount, startHarness } from './harness';
import { exportJson, openResults, openScanId, pressToolbarButton, rawDatabaseText } from './user-flow';

/**
 * The flow a filer sees, end to end in real Chromium: press the toolbar button on a customs
 * portal page, get the verdict in the popup and marks on the page, open the results, export.
 */
describe('checking a customs portal page', () => {
  let harness: Harness;
  const dialogs: string[] = [];
  /** The scan of customs-portal.html made by the first test. */
  let portalScan = '';

  beforeAll(async () => {
    harness = await startHarness();
    harness.browser.on('targetcreated', async (target) => {
      const page = await target.page().catch(() => null);
      page?.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
    });
    harness.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('finds every labelled problem and flags no unlabelled cell, with marks on the page', async () => {
    const { text } = await pressToolbarButton(harness, 'customs-portal.html');
    const labels = pageLabels('customs-portal');
    expect(text).toContain(`${labels.rows} rows checked`);
    await harness.page.waitForFunction(() => document.querySelector('[data-customs-preflight-overlay]') !== null);
    expect(await overlayHostCount(harness.page)).toBe(1);

    const results = await openResults(harness);
    portalScan = await openScanId(results);
    const exported = await exportJson(results);
    const flagged = exported.findings.filter((f) => f.severity !== 'info').map((f) => `${f.row}|${f.field}|${f.ruleId}`);
    const expected = labels.labels.map((l) => `${l.row}|${l.field}|${l.ruleId}`);
    expect(new Set(flagged)).toEqual(new Set(expected));
    await results.close();
  });

  it('lists the findings on the results page and filters them by severity', async () => {
    const results = await openResults(harness, portalScan);
    const exported = await exportJson(results);
    const rowsShown = await results.$$eval('table.findings tbody tr', (rows) => rows.length);
    expect(rowsShown).toBe(exported.findings.length);

    await results.locator('::-p-aria(warning)').click();
    await results.locator('::-p-aria(info)').click();
    const errorsShown = await results.$$eval('table.findings tbody tr', (rows) => rows.length);
    expect(errorsShown).toBe(exported.summary.error);
    await results.close();
  });

  it('checks a catalog file picked on the results page, lists it with the page scans, and shows hostile text as text', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'customs-preflight-file-'));
    const file = join(folder, 'hostile-catalog.csv');
    writeFileSync(
      file,
      [
        'Part Number,Description,HTS Code,Country of Origin,Quantity,Unit Price,Extended Value',
        'X-1,<img src=x onerror=alert(1)>,<script>alert(2)</script>,CN,1,1.00,1.00',
        'X-2,"Bolts of stainless steel, threaded, M5 x 20 mm",7318.15.2010,TW,10,0.50,5.00',
      ].join('\n'),
    );
    const results = await openResults(harness);
    const scansBefore = await results.$$eval('.scan-list li', (items) => items.length);
    const picker = await results.waitForSelector('.file-drop input[type=file]');
    await (picker as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
    await results.waitForFunction(() => document.body.innerText.includes('hostile-catalog.csv checked'), { polling: 50 });

    expect(await results.$$eval('.scan-list li', (items) => items.length)).toBe(scansBefore + 1);
    expect(await results.$eval('.scan-title', (h) => h.textContent)).toBe('hostile-catalog.csv');
    const values = await results.$$eval('table.findings td.cell-value', (tds) => tds.map((td) => td.textContent));
    expect(values).toContain('<script>alert(2)</script>');
    expect(await results.$$eval('img, script:not([src])', (elements) => elements.length)).toBe(0);
    expect(dialogs).toEqual([]);
    await results.close();
  });

  it('exports JSON equal to the command line report for the same rows', async () => {
    const results = await openResults(harness, portalScan);
    const exported = await exportJson(results);
    await results.close();

    const folder = mkdtempSync(join(tmpdir(), 'customs-preflight-cli-'));
    const file = join(folder, 'customs-portal.json');
    writeFileSync(file, JSON.stringify(expectedTable('customs-portal')));
    const cli = await runCheck([file, '--format', 'json', '--date', exported.checkDate]);
    expect(cli.stderr).toBe('');
    const fromCli = JSON.parse(cli.stdout) as typeof exported;
    // The only difference allowed: where the rows came from (a page title here, a file there).
    expect({ ...exported, source: 'rows' }).toEqual({ ...fromCli, source: 'rows' });
  });

  it('keeps cell values encrypted at rest: the raw database holds none in clear text', async () => {
    const results = await openResults(harness);
    const raw = await rawDatabaseText(results);
    await results.close();
    expect(raw.length).toBeGreaterThan(1000);
    for (const cell of ['Brightstar Electronics', 'CNBRIELE1288SHE', '8471.30.0100', 'Laptop computers', 'onerror']) {
      expect(raw, cell).not.toContain(cell);
    }
  });

  it('checks the 5,000-row table from click to marks in seconds', async () => {
    const { text, elapsedMs, clickedAt } = await pressToolbarButton(harness, 'large-table.html');
    await harness.page.waitForFunction(() => document.querySelector('[data-customs-preflight-overlay]') !== null, { polling: 20 });
    console.log(`5,000-row table: popup verdict ${elapsedMs} ms after the click, marks on the page ${Date.now() - clickedAt} ms after it`);
    expect(text).toContain('5,000 rows checked');
    const results = await openResults(harness);
    const exported = await exportJson(results);
    await results.close();
    const flagged = new Set(exported.findings.filter((f) => f.severity !== 'info').map((f) => `${f.row}|${f.field}|${f.ruleId}`));
    expect(flagged).toEqual(new Set(pageLabels('large-table').labels.map((l) => `${l.row}|${l.field}|${l.ruleId}`)));
  });

  it('opens the newest scan at results.html?scan=latest and names it in the address', async () => {
    const results = await openResults(harness);
    expect(await openScanId(results)).toMatch(/^[0-9a-f-]{36}$/);
    await results.close();
  });

  // Last: the correction it saves applies to every later scan of the fixture site.
  it('corrects the column mapping for the site on the results page and re-runs the check', async () => {
    const results = await openResults(harness, portalScan);
    const before = await exportJson(results);
    expect(before.mapping.find((m) => m.field === 'origin')?.column).toBe('Country of Origin');

    await results.select('select[aria-label="Column for Country of origin"]', 'MID');
    await results.locator('::-p-aria(Save mapping and re-run)').click();
    await results.waitForFunction(() => document.body.innerText.includes('Re-run with the corrected mapping.'), { polling: 50 });

    const after = await exportJson(results);
    expect(after.mapping.find((m) => m.field === 'origin')).toMatchObject({ column: 'MID', how: 'override' });
    // MIDs are not countries: every row with a MID now has an origin finding.
    expect(after.findings.filter((f) => f.field === 'origin' && f.ruleId === 'origin-invalid').length).toBeGreaterThan(5);
    await results.close();

    const options = await harness.browser.newPage();
    await options.goto(`chrome-extension://${harness.extension.id}/options.html`);
    await options.waitForFunction(() => document.body.innerText.includes('origin ← "MID"'), { polling: 50 });
    expect(await options.evaluate(() => document.body.innerText)).toContain(new URL(harness.server.origin).origin);
    await options.close();
  });
});
