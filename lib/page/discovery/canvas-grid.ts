/**
 * Spreadsheet apps (Google Sheets, Excel for the web) and canvas data grids (Glide) draw their
 * cells as pixels on a <canvas>: there is no text in the page to read. What works is what a user
 * does anyway: select the cells, copy them, and paste them into the popup.
 */

/** A canvas this large is a drawing surface for content, not an icon or a chart sparkline. */
const MIN_CANVAS_WIDTH = 300;
const MIN_CANVAS_HEIGHT = 150;

const KNOWN_APPS: readonly [RegExp, string][] = [
  [/^docs\.google\.com$/, 'Google Sheets'],
  [/(^|\.)(officeapps\.live\.com|office\.com|sharepoint\.com|onedrive\.live\.com)$/, 'Excel for the web'],
  [/(^|\.)(glideapps\.com|glide\.page)$/, 'Glide'],
];

function largeCanvas(doc: Document): HTMLCanvasElement | null {
  for (const canvas of Array.from(doc.querySelectorAll('canvas'))) {
    const box = canvas.getBoundingClientRect();
    if (box.width >= MIN_CANVAS_WIDTH && box.height >= MIN_CANVAS_HEIGHT && canvas.checkVisibility({ visibilityProperty: true })) return canvas;
  }
  return null;
}

/** What to tell the user when the page draws its grid on a canvas; null when it does not. */
export function canvasGridNote(doc: Document): string | null {
  if (!largeCanvas(doc)) return null;
  const app = KNOWN_APPS.find(([host]) => host.test(doc.location.hostname))?.[1];
  const who = app ?? 'This page';
  return `${who} draws its cells on a canvas, so they cannot be read from the page. Select the cells together with their header row, copy them (Ctrl+C, or ⌘C on a Mac), then press "Paste from clipboard".`;
}
