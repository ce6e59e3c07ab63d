import { OVERLAY_CSS } from './overlay-styles';

/** The one element the extension adds to a page. A custom tag name clashes with nothing the page styles. */
export const OVERLAY_HOST_TAG = 'customs-preflight-overlay';

export interface OverlayHost {
  host: HTMLElement;
  /** Closed: page scripts cannot reach in and read or forge the marks. */
  root: ShadowRoot;
  remove(): void;
}

/**
 * A constructed style sheet is not subject to the page's Content-Security-Policy (strict
 * `style-src` portals block inline <style>), so it is the first choice; a <style> element is
 * the fallback where adopting fails.
 */
function applyStyles(root: ShadowRoot, doc: Document): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(OVERLAY_CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = OVERLAY_CSS;
    root.append(style);
  }
}

/** Add the overlay's host element to the page, with its closed shadow root styled and empty. */
export function createOverlayHost(doc: Document): OverlayHost {
  const host = doc.createElement(OVERLAY_HOST_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  applyStyles(root, doc);
  doc.documentElement.append(host);
  return { host, root, remove: () => host.remove() };
}
