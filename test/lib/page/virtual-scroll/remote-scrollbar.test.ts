import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gridScrollContainer, isRemoteScrollbar, rendersOnlyInView } from '../../../../lib/page/virtual-scroll/scroll-container';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * A grid whose lines never scroll but are drawn afresh for the position of a scrollbar it draws
 * as a box of its own beside them (Webix's DataTable, Kendo's and DHTMLX's virtual grids): no box
 * around the lines scrolls, so reading found nothing to scroll and read one screen ("0 rows").
 * That scrollbar is what must be scrolled. linkedom lays nothing out: boxes come from
 * `data-box`, scrolling sizes from `data-scroll="scrollHeight clientHeight scrollWidth clientWidth"`
 * and overflow from `data-overflow`.
 */
let dom: LinkedomPage;

beforeEach(() => {
  dom = linkedomPage({ shown: true, boxesFromDataBox: true });
  const window = dom.window as unknown as { Element: { prototype: Element }; getComputedStyle: (element: Element) => Partial<CSSStyleDeclaration> };
  window.getComputedStyle = (element) => {
    const overflow = element.getAttribute('data-overflow') ?? 'visible';
    return { display: 'block', visibility: 'visible', position: 'static', overflowX: overflow, overflowY: overflow };
  };
  const sizes = (element: Element) => (element.getAttribute('data-scroll') ?? '0 0 0 0').split(' ').map(Number);
  for (const [name, at] of [['scrollHeight', 0], ['clientHeight', 1], ['scrollWidth', 2], ['clientWidth', 3]] as const) {
    Object.defineProperty(window.Element.prototype, name, { configurable: true, get(this: Element) { return sizes(this)[at]; } });
  }
});
afterEach(() => dom.close());

/** A grid of lines in a box that clips, and beside them, when asked, a scrollbar box holding an empty spacer. */
function grid({ scrollbar, rowsScroll = false, inScrollingPanel = false }: { scrollbar: boolean; rowsScroll?: boolean; inScrollingPanel?: boolean }): { grid: Element; row: Element } {
  const body = dom.document.body;
  body.innerHTML = `
    <div class="panel" data-overflow="${inScrollingPanel ? 'auto' : 'visible'}" data-scroll="${inScrollingPanel ? '3000 600 1000 1000' : '0 0 0 0'}" data-box="0 0 1000 600">
      <div class="grid" role="grid" data-box="0 40 900 520">
        <div class="lines" data-overflow="${rowsScroll ? 'auto' : 'hidden'}" data-scroll="${rowsScroll ? '72000 500 880 880' : '500 500 880 880'}" data-box="0 80 880 500">
          <div class="line" data-box="0 80 880 36"><div>LT-00001</div><div>8517.62.0090</div></div>
        </div>
        ${scrollbar ? '<div class="vscroll" data-overflow="scroll" data-scroll="72017 517 17 0" data-box="883 80 17 517"><div class="spacer"></div></div>' : ''}
        <div class="hscroll" data-overflow="scroll" data-scroll="17 0 1550 880" data-box="0 580 880 17"><div></div></div>
      </div>
    </div>`;
  return { grid: body.querySelector('.grid')!, row: body.querySelector('.line')! };
}

describe('a scrollbar a grid draws beside its lines', () => {
  it('is the box that scrolls the lines up and down, and the one beside them sideways', () => {
    const { grid: element, row } = grid({ scrollbar: true });
    expect(gridScrollContainer(element, row, 'y')?.className).toBe('vscroll');
    expect(gridScrollContainer(element, row, 'x')?.className).toBe('hscroll');
    expect(isRemoteScrollbar(gridScrollContainer(element, row, 'y')!, element)).toBe(true);
  });

  it('is taken over a panel of the page around the grid that scrolls', () => {
    const { grid: element, row } = grid({ scrollbar: true, inScrollingPanel: true });
    expect(gridScrollContainer(element, row, 'y')?.className).toBe('vscroll');
  });

  it('gives way to a box of the grid around the lines that scrolls them itself', () => {
    const { grid: element, row } = grid({ scrollbar: true, rowsScroll: true });
    expect(gridScrollContainer(element, row, 'y')?.className).toBe('lines');
    expect(isRemoteScrollbar(gridScrollContainer(element, row, 'y')!, element)).toBe(false);
  });

  it('is none where the grid draws none: the panel around it scrolls, or nothing does', () => {
    const inPanel = grid({ scrollbar: false, inScrollingPanel: true });
    expect(gridScrollContainer(inPanel.grid, inPanel.row, 'y')?.className).toBe('panel');
    const alone = grid({ scrollbar: false });
    expect(gridScrollContainer(alone.grid, alone.row, 'y')).toBeNull();
  });
});

describe('a grid drawing a screen of its lines beside such a scrollbar', () => {
  // Ignite UI's igc-grid states aria-rowcount="1" for 2,000 lines; other grids state no count:
  // what it draws is all there is to go by. Not taken for a grid that must be scrolled, it was read
  // as the screenful it shows (11 rows of 2,000), with no word that more existed.
  it('renders only the lines in view: its scrollbar scrolls many screens past them', () => {
    const { grid: element, row } = grid({ scrollbar: true });
    expect(rendersOnlyInView([row], element)).toBe(true);
  });

  it('does not when that scrollbar scrolls no further than the lines drawn: every line is there', () => {
    const { grid: element, row } = grid({ scrollbar: true });
    const last = dom.document.createElement('div');
    last.setAttribute('data-box', '0 72044 880 36');
    row.after(last);
    expect(rendersOnlyInView([row, last], element)).toBe(false);
  });

  it('does not without one', () => {
    const { grid: element, row } = grid({ scrollbar: false });
    expect(rendersOnlyInView([row], element)).toBe(false);
  });
});
