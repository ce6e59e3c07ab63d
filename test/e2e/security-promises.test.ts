import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageLabels } from './fixture-pages';
import { type ExtensionRequest, keepWorkersRunning, watchExtensionRequests } from './extension-traffic';
import { EXTENSION_DIR, type Harness, startHarness } from './harness';
import { exportJson, extensionUrl, openResults, openScanId, pressToolbarButton, storeCounts } from './user-flow';

/**
 * The security promises of SECURITY.md, each with a test that fails when the promise breaks:
 * least privilege, no network traffic, profile isolation, retention, deletion, resilience to
 * the service worker being stopped.
 */

/** The permissions README.md and SECURITY.md document; adding one must be a deliberate change here. */
const DOCUMENTED_PERMISSIONS = ['activeTab', 'scripting', 'storage', 'alarms'];
/** Requested one site at a time, when the user turns on automatic scanning for it. */
const DOCUMENTED_OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

describe('the built manifest', () => {
  const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}manifest.json`, 'utf8')) as Record<string, unknown>;

  it('asks for exactly the documented permissions and no host access; sites only as optional, per-site grants', () => {
    expect(manifest.permissions).toEqual(DOCUMENTED_PERMISSIONS);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toEqual(DOCUMENTED_OPTIONAL_HOSTS);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it('lets no other extension or site connect, and its pages run only its own scripts and connect nowhere', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
    // Only the worker may connect, to a team workspace: https, or http on this computer (SECURITY.md).
    expect(csp.split(';').map((directive) => directive.trim()).filter((directive) => directive.startsWith('connect-src'))).toEqual([
      'connect-src https: http://127.0.0.1:* http://localhost:*',
    ]);
    for (const page of ['popup.html', 'results.html', 'options.html']) {
      const html = readFileSync(`${EXTENSION_DIR}${page}`, 'utf8');
      expect(html, page).toMatch(/<meta http-equiv="Content-Security-Policy" content="connect-src (&#39;|')none(&#39;|')">/);
    }
  });
});

describe('security promises in the running extension', () => {
  let harness: Harness;
  /** Every request made by the extension's own pages and service worker (their document is the extension's). */
  let extensionRequests: ExtensionRequest[] = [];

  beforeAll(async () => {
    harness = await startHarness();
    extensionRequests = await watchExtensionRequests(harness);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('holds no site access after install and reads no page until the button is pressed', async () => {
    const granted = await harness.worker.evaluate(() => chrome.permissions.getAll());
    expect(granted.origins ?? []).toEqual([]);
    await harness.page.goto(`${harness.server.origin}customs-portal.html`, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await harness.page.$$eval('[data-customs-preflight-overlay]', (hosts) => hosts.length)).toBe(0);
    const options = await harness.browser.newPage();
    await options.goto(extensionUrl(harness, 'options.html'));
    expect(await storeCounts(options)).toMatchObject({ scans: 0 });
    await options.close();
  });

  it('makes no network request during a scan, the results page and an export', async () => {
    await pressToolbarButton(harness, 'customs-portal.html');
    const results = await openResults(harness);
    await exportJson(results);
    await results.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const offMachine = extensionRequests.map((request) => request.url).filter((url) => !/^(chrome-extension|data|blob):/.test(url));
    expect(extensionRequests.length).toBeGreaterThan(0); // the watch works: the pages' own files were seen
    expect(offMachine).toEqual([]);
  });

  it("never shows one importer profile's scans on another profile's pages", async () => {
    const first = await openResults(harness);
    const firstScan = await openScanId(first);
    expect(await first.$$eval('.scan-list li', (items) => items.length)).toBeGreaterThan(0);
    await first.close();

    const options = await harness.browser.newPage();
    await options.goto(extensionUrl(harness, 'options.html'));
    await options.locator('::-p-aria(New profile name)').fill('Second importer');
    await options.locator('::-p-aria(Add profile)').click();
    await options.waitForFunction(() => document.body.innerText.includes('Profile "Second importer" created.'), { polling: 50 });

    const second = await openResults(harness, firstScan);
    expect(await second.$$eval('.scan-list li', (items) => items.length)).toBe(0);
    expect(await second.evaluate(() => document.body.innerText)).not.toContain('customs-portal');
    expect(await second.$eval('[role="alert"]', (alert) => alert.textContent)).toMatch(/not in this importer profile/);
    await second.close();

    // The second profile's audit log has nothing of the first's scans.
    await options.reload();
    await options.waitForSelector('#audit-heading');
    await options.waitForFunction(() => !document.body.innerText.includes('Checking the log'), { polling: 50 });
    expect(await options.evaluate(() => document.body.innerText)).not.toContain(firstScan);

    // Back in the first profile, its scans are there again.
    const firstOption = await options.$$eval('select option', (opts) => opts.find((o) => o.textContent === 'Default importer')?.getAttribute('value'));
    await options.select('select', firstOption!);
    await options.waitForFunction(() => document.body.innerText.includes('Profile switched.'), { polling: 50 });
    const again = await openResults(harness);
    expect(await again.$$eval('.scan-list li', (items) => items.length)).toBeGreaterThan(0);
    await again.close();
    await options.close();
  });

  it('purges scans older than the retention period when the retention alarm fires', async () => {
    const results = await openResults(harness);
    const scanId = await openScanId(results);
    // Age the scan: its start time is listing metadata, kept in clear for exactly this purpose.
    await results.evaluate(async (id: string) => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const request = indexedDB.open('customs-preflight');
        request.onsuccess = () => resolve(request.result);
      });
      const store = db.transaction('scans', 'readwrite').objectStore('scans');
      const scan = await new Promise<Record<string, unknown>>((resolve) => {
        const request = store.get(id);
        request.onsuccess = () => resolve(request.result);
      });
      scan.createdAt = new Date(Date.now() - 120 * 86_400_000).toISOString();
      await new Promise((resolve) => {
        store.put(scan).onsuccess = resolve;
      });
      db.close();
    }, scanId);
    await results.close();

    await harness.worker.evaluate(() => chrome.alarms.create('purge-expired-scans', { when: Date.now() + 50 }));
    const deadline = Date.now() + 10_000;
    let remaining: string[] = [];
    while (Date.now() < deadline) {
      const page = await openResults(harness);
      remaining = await page.$$eval('.scan-list button', (buttons) => buttons.map((b) => b.textContent ?? ''));
      const counts = await storeCounts(page);
      await page.close();
      if (!remaining.some((text) => text.includes('Trade portal')) && counts.scanFindings === remaining.length) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const check = await openResults(harness, scanId);
    expect(await check.$eval('[role="alert"]', (alert) => alert.textContent)).toMatch(/not in this importer profile/);
    await check.close();
  });

  it('finishes a scan when Chrome stops the service worker in the middle of it', async () => {
    const stopper = await harness.page.createCDPSession();
    await stopper.send('ServiceWorker.enable');
    const scan = pressToolbarButton(harness, 'large-table.html');
    const popup = await (await harness.browser.waitForTarget((t) => t.url().endsWith('/popup.html'))).asPage();
    await popup.waitForFunction(() => /Reading rows/.test(document.body.innerText), { polling: 10 });
    await stopper.send('ServiceWorker.stopAllWorkers');
    // Chrome starts a new worker on the page's next message (see keepWorkersRunning).
    const release = keepWorkersRunning(harness);
    try {
      const { text } = await scan;
      expect(text).toContain('5,000 rows checked');
    } finally {
      release();
    }
    const results = await openResults(harness);
    const exported = await exportJson(results);
    expect(exported.rowCount).toBe(5000);
    // Every row once and in place: the chunk resent after the stop neither doubled nor shifted rows,
    // so the findings are exactly the page's labelled problems.
    const flagged = new Set(exported.findings.filter((f) => f.severity !== 'info').map((f) => `${f.row}|${f.field}|${f.ruleId}`));
    expect(flagged).toEqual(new Set(pageLabels('large-table').labels.map((l) => `${l.row}|${l.field}|${l.ruleId}`)));
    await results.close();
    // The harness's handle on the old worker is gone; later tests talk to the new one.
    const target = await harness.browser.waitForTarget((t) => t.type() === 'service_worker');
    harness.worker = (await target.worker())!;
  });

  it('deletes a scan, and deletes everything, leaving nothing behind', async () => {
    await pressToolbarButton(harness, 'customs-portal.html');
    const results = await openResults(harness);
    results.on('dialog', (dialog) => void dialog.accept());
    const before = await storeCounts(results);
    await results.locator('::-p-aria(Delete scan)').click();
    await results.waitForFunction(() => document.body.innerText.includes('Scan deleted.'), { polling: 50 });
    const after = await storeCounts(results);
    expect(after.scans).toBe(before.scans! - 1);
    expect(after.scanFindings).toBe(before.scanFindings! - 1);
    expect(after.scanChunks).toBeLessThan(before.scanChunks!);
    await results.close();

    const options = await harness.browser.newPage();
    options.on('dialog', (dialog) => void dialog.accept());
    await options.goto(extensionUrl(harness, 'options.html'));
    await options.locator('::-p-aria([name="Delete everything"][role="button"])').click();
    await options.waitForFunction(() => document.body.innerText.includes('Everything was deleted.'), { polling: 50 });
    const counts = await storeCounts(options);
    expect(counts).toMatchObject({ scans: 0, scanFindings: 0, scanChunks: 0, schedules: 0 });
    // The options page starts afresh with one empty default profile (and its key), and the
    // broker log records the erasure itself.
    expect(counts.profiles).toBeLessThanOrEqual(1);
    expect(counts.keys).toBe(counts.profiles);
    expect(counts.auditLog).toBe(1);
    const extensionStorage = await options.evaluate(async () => [await chrome.storage.local.get(null), await chrome.storage.session.get(null)]);
    expect(extensionStorage).toEqual([{}, {}]);
    await options.close();
  });
});
