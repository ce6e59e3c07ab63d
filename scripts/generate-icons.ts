/**
 * Rasterize public/icon/icon.svg into the PNG sizes the browsers and stores ask for
 * (public/icon/16.png … 128.png), with the Chromium the tests use: no image library, no native
 * dependency. Run after changing the SVG: `npx tsx scripts/generate-icons.ts`; the PNGs are
 * committed, and wxt.config.ts names them in the manifest.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/support/browser/chromium-with-extension';

export const ICON_SIZES = [16, 32, 48, 128] as const;

const folder = fileURLToPath(new URL('../public/icon/', import.meta.url));
const svg = readFileSync(`${folder}icon.svg`, 'utf8');

const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
try {
  const page = await browser.newPage();
  for (const size of ICON_SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    // The SVG as an <img> from a data: address: drawn as an image, never run as a document.
    const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent"><img src="${source}" width="${size}" height="${size}" style="display:block"></body></html>`);
    await page.waitForFunction(() => document.querySelector('img')!.complete);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size }, type: 'png' });
    writeFileSync(`${folder}${size}.png`, png);
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
