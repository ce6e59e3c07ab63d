import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ElementWalk } from '../../../../lib/page/dom/element-walk';

/** The walk a TreeWalker with FILTER_REJECT makes, written out: every element under `root` in tree order, rejected ones left out with their insides. */
function treeOrder(root: Element, rejects: (element: Element) => boolean): string[] {
  const ids: string[] = [];
  for (const child of Array.from(root.children)) {
    if (rejects(child)) continue;
    ids.push(child.id);
    ids.push(...treeOrder(child, rejects));
  }
  return ids;
}

function walked(walk: ElementWalk, skipInside: (element: Element) => boolean = () => false): string[] {
  const ids: string[] = [];
  for (let element = walk.next(); element; element = walk.next()) {
    ids.push(element.id);
    if (skipInside(element)) walk.skipChildren();
  }
  return ids;
}

const PAGE = `<div id="a"><div id="b"><span id="c"></span><span id="d"></span></div><table id="t"><tr id="r"><td id="x"></td></tr></table><div id="e"><p id="f"></p></div></div><div id="g"></div>`;

describe('element walk', () => {
  const { document } = parseHTML(`<!doctype html><html><body id="body">${PAGE}</body></html>`);
  const body = document.getElementById('body') as unknown as Element;
  const isTable = (element: Element) => element.localName === 'table';

  it('goes through the elements in tree order, leaving out rejected ones with what is inside them', () => {
    expect(walked(new ElementWalk(body, isTable))).toEqual(treeOrder(body, isTable));
    expect(walked(new ElementWalk(body, isTable))).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('goes on after an element whose insides it was told to skip', () => {
    expect(walked(new ElementWalk(body, () => false), (element) => element.id === 'b' || element.id === 'e')).toEqual(['a', 'b', 't', 'r', 'x', 'e', 'g']);
  });

  it('ends without throwing when the element it stopped at was removed from the page meanwhile', () => {
    const { document: page } = parseHTML(`<!doctype html><html><body id="body">${PAGE}</body></html>`);
    const root = page.getElementById('body') as unknown as Element;
    const walk = new ElementWalk(root, () => false);
    expect([walk.next()?.id, walk.next()?.id]).toEqual(['a', 'b']);
    page.getElementById('a')!.remove();
    expect(() => walked(walk)).not.toThrow();
    expect(walk.next()).toBeNull();
  });
});
