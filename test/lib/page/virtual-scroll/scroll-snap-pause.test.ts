import { describe, expect, it } from 'vitest';
import { pauseScrollSnap } from '../../../../lib/page/virtual-scroll/scroll-snap-pause';

/**
 * A box that snaps its scrolling to rows sends every scroll made by script to a row drawn near where
 * it was (a headless grid so styled was read 0 rows of 2,000): snapping is paused while the grid is
 * read, and the box's inline style put back exactly.
 */

/** A box with an inline style (property → value, priority) and the snapping its page's style sheet gives it. */
function box(inline: Record<string, [string, string]> | null, fromSheet: string) {
  const properties = new Map(Object.entries(inline ?? {}));
  let hasStyle = inline !== null;
  const element = {
    style: {
      getPropertyValue: (name: string) => properties.get(name)?.[0] ?? '',
      getPropertyPriority: (name: string) => properties.get(name)?.[1] ?? '',
      setProperty: (name: string, value: string, priority = '') => {
        properties.set(name, [value, priority]);
        hasStyle = true;
      },
      removeProperty: (name: string) => properties.delete(name),
    },
    hasAttribute: () => hasStyle,
    getAttribute: () => (hasStyle ? [...properties].map(([name, [value]]) => `${name}: ${value}`).join('; ') : null),
    removeAttribute: () => (hasStyle = false),
    ownerDocument: { defaultView: { getComputedStyle: () => ({ scrollSnapType: properties.get('scroll-snap-type')?.[0] ?? fromSheet }) } },
  };
  return { element: element as unknown as Element, properties, hasStyle: () => hasStyle };
}

describe('scroll snapping paused while a grid is read', () => {
  it('is turned off on the boxes that snap, and put back as their inline style had it', () => {
    const bySheet = box(null, 'y mandatory');
    const inline = box({ 'scroll-snap-type': ['y proximity', 'important'], color: ['red', ''] }, 'none');
    const none = box(null, 'none');
    const resume = pauseScrollSnap([bySheet.element, inline.element, none.element, null]);
    expect(resume).not.toBeNull();
    expect(bySheet.properties.get('scroll-snap-type')).toEqual(['none', 'important']);
    expect(inline.properties.get('scroll-snap-type')).toEqual(['none', 'important']);
    // A box that does not snap is not touched.
    expect(none.hasStyle()).toBe(false);
    resume!();
    expect(bySheet.hasStyle()).toBe(false);
    expect(inline.properties.get('scroll-snap-type')).toEqual(['y proximity', 'important']);
    expect(inline.properties.get('color')).toEqual(['red', '']);
  });

  it('is nothing to resume when no box snaps', () => {
    const plain = box(null, 'none');
    expect(pauseScrollSnap([plain.element, plain.element])).toBeNull();
  });
});
