import type { Direction } from './pager-words';

/**
 * Icon classes that draw a pager's arrows. Icon fonts and sprite sheets name a glyph by its shape,
 * not by what it does: Font Awesome's `fa-chevron-right` and `fa-angle-left`, Bootstrap Icons'
 * `bi-chevron-right`, Glyphicons' `glyphicon-chevron-left`, PrimeIcons' `pi-angle-right`, Material
 * Design Icons' `mdi-chevron-right`, Element's `el-icon-arrow-right`, jQuery UI's
 * `ui-icon-triangle-1-e`, Kendo's `k-i-arrow-e` and `k-i-arrow-60-right`. A hand-made pager's
 * unnamed Next is often no more than `<a href="#"><i class="fa fa-chevron-right"></i></a>`.
 *
 * The shape is the class's last word, so `fa-angle-double-right` (a pager's Last) and
 * `fa-arrow-right-to-bracket` are no single arrow. Right is onward in a page written left to
 * right; in one written right to left (Arabic, Hebrew) pagers point the other way; Ionicons' `chevron-forward` and
 * `chevron-back` name the way itself.
 */
const ONE_ARROW = /(?:^|[\s_-])(?:chevron|angle|arrow|caret|triangle|carat)[-_]?(?:\d+[-_])?(right|left|e|w|forward|back)(?=$|\s)/i;

/** The same shapes doubled or stopped at a bar: the first page's control (`fa-angle-double-left`, Font Awesome 6's `fa-angles-left`, Lucide's `chevrons-left`, `bi-chevron-bar-left`). */
const TO_THE_END = /(?:^|[\s_-])(?:(?:chevron|angle|arrow|caret)[-_]?(?:double|bar)[-_]?|double[-_]?(?:chevron|angle|arrow)[-_]?|angles[-_]|chevrons[-_])(right|left)(?=$|\s)/i;

/** Whether `element` sits in a part of the page written right to left. */
export function writtenRightToLeft(element: Element): boolean {
  // The stylesheet may set the direction as well as the `dir` attribute: the computed one is what the page draws.
  const direction = element.ownerDocument.defaultView?.getComputedStyle?.(element).direction;
  if (direction === 'rtl' || direction === 'ltr') return direction === 'rtl';
  return element.closest('[dir]')?.getAttribute('dir')?.toLowerCase() === 'rtl';
}

const onwardSide = (rightToLeft: boolean): string => (rightToLeft ? 'left' : 'right');

function pointsOnward(side: string, rightToLeft: boolean): boolean {
  const word = side.toLowerCase();
  // Ionicons' `chevron-forward` and `chevron-back` name the way, not the side: the icon turns itself in a page written right to left.
  if (word === 'forward' || word === 'back') return word === 'forward';
  const toRight = word === 'right' || word === 'e';
  return toRight === (onwardSide(rightToLeft) === 'right');
}

/** Whether a class draws one arrow pointing `direction` (Next: onward; Previous: back). */
export function classDrawsArrow(className: string, direction: Direction, rightToLeft: boolean): boolean {
  const side = ONE_ARROW.exec(className)?.[1];
  return side !== undefined && pointsOnward(side, rightToLeft) === (direction === 'next');
}

/** Whether a class draws a double or barred arrow pointing back: the control to the first page. */
export function classDrawsFirstArrow(className: string, rightToLeft: boolean): boolean {
  const side = TO_THE_END.exec(className)?.[1];
  return side !== undefined && !pointsOnward(side, rightToLeft);
}
