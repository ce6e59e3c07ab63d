/**
 * Which of a pager's controls to press to reach a page: the number beside the page shown (or
 * the "..." past the numbers shown), the number nearest a page, or First.
 */

import { isDisabled, iconClassSays, isPageNumber, nameOf, shownText } from './pager-controls';
import { classNamesFirst, namesFirst } from './pager-words';
import { classDrawsFirstArrow, writtenRightToLeft } from './arrow-icon-classes';

/** "...": a pager that shows ten numbers at a time goes to the next (or previous) ten with it. */
const ELLIPSIS = /^(\.\.\.|…)$/;

/**
 * The control one page on (`step` 1) or back (-1) in a pager of numbers without Next and Previous
 * (GridView's): the number beside the current one, or, past the last number shown, the "..." after
 * the numbers (before them, going back).
 */
export function stepByNumber(controls: readonly HTMLElement[], current: number, step: 1 | -1): HTMLElement | null {
  const enabled = controls.filter((control) => !isDisabled(control));
  const beside = enabled.find((control) => shownText(control) === String(current + step));
  if (beside) return beside;
  const numbers = enabled.filter(isPageNumber).map((control) => Number(shownText(control)));
  const ellipses = enabled.filter((control) => ELLIPSIS.test(shownText(control)));
  if (numbers.length === 0 || ellipses.length === 0) return null;
  // Only at the end of the numbers shown: within them a missing number is no window's end.
  if (step === 1 ? current < Math.max(...numbers) : current > Math.min(...numbers)) return null;
  // The controls come in the order they are drawn in (controlsBeside walks the tree).
  const firstNumber = enabled.findIndex(isPageNumber);
  const after = (control: HTMLElement): boolean => enabled.indexOf(control) > firstNumber;
  return (step === 1 ? ellipses.filter(after).pop() : ellipses.find((control) => !after(control))) ?? null;
}

/**
 * Of a pager's enabled page-number controls, the one nearest `target`, if nearer than `from`. A
 * pager shows a few numbers around the page shown and the first and last: back from page 80 to
 * page 3, "1" and two steps on, not 77 presses of Previous (each a server's answer on many portals).
 */
export function numberNearest(controls: readonly HTMLElement[], target: number, from: number): HTMLElement | null {
  let nearest: HTMLElement | null = null;
  let distance = Math.abs(from - target);
  for (const control of controls) {
    if (!isPageNumber(control) || isDisabled(control)) continue;
    const away = Math.abs(Number(shownText(control)) - target);
    if (away < distance) [nearest, distance] = [control, away];
  }
  return nearest;
}

/**
 * The enabled First control of a pager that shows no page numbers, when page 1 is nearer `target`
 * than `from` is: a pager of arrows alone (AG Grid's, MUI's, jQuery EasyUI's) went back from page
 * 80 to page 3 by 77 presses of Previous, each a server's answer on many portals; by First, it is
 * one and two Nexts. A pager of numbers goes by its numbers: the window of numbers it shows may
 * depend on the way it came (jsGrid's), and the user's page is put back as they left it.
 */
export function firstNearer(controls: readonly HTMLElement[], target: number, from: number): HTMLElement | null {
  if (from <= target || target - 1 >= from - target || controls.some(isPageNumber)) return null;
  const first = controls.find(
    (control) => namesFirst(nameOf(control)) || namesFirst(shownText(control)) || classNamesFirst(control.getAttribute('class') ?? '') || iconClassSays(control, (className) => classNamesFirst(className) || classDrawsFirstArrow(className, writtenRightToLeft(control))),
  );
  return first && !isDisabled(first) ? first : null;
}
