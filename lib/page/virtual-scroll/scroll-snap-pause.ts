/**
 * A box that snaps its scrolling to rows (`scroll-snap-type: y mandatory`, rows with
 * `scroll-snap-align`) moves every scroll made by script to the nearest snap position it has: in
 * a grid that draws only the rows in view, a row near where it was, so reading never got further
 * (a headless grid so styled was read 0 rows of 2,000, a lazy ARIA grid 47), and Next could not
 * reach a row not drawn. Snapping is paused on the grid's boxes while they are scrolled for it,
 * and each box's inline style is put back exactly afterwards.
 */

interface Paused {
  box: HTMLElement;
  hadStyleAttribute: boolean;
  value: string;
  priority: string;
}

/** Pause scroll snapping on the boxes that snap; returns what resumes it (null when none snaps). */
export function pauseScrollSnap(boxes: readonly (Element | null)[]): (() => void) | null {
  const paused: Paused[] = [];
  for (const box of new Set(boxes)) {
    if (!box || !('style' in box) || !snaps(box)) continue;
    const element = box as HTMLElement;
    paused.push({
      box: element,
      hadStyleAttribute: element.hasAttribute('style'),
      value: element.style.getPropertyValue('scroll-snap-type'),
      priority: element.style.getPropertyPriority('scroll-snap-type'),
    });
    element.style.setProperty('scroll-snap-type', 'none', 'important');
  }
  if (paused.length === 0) return null;
  return () => {
    for (const { box, hadStyleAttribute, value, priority } of paused.splice(0)) {
      if (value === '') box.style.removeProperty('scroll-snap-type');
      else box.style.setProperty('scroll-snap-type', value, priority);
      if (!hadStyleAttribute && box.getAttribute('style') === '') box.removeAttribute('style');
    }
  };
}

function snaps(box: Element): boolean {
  const type = box.ownerDocument.defaultView?.getComputedStyle(box).scrollSnapType;
  return type !== undefined && type !== '' && type !== 'none';
}
