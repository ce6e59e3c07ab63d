import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { headerCoverOf } from '../../../../lib/page/virtual-scroll/header-cover';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * How much of a scrolling box's top its grid's header covers (header-cover.ts): reading puts the
 * last row read just below it, for grids that draw no row under their header (regular-table).
 * Boxes from `data-box` ("left top width height", on screen); the box is 540 px high from y = 100.
 */
let dom: LinkedomPage;
let box: Element;

beforeEach(() => {
  dom = linkedomPage({ boxesFromDataBox: true });
  dom.document.body.innerHTML = '<div id="box" data-box="0 100 800 540"></div>';
  box = dom.document.getElementById('box')!;
  for (const [name, value] of Object.entries({ clientHeight: 540, clientTop: 0, clientLeft: 0, offsetWidth: 800, offsetHeight: 540 })) {
    Object.defineProperty(box, name, { value });
  }
});
afterEach(() => dom.close());

function cells(...boxes: string[]): Element[] {
  return boxes.map((data) => {
    const cell = dom.document.createElement('div');
    cell.setAttribute('data-box', data);
    box.append(cell);
    return cell;
  });
}

describe('the part of a scrolling box its header covers', () => {
  it('is the header kept across the box top: down to its lowest cell (two header rows)', () => {
    expect(headerCoverOf(box, cells('0 100 120 31', '120 100 200 31', '0 131 320 24'))).toBe(55);
  });

  it('is nothing for a header drawn above the box, or scrolled away with the rows', () => {
    expect(headerCoverOf(box, cells('0 69 120 31', '120 40 200 31'))).toBe(0);
  });

  it('is nothing for no header, and for header cells not drawn', () => {
    expect(headerCoverOf(box, [])).toBe(0);
    expect(headerCoverOf(box, cells('0 100 120 0'))).toBe(0);
  });

  it('is at most half the box: a cell reaching further down is no header kept at its top', () => {
    expect(headerCoverOf(box, cells('0 100 120 400'))).toBe(270);
  });
});
