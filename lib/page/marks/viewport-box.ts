/** A box on the user's screen, in the top document's viewport coordinates (CSS pixels). */
export interface ViewportBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Where an element shows on screen, for drawing over it from the top document: its rectangle,
 * moved by the position of every same-origin frame it sits in and cut to what each frame shows.
 * Null when none of it is visible (not rendered, or scrolled out of its frame).
 */
export function viewportBox(element: Element): ViewportBox | null {
  const rect = element.getBoundingClientRect();
  let left = rect.left;
  let top = rect.top;
  let right = rect.right;
  let bottom = rect.bottom;
  if (right - left <= 0 || bottom - top <= 0) return null;

  let view = element.ownerDocument.defaultView;
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

/** Whether a box shows at least partly in a viewport of this size. */
export function intersectsViewport(box: ViewportBox, width: number, height: number): boolean {
  return box.left < width && box.top < height && box.left + box.width > 0 && box.top + box.height > 0;
}
