/** A box on the user's screen, in the top document's viewport coordinates (CSS pixels). */
export interface ViewportBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * A rectangle in a document's client coordinates, moved by the position of every same-origin
 * frame around it and cut to what each frame shows; null when none of it is visible.
 */
function throughFrames(rect: { left: number; top: number; right: number; bottom: number }, doc: Document): ViewportBox | null {
  let { left, top, right, bottom } = rect;
  if (right - left <= 0 || bottom - top <= 0) return null;
  let view = doc.defaultView;
  // frameElement is null in the top document, and where a parent is cross-origin.
  for (let frame = view?.frameElement ?? null; view && frame; frame = view?.frameElement ?? null) {
    const inner = view.document.documentElement;
    left = Math.max(left, 0);
    top = Math.max(top, 0);
    right = Math.min(right, inner.clientWidth);
    bottom = Math.min(bottom, inner.clientHeight);
    if (right <= left || bottom <= top) return null;
    // The frame's document starts at its content box: inside the border and the padding.
    const frameRect = frame.getBoundingClientRect();
    view = frame.ownerDocument.defaultView;
    const style = view?.getComputedStyle(frame);
    const dx = frameRect.left + frame.clientLeft + parseFloat(style?.paddingLeft ?? '0');
    const dy = frameRect.top + frame.clientTop + parseFloat(style?.paddingTop ?? '0');
    left += dx;
    right += dx;
    top += dy;
    bottom += dy;
  }
  return { left, top, width: right - left, height: bottom - top };
}

/**
 * Where an element shows on screen, for drawing over it from the top document: its rectangle,
 * moved by the position of every same-origin frame it sits in and cut to what each frame shows.
 * Null when none of it is visible (not rendered, or scrolled out of its frame).
 */
export function viewportBox(element: Element): ViewportBox | null {
  return throughFrames(element.getBoundingClientRect(), element.ownerDocument);
}

/**
 * The part of a document's viewport the user sees, in the top viewport: the whole window for the
 * top document, what its frames show of it for a document in frames (null when nothing).
 */
export function visibleViewport(doc: Document): ViewportBox | null {
  const view = doc.defaultView;
  if (!view) return null;
  const inner = doc.documentElement;
  // The top document's viewport includes its scroll bars: marks may sit up to its very edge.
  const width = view.frameElement ? inner.clientWidth : view.innerWidth;
  const height = view.frameElement ? inner.clientHeight : view.innerHeight;
  return throughFrames({ left: 0, top: 0, right: width, bottom: height }, doc);
}

/**
 * How far a document's client coordinates are moved in the top viewport (0, 0 for the top
 * document): added to a box measured in a frame to draw over it.
 */
export function documentOffset(doc: Document): { dx: number; dy: number } {
  const origin = throughFrames({ left: 0, top: 0, right: 1, bottom: 1 }, doc);
  return origin ? { dx: origin.left, dy: origin.top } : { dx: 0, dy: 0 };
}

/** Whether a box shows at least partly in a viewport of this size. */
export function intersectsViewport(box: ViewportBox, width: number, height: number): boolean {
  return box.left < width && box.top < height && box.left + box.width > 0 && box.top + box.height > 0;
}

/** The part of one box inside another (a cell inside a grid's visible rows), or null when less than a pixel of it is. */
export function overlapOf(box: ViewportBox, area: ViewportBox): ViewportBox | null {
  const left = Math.max(box.left, area.left);
  const top = Math.max(box.top, area.top);
  const right = Math.min(box.left + box.width, area.left + area.width);
  const bottom = Math.min(box.top + box.height, area.top + area.height);
  return right - left >= 1 && bottom - top >= 1 ? { left, top, width: right - left, height: bottom - top } : null;
}
