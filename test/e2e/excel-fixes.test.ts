import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadByButton } from '../support/browser/browser-downloads';
import { ruleById } from '../../lib/core/rules/registry';
import { type Harness, startHarness } from './harness';
import { exportJson, openResults, openScanId } from './user-flow';

const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url).pathname;

/**
 * An ERP workbook checked on the results page, in real Chromium: the filer picks the .xlsx,
 * chooses its sheet, sees the findings read from the cells as Excel shows them, accepts fixes
 * one by one and by rule, and exports the fixed workbook and its change log.
 */
describe('an Excel catalog on the results page, fixed and exported', () => {
  let harness: Harness;
  let scanId = '';

  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('asks which sheet of a workbook with several, and checks the cells as the spreadsheet shows them', async () => {
    const results = await openResults(harness);
    const picker = await results.waitForSelector('.file-drop input[type=file]');
    await (picker as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(fixture('xlsx/libreoffice-catalog.xlsx'));
    await results.waitForSelector('::-p-aria(Check this sheet)');
    expect(await results.$$eval('.sheet-choice option', (options) => options.map((o) => o.textContent))).toEqual(['Catalog', 'Notes']);
    await results.locator('::-p-aria(Check this sheet)').click();
    await results.waitForFunction(() => document.body.innerText.includes('libreoffice-catalog.xlsx checked'), { polling: 50 });
    expect(await results.$eval('.scan-title', (h) => h.textContent)).toBe('libreoffice-catalog.xlsx');
    scanId = await openScanId(results);

    const exported = await exportJson(results);
    expect(exported.rowCount).toBe(4);
    expect(exported.mapping.map((m) => m.column)).toContain('Net Weight (kg)');
    const byRule = (ruleId: string) => exported.findings.find((f) => f.ruleId === ruleId);
    expect(byRule('origin-invalid')).toMatchObject({ row: 2, value: 'China', fix: 'CN' });
    expect(byRule('currency-invalid')).toMatchObject({ row: 3, value: 'EURO', fix: 'EUR' });
    // 250 shown with two decimals, as the cell's number format shows it.
    expect(byRule('value-mismatch')).toMatchObject({ row: 3, value: '250.00', fix: '192.60' });
    await results.close();
  });

  // The buttons are asked for by role too: a table cell takes its button's name, and a click in the
  // middle of the cell misses the button.
  it('accepts fixes one by one and by rule, keeps them with the scan, and exports the fixed workbook equal to the expected one', async () => {
    const results = await openResults(harness, scanId);
    await results.locator('::-p-aria([name="Accept fix CN for row 2, Country of Origin"][role="button"])').click();
    await results.waitForFunction(() => document.body.innerText.includes('Fix accepted: row 2, Country of Origin → CN.'), { polling: 50 });
    await results.locator('::-p-aria([name="Accept fix 192.60 for row 3, Extended Value"][role="button"])').click();
    await results.waitForFunction(() => document.body.innerText.includes('Fix accepted: row 3, Extended Value → 192.60.'), { polling: 50 });
    await results.select('.filters select', 'currency-invalid');
    await results.locator(`::-p-aria([name='Accept all fixes of this rule: 1 fix of "Currency is not an ISO 4217 code"'][role="button"])`).click();
    await results.waitForFunction(() => document.body.innerText.includes('1 fix of "Currency is not an ISO 4217 code" accepted.'), { polling: 50 });
    await results.close();

    // Opened again, the accepted fixes are still there (stored with the scan).
    const reopened = await openResults(harness, scanId);
    await reopened.select('.filters select', '');
    expect(await reopened.$$eval('.fix-accepted', (marks) => marks.length)).toBe(3);

    const workbook = await downloadByButton(reopened, 'Export fixed catalog');
    expect(workbook.path.endsWith('libreoffice-catalog.fixed.xlsx')).toBe(true);
    expect(readFileSync(workbook.path).equals(readFileSync(fixture('fixed/libreoffice-catalog.fixed.xlsx')))).toBe(true);
    const changeLog = await downloadByButton(reopened, 'Export change log');
    expect(changeLog.text).toBe(readFileSync(fixture('fixed/libreoffice-catalog.fixed.changes.csv'), 'utf8'));
    await reopened.close();
  });

  it('writes a CSV catalog back with its delimiter, encoding and quoting, only the fixed cells changed', async () => {
    const results = await openResults(harness);
    const picker = await results.waitForSelector('.file-drop input[type=file]');
    await (picker as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(fixture('fixed/katalog-de.csv'));
    await results.waitForFunction(() => document.body.innerText.includes('katalog-de.csv checked'), { polling: 50 });
    for (const rule of ['origin-invalid', 'currency-invalid', 'value-mismatch', 'quantity-invalid']) {
      await results.select('.filters select', rule);
      await results.click(`tr.group-line[data-rule="${rule}"] button.accept-rule`);
      await results.waitForFunction((title) => document.body.innerText.includes(`1 fix of "${title}" accepted.`), { polling: 50 }, ruleById(rule)!.title);
    }
    const csv = await downloadByButton(results, 'Export fixed catalog');
    expect(csv.path.endsWith('katalog-de.fixed.csv')).toBe(true);
    expect(readFileSync(csv.path).equals(readFileSync(fixture('fixed/katalog-de.fixed.csv')))).toBe(true);
    await results.close();
  });
});
