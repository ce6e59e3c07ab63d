import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WEB_APP_DIR, type RunningWorkspace, startWorkspace } from '../../lib/workspace/server/start-workspace';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/browser/chromium-with-extension';
import { sampleUpload, tinyUpload } from '../support/workspace/sample-scans';

/**
 * The team workspace's web app in Chromium against the real server (embedded PostgreSQL in
 * memory): sign in with the owner's link, create an upload token, see uploaded scans, filter,
 * read findings, approve a classification from one, look at the plots, the master, the audit
 * log and the retention setting, all under the server's Content-Security-Policy.
 */
describe('team workspace web app', () => {
  let workspace: RunningWorkspace;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const fixture = sampleUpload({ importerProfile: 'Acme Imports', scannedAt: new Date(Date.now() - 2 * 86_400_000).toISOString() });
  const small = tinyUpload([{ ruleId: 'origin-invalid', severity: 'warning', row: 1, partNumber: 'GLOBEX-7' }], { importerProfile: 'Globex' });

  beforeAll(async () => {
    if (!existsSync(`${DEFAULT_WEB_APP_DIR}index.html`)) throw new Error('The workspace web app is not built: run "npm run build:workspace-web" first.');
    workspace = await startWorkspace({ database: { kind: 'pglite', dataDir: undefined }, port: 0, retentionJob: false, organizationName: 'Kappa Customs', log: () => {} });
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, pipe: true, args: CHROMIUM_ARGS, defaultViewport: { width: 1280, height: 900 } });
    page = (await browser.pages())[0] ?? (await browser.newPage());
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(String(error)));
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await workspace?.close();
  });

  const text = (selector: string) => page.$eval(selector, (element) => element.textContent ?? '');
  const rows = (selector: string) => page.$$eval(`${selector} tbody tr`, (list) => list.length);
  const click = async (name: string) => (await page.waitForSelector(`::-p-aria(${name})`))!.click();

  it('signs the owner in with the one-time link, and takes the secret out of the address', async () => {
    await page.goto(workspace.ownerSignInLink!, { waitUntil: 'load' });
    await page.waitForSelector('.workspace-header');
    expect(await text('.workspace-header h1')).toBe('Kappa Customs');
    expect(page.url()).not.toContain('cpw_link_');
    expect(await text('.who')).toContain('Owner (owner)');
  });

  it('creates an upload token, shown once, that uploads scans as an extension would', async () => {
    await page.goto(`${workspace.url}/#/people`);
    await page.type('input[placeholder^="e.g. Chrome"]', 'Filing PC');
    await click('Create token');
    const secretInput = await page.waitForSelector('input[aria-label="New token secret"]');
    const secret = await secretInput!.evaluate((input) => (input as HTMLInputElement).value);
    expect(secret).toMatch(/^cpw_upload_/);
    for (const upload of [fixture, small]) {
      const response = await fetch(`${workspace.url}/api/v1/scans`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
        body: JSON.stringify(upload),
      });
      expect(response.status).toBe(201);
    }
    await page.reload();
    await page.waitForFunction(() => document.querySelector('table.tokens tbody td:nth-child(5)')?.textContent !== 'never');
  });

  it('lists the team’s scans and filters them', async () => {
    await page.goto(`${workspace.url}/#/scans`);
    await page.waitForFunction(() => document.querySelectorAll('table.scans tbody tr').length === 2);
    await page.type('::-p-aria(Importer profile)', 'Globex');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.querySelectorAll('table.scans tbody tr').length === 1);
    expect(await text('table.scans tbody tr')).toContain('Globex');
  });

  it('shows a scan’s findings and approves a classification from one', async () => {
    await page.goto(`${workspace.url}/#/scans/${fixture.scanId}`);
    await page.waitForSelector('table.findings tbody tr');
    expect(await rows('table.findings')).toBe(fixture.report.findings.length);
    await page.select('::-p-aria(Severity)', 'error');
    await page.waitForFunction((n: number) => document.querySelectorAll('table.findings tbody tr').length === n, {}, fixture.report.findings.filter((f) => f.severity === 'error').length);
    const part = fixture.partNumbers[String(fixture.report.findings.find((f) => f.severity === 'error' && f.row !== null)!.row)]!;
    await click(`Approve a classification for ${part}`);
    const code = await page.waitForSelector('form.approve ::-p-aria(Tariff code)');
    await code!.click({ count: 3 });
    await code!.type('8471.30.0100');
    await page.type('form.approve ::-p-aria(Country of origin)', 'cn');
    await click('Approve');
    await page.waitForSelector('form.approve [role="status"]');
    expect(await text('form.approve [role="status"]')).toBe(`Approved 8471300100 for ${part}.`);
  });

  it('shows the master with its history', async () => {
    await page.goto(`${workspace.url}/#/master`);
    await page.waitForSelector('table.master tbody tr');
    expect(await text('table.master tbody tr')).toContain('8471300100');
    await page.waitForSelector('ol.history li');
    expect(await text('ol.history li')).toMatch(/\(approval\).*\(none\) → 8471300100 · CN/);
  });

  it('draws the plots from the team’s findings', async () => {
    await page.goto(`${workspace.url}/#/plots`);
    await page.waitForSelector('figure.chart svg');
    const charts = await page.$$eval('figure.chart', (figures) =>
      figures.map((figure) => ({ name: figure.getAttribute('data-chart'), shapes: figure.querySelectorAll('svg rect').length, labels: [...figure.querySelectorAll('svg text')].map((t) => t.textContent) })),
    );
    expect(charts.map((c) => c.name)).toEqual(['problems-by-rule-over-time', 'problems-by-column', 'part-numbers-that-fail-most-often', 'findings-per-importer-profile']);
    for (const chart of charts) expect(chart.shapes, chart.name!).toBeGreaterThan(0);
    expect(charts[3]!.labels.some((label) => label?.startsWith('Globex'))).toBe(true);
    // Narrowed to one importer profile, its failing part is the one plotted.
    await page.type('::-p-aria(Importer profile)', 'Globex');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.querySelectorAll('[data-chart="findings-per-importer-profile"] g.bar').length === 1);
    const parts = await page.$$eval('[data-chart="part-numbers-that-fail-most-often"] .bar-label', (labels) => labels.map((l) => l.textContent));
    expect(parts).toEqual(['GLOBEX-7']);
  });

  it('shows the audit log and changes the retention', async () => {
    await page.goto(`${workspace.url}/#/audit`);
    await page.waitForSelector('table.audit tbody tr');
    const actions = await page.$$eval('table.audit tbody td:nth-child(3)', (cells) => cells.map((c) => c.textContent));
    expect(actions).toEqual(expect.arrayContaining(['sign-in', 'token.create', 'token.use', 'scan.upload', 'master.approve']));
    await page.goto(`${workspace.url}/#/settings`);
    const days = await page.waitForSelector('::-p-aria(Keep scans for days)');
    await page.waitForFunction(() => (document.querySelector('input[type=number]') as HTMLInputElement).value === '90');
    await days!.click({ count: 3 });
    await days!.type('30');
    await click('Save retention');
    await page.waitForSelector('[role="status"]');
    expect(await text('[role="status"]')).toContain('kept 30 days');
  });

  it('ran without script errors or Content-Security-Policy violations', () => {
    expect(problems).toEqual([]);
  });
});
