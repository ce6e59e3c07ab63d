/**
 * Portals embed entry screens from another site in a frame (a customs system inside a broker's
 * portal, an ERP module inside its launcher). The browser lets nothing on the page, and not the
 * extension reading it, into another site's frame: its tables are not found, and "no table" alone
 * would send the user looking for a mistake of theirs. What works is opening that frame's page in
 * a tab of its own and pressing the button there.
 */

/** A frame this large shows content (a screen of the portal), not an ad, a widget or a tracker. */
const MIN_FRAME_WIDTH = 400;
const MIN_FRAME_HEIGHT = 200;
/** Same-origin frames nest; the other site's frame may sit inside one of them. */
const MAX_FRAME_DEPTH = 4;
/** Frames named in the note; a page showing more is named by these. */
const MAX_NAMED = 2;
const MAX_ADDRESS_LENGTH = 200;

/** The document of a same-origin frame; null for another site's frame (reading it throws or returns null). */
export function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

function isLarge(frame: Element): boolean {
  const box = frame.getBoundingClientRect();
  return box.width >= MIN_FRAME_WIDTH && box.height >= MIN_FRAME_HEIGHT && frame.checkVisibility({ visibilityProperty: true });
}

/** Where the frame's page is, as the user can open it: its address without query or fragment (they may hold tokens), or null when it has no web address. */
function frameAddress(frame: Element, doc: Document): string | null {
  const source = frame.getAttribute('src');
  if (!source) return null;
  try {
    const url = new URL(source, doc.baseURI || undefined);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return `${url.origin}${url.pathname}`.slice(0, MAX_ADDRESS_LENGTH);
  } catch {
    return null;
  }
}

/** The addresses of the large frames of other sites shown in `doc` and in its same-origin frames (null for one with no web address). */
function foreignFrames(doc: Document, depth: number, found: (string | null)[]): void {
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
    if (found.length > MAX_NAMED || !isLarge(frame)) continue;
    const inner = frameDocument(frame);
    if (!inner) found.push(frameAddress(frame, doc));
    else if (depth < MAX_FRAME_DEPTH) foreignFrames(inner, depth + 1, found);
  }
}

/** What to tell the user when the page shows another site's page in a frame it cannot read; null when it shows none. */
export function foreignFrameNote(doc: Document): string | null {
  const found: (string | null)[] = [];
  foreignFrames(doc, 0, found);
  if (found.length === 0) return null;
  const addresses = [...new Set(found.filter((address): address is string => address !== null))].slice(0, MAX_NAMED);
  const where = addresses.length > 0 ? ` (${addresses.join(', ')})` : '';
  return (
    `This page shows another site's page in a frame${where}: the extension is let into this page only, not into that frame. ` +
    'Open that page in a tab of its own and press the button there, or select its cells with their header row, copy them, then press "Paste from clipboard".'
  );
}
