/**
 * Marks the overlay's host element, for the extension's own tests and for support. The page
 * learns nothing from it that it could not see anyway (a <div> with a closed shadow root).
 * Kept apart from overlay-host.ts, which takes DOM functions at load and so only loads in a page.
 */
export const OVERLAY_HOST_ATTRIBUTE = 'data-customs-preflight-overlay';
