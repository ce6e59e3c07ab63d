import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { visibleText } from '../../../../lib/page/layout/visible-text';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * The text of web-component cells (linkedom; the browser tests read web-component grids on real
 * pages): a cell whose shadow root only shows its children through a slot is read by its own
 * text; one whose shadow root shows more, or shows its text elsewhere, as rendered.
 */
let dom: LinkedomPage;
let document: Document;

beforeEach(() => {
  // The walk of a cell with more in it asks where its elements sit (visually hidden text): every box is 20 px square.
  dom = linkedomPage({ shown: true, boxSide: 20 });
  document = dom.document;
});
afterEach(() => dom.close());

/** A cell holding `text`, its open shadow root holding `html` (test markup, no page data). */
function cell(text: string, html: string): Element {
  document.body.innerHTML = '<x-cell id="cell"></x-cell>';
  const element = document.getElementById('cell')!;
  element.textContent = text;
  const shadow = element.attachShadow({ mode: 'open' });
  shadow.innerHTML = html;
  return element;
}

describe('a web-component cell', () => {
  it('that only shows its text through a slot reads as its text', () => {
    expect(visibleText(cell('8471.30.0100', '<style>:host { display: block }</style><!--?lit$1$--><slot></slot>'))).toBe('8471.30.0100');
  });

  it('with words of its own beside the slot reads with them', () => {
    expect(visibleText(cell('12.5', '<span>Net</span> <slot></slot>'))).toBe('Net 12.5');
  });

  it('that shows words in its shadow root and no slot reads as those words', () => {
    expect(visibleText(cell('hidden', '<span>LT-1</span>'))).toBe('LT-1');
  });
});
