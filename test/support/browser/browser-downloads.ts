import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer';

export interface Download {
  /** Where the file was saved. */
  path: string;
  text: string;
}

/**
 * Press a button by its accessible name, as a user does, and return the file the browser
 * downloads (into `folder`, a fresh temporary folder by default). Used by the demo for
 * "Export JSON" and by the browser tests for every export.
 */
export async function downloadByButton(page: Page, buttonName: string, folder = mkdtempSync(join(tmpdir(), 'customs-preflight-download-'))): Promise<Download> {
  const before = new Set(readdirSync(folder));
  const session = await page.createCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder });
  const button = await page.waitForSelector(`::-p-aria(${buttonName})`);
  await button!.click();
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const done = readdirSync(folder).find((name) => !before.has(name) && !name.endsWith('.crdownload'));
    if (done) return { path: join(folder, done), text: readFileSync(join(folder, done), 'utf8') };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Pressing "${buttonName}" downloaded nothing into ${folder} within 10 s.`);
}
