/**
 * Pager items drawn as plain elements a script listens to: no link, no button, no role, no name.
 * Naive UI's pagination draws every item as a <div> (its arrows unnamed svg icons); hand-made
 * jQuery pagers draw `<span class="pg-next">›</span>` around "Page 3 of 80". A plain element with
 * a number or an arrow in it is too common beside tables to press on its own (badges, breadcrumbs,
 * a sort arrow): it is taken only in a row that is a pager's by other evidence (a run of page
 * numbers, a status line), and an arrow only where a pager draws its Previous and Next (before or
 * after the row's numbers).
 */

import { type Direction, PAGER_CONTROLS, readPageOf, readRange } from './pager-words';

/** Numbers side by side, each the one before plus one, that make a row of page numbers. */
const MIN_NUMBER_RUN = 3;
/** A pager's row holds a few dozen items at most: a longer row of numbers is no pager's. */
const MAX_PAGER_ITEMS = 60;
const PAGE_NUMBER_TEXT = /^\d{1,5}$/;
/** One arrow or guillemet: how hand-made pagers draw Previous and Next (and First and Last). */
const ARROW_TEXT = /^[‹›«»<>←→⟨⟩❮❯◀▶◄►]$/;
/** A pager's row is a few hundred nodes at most: its text is read no further (the row of an arrow that is no pager's may hold a table). */
const MAX_ROW_NODES = 400;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** The number a leaf element shows, or NaN. */
function shownNumber(element: Element): number {
  const text = element.childElementCount === 0 ? (element.textContent ?? '').trim() : '';
  return PAGE_NUMBER_TEXT.test(text) ? Number(text) : Number.NaN;
}

/** The longest run of sibling numbers each one more than the one before, among `items`; 0 when a link or button is among them (see isPageNumberItem). */
function longestNumberRun(items: readonly Element[]): number {
  let run = 0;
  let longest = 0;
  let previous = Number.NaN;
  for (const item of items) {
    if (item.matches(PAGER_CONTROLS)) return 0;
    const number = shownNumber(item);
    run = number === previous + 1 ? run + 1 : Number.isNaN(number) ? 0 : 1;
    longest = Math.max(longest, run);
    previous = number;
  }
  return longest;
}

/**
 * A page number drawn as a plain element among others (Naive UI's pagination: `<div
 * class="n-pagination-item">2</div>`, no role, no tabindex, no link): pressed as a user clicks it.
 * Only in a row of page numbers: at least MIN_NUMBER_RUN sibling elements showing numbers each one
 * more than the one before (a stray count beside a table is none), in a row with no link or
 * button (there those are the pager's controls, and a plain number among them is the page shown:
 * ASP.NET's GridView, `<span>3</span>` between the links to 2 and 4).
 */
export function isPageNumberItem(element: Element): boolean {
  return element.childElementCount === 0 && inNumberRow(element, (element.textContent ?? '').trim());
}

function inNumberRow(element: Element, text: string): boolean {
  if (!PAGE_NUMBER_TEXT.test(text)) return false;
  const items = element.parentElement?.children;
  return items !== undefined && items.length <= MAX_PAGER_ITEMS && longestNumberRun(Array.from(items)) >= MIN_NUMBER_RUN;
}

/** An icon and no text (`<svg>`, `<i><svg></i>`): what an element with one child must be to be drawn as an arrow. */
function drawnAsIcon(element: Element): boolean {
  if (element.childElementCount !== 1) return false;
  const icon = element.firstElementChild!;
  const svg = icon.localName === 'svg' ? icon : icon.childElementCount === 1 ? icon.firstElementChild : null;
  return svg?.localName === 'svg' && (element.textContent ?? '').trim() === '';
}

/** An element drawn as an arrow alone: one arrow character, or an icon and no text. */
function drawnAsArrow(element: Element): boolean {
  return element.childElementCount === 0 ? ARROW_TEXT.test((element.textContent ?? '').trim()) : drawnAsIcon(element);
}

/** The text of `node`, or null past MAX_ROW_NODES nodes (`budget` counts them across calls). */
function boundedText(node: Node, budget: { nodes: number }): string | null {
  if (--budget.nodes < 0) return null;
  if (node.nodeType === TEXT_NODE) return node.nodeValue ?? '';
  if (node.nodeType !== ELEMENT_NODE) return '';
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    const part = boundedText(child, budget);
    if (part === null) return null;
    text += part;
  }
  return text;
}

/** Which end of its pager's row an arrow stands at: before all its numbers, or after them all. */
type RowEnd = 'start' | 'end';

/**
 * Where `element`, drawn as an arrow, stands in a pager's row (its parent), or null when the row
 * is no pager's or the arrow stands among the numbers (Naive UI's "…" icon that skips five pages).
 * The row is a pager's when it holds a run of page numbers or reads as a status ("Page 3 of 80",
 * "1–25 of 2,000"), and no link or button: a pager of links draws its live arrows as links, a plain
 * one among them is the disabled one.
 */
function arrowEnd(element: Element): RowEnd | null {
  if (element.matches(PAGER_CONTROLS)) return null;
  const row = element.parentElement;
  if (!row || row.childElementCount < 2 || row.childElementCount > MAX_PAGER_ITEMS) return null;
  const budget = { nodes: MAX_ROW_NODES };
  const texts: string[] = [];
  let [index, firstDigits, lastDigits] = [-1, -1, -1];
  for (let child = row.firstChild, at = 0; child; child = child.nextSibling, at++) {
    if (child.nodeType === ELEMENT_NODE && (child as Element).matches(PAGER_CONTROLS)) return null;
    const text = boundedText(child, budget);
    if (text === null) return null;
    texts.push(text);
    if (child === element) index = at;
    if (/\d/.test(text)) [firstDigits, lastDigits] = [firstDigits < 0 ? at : firstDigits, at];
  }
  const end: RowEnd | null = firstDigits < 0 ? null : index < firstDigits ? 'start' : index > lastDigits ? 'end' : null;
  if (!end) return null;
  const rowText = texts.join(' ');
  const isPager = longestNumberRun(Array.from(row.children)) >= MIN_NUMBER_RUN || readPageOf(rowText) !== null || readRange(rowText) !== null;
  return isPager ? end : null;
}

/** An arrow drawn as a plain element at either end of a pager's row (arrowEnd): a pager control, named by its arrow. */
export function isArrowItem(element: Element): boolean {
  return drawnAsArrow(element) && arrowEnd(element) !== null;
}

/**
 * The way an arrow that names no direction moves (an icon with no text and no name: Naive UI's):
 * the one nearest the numbers at the row's start goes back, at its end on. Those farther out, in a
 * pager that draws First and Last as icons too, are those.
 */
export function unnamedArrowDirection(element: Element): Direction | null {
  if (!drawnAsIcon(element)) return null;
  const end = arrowEnd(element);
  const inward = end === 'start' ? element.nextElementSibling : element.previousElementSibling;
  if (!end || (inward && drawnAsArrow(inward))) return null;
  return end === 'start' ? 'previous' : 'next';
}

/** A pager item drawn as a plain element: a page number in a row of them, or an arrow at either end of a pager's row. */
export function isPlainPagerItem(element: Element): boolean {
  return isPageNumberItem(element) || isArrowItem(element);
}
