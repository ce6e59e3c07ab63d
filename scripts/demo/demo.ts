/**
 * `npm run demo`: build the extension, serve a demo customs-portal page on 127.0.0.1 with the
 * bundled sample catalog, and start Chromium with the extension on it, pressing the toolbar
 * button as a user does. With a display, the browser window stays open for you to explore.
 * Without one (CI, SSH), it runs headless and writes demo-output/marked-page.png (the page with
 * its marks) and demo-output/issues.json (the results page's "Export JSON" download).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCatalogText } from '../../lib/core/read/read-catalog';
import { downloadByButton } from '../../test/support/browser/browser-downloads';
import { launchWithExtension } from '../../test/support/browser/chromium-with-extension';
import { entryLinesPage } from './demo-portal-page';
import { serveLocally } from '../../test/support/browser/local-server';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outputDir = `${root}demo-output`;
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

console.log('Building the extension…');
try {
  execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'pipe' });
} catch (error) {
  console.error(String((error as { stderr?: Buffer }).stderr ?? error));
  process.exit(1);
}

const catalog = readCatalogText(readFileSync(`${root}public/demo/sample-catalog.csv`, 'utf8'), 'sample-catalog.csv');
const page = entryLinesPage(catalog);
const server = await serveLocally([async (path) => (path === '/' || path === '/entry-lines.html' ? { body: page, type: 'text/html; charset=utf-8' } : null)]);
console.log(`Demo portal page: ${server.origin}/entry-lines.html`);

const { browser, extension } = await launchWithExtension(`${root}.output/chrome-mv3`, { headless });
try {
  // Load the sample tariff schedule through the options page, as a filer loads theirs.
  const options = await browser.newPage();
  await options.goto(`chrome-extension://${extension.id}/options.html`);
  const scheduleInput = await options.waitForSelector('.schedule-setting input[type=file]');
  await (scheduleInput as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(`${root}public/demo/sample-hts-pga-report.csv`);
  await options.waitForFunction(() => document.body.innerText.includes('Tariff schedule sample-hts-pga-report.csv loaded'));
  console.log('Loaded the sample tariff schedule in the default importer profile.');
  await options.close();

  const tab = await browser.newPage();
  await tab.goto(`${server.origin}/entry-lines.html`);
  await tab.bringToFront();
  const clicked = Date.now();
  await tab.triggerExtensionAction(extension);
  const popup = await (await browser.waitForTarget((t) => t.url().endsWith('/popup.html'))).asPage();
  await popup.waitForFunction(() => /rows checked|cannot|No table/.test(document.body.innerText), { timeout: 30_000 });
  console.log(`\nPopup after ${Date.now() - clicked} ms:\n${(await popup.evaluate(() => document.body.innerText)).replace(/\n+/g, '\n')}`);

  if (!headless) {
    console.log('\nThe page now shows the marks. Open the results from the popup; close the browser window to end the demo.');
    await new Promise((resolve) => browser.once('disconnected', resolve));
  } else {
    rmSync(outputDir, { recursive: true, force: true });
    mkdirSync(outputDir, { recursive: true });
    await tab.bringToFront();
    await tab.waitForSelector('[data-customs-preflight-overlay]');
    await tab.screenshot({ path: `${outputDir}/marked-page.png`, fullPage: true });

    const results = await browser.newPage();
    await results.goto(`chrome-extension://${extension.id}/results.html?scan=latest`);
    const download = await downloadByButton(results, 'Export JSON', outputDir);
    renameSync(download.path, `${outputDir}/issues.json`);
    const exported = JSON.parse(readFileSync(`${outputDir}/issues.json`, 'utf8')) as { summary: { error: number; warning: number; info: number } };
    console.log(`\nWrote ${outputDir}/marked-page.png and ${outputDir}/issues.json`);
    console.log(`Exported: ${exported.summary.error} errors, ${exported.summary.warning} warnings, ${exported.summary.info} notes.`);
  }
} finally {
  await browser.close().catch(() => {});
  await server.close();
}

