import { describe, expect, it } from 'vitest';
import { scrollContainer } from '../../../../lib/page/virtual-scroll/scroll-container';

/**
 * App shells clip the root and scroll the body (`html { height: 100%; overflow: hidden }`,
 * `body { height: 100%; overflow: auto }`): the body is then the grid's scrolling box. With the
 * root's overflow visible, the body's overflow is the viewport's, and what scrolls is the page.
 * A headless grid virtualised against such a body was read as shown: 40 rows of 2,000.
 */

interface Overflow {
  overflowX: string;
  overflowY: string;
}

/** A page of html > body > grid row, with the root's and the body's overflow as given; the body holds 68,000 px of content in 800. */
function shell(root: Overflow, body: Overflow) {
  const styles = new Map<object, Overflow>();
  const doc = { defaultView: { getComputedStyle: (element: object) => styles.get(element) }, documentElement: null as object | null, body: null as object | null, scrollingElement: null as object | null };
  const node = (parentElement: object | null, sizes: object) => ({ ownerDocument: doc, parentElement, parentNode: parentElement, ...sizes });
  const html = node(null, { scrollHeight: 800, clientHeight: 800, scrollWidth: 1280, clientWidth: 1280 });
  const bodyElement = node(html, { scrollHeight: 68_000, clientHeight: 800, scrollWidth: 1280, clientWidth: 1280 });
  const row = node(bodyElement, { scrollHeight: 34, clientHeight: 34, scrollWidth: 1200, clientWidth: 1200 });
  styles.set(html, root).set(bodyElement, body).set(row, { overflowX: 'visible', overflowY: 'visible' });
  Object.assign(doc, { documentElement: html, body: bodyElement, scrollingElement: html });
  return { html: html as unknown as Element, body: bodyElement as unknown as Element, row: row as unknown as Element };
}

describe('the body of an app shell', () => {
  it('is the box a grid in it scrolls in when the root clips', () => {
    const { body, row } = shell({ overflowX: 'hidden', overflowY: 'hidden' }, { overflowX: 'auto', overflowY: 'auto' });
    expect(scrollContainer(row, 'y')).toBe(body);
  });

  it("is not, when the root lets its overflow show: the body's overflow is the page's then", () => {
    const { row } = shell({ overflowX: 'visible', overflowY: 'visible' }, { overflowX: 'auto', overflowY: 'auto' });
    // The page itself (its scrolling element) does not scroll here: nothing does.
    expect(scrollContainer(row, 'y')).toBeNull();
  });
});
