import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'puppeteer';

export interface Download {
  /** Where the file was saved. */
  path: string;
  text: string;
}

interface DownloadProgress {
  guid: string;
  state: 'inProgress' | 'completed' | 'canceled';
}

const DOWNLOAD_WAIT_MS = 10_000;

/**
 * Press a button by its accessible name, as a user does, and return the file the browser
 * downloads (into `folder`, a fresh temporary folder by default). Used by the demo for
 * "Export JSON" and by the browser tests for every export.
 *
 * The file is read only after Chromium reports the download completed: Chromium reserves the
 * final name with an empty file while the bytes still go to a `.crdownload` beside it, so
 * a file that merely exists may still be empty (a busy machine made exports read as '').
 */
export async function downloadByButton(page: Page, buttonName: string, folder = mkdtempSync(join(tmpdir(), 'customs-preflight-download-'))): Promise<Download> {
  const before = new Set(readdirSync(folder));
  const session = await page.createCDPSession();
  let settle: (progress: DownloadProgress) => void = () => {};
  const ended = new Promise<DownloadProgress>((resolve) => (settle = resolve));
  session.on('Browser.downloadProgress', (progress: DownloadProgress) => {
    if (progress.state !== 'inProgress') settle(progress);
  });
  await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder, eventsEnabled: true });
  try {
    const button = await page.waitForSelector(`::-p-aria(${buttonName})`);
    await button!.click();
    const stopWaiting = new AbortController();
    const timeout = sleep(DOWNLOAD_WAIT_MS, undefined, { signal: stopWaiting.signal }).catch(() => undefined);
    const progress = await Promise.race([ended, timeout]);
    stopWaiting.abort();
    if (!progress) throw new Error(`Pressing "${buttonName}" downloaded nothing into ${folder} within ${DOWNLOAD_WAIT_MS / 1000} s.`);
    if (progress.state === 'canceled') throw new Error(`Pressing "${buttonName}" started a download that Chromium cancelled.`);
    const saved = readdirSync(folder).find((name) => !before.has(name) && !name.endsWith('.crdownload'));
    if (!saved) throw new Error(`Chromium reported the download of "${buttonName}" completed, but no new file is in ${folder}.`);
    return { path: join(folder, saved), text: readFileSync(join(folder, saved), 'utf8') };
  } finally {
    await session.detach().catch(() => {});
  }
}
