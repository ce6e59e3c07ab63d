/**
 * A pager's controls as a user tells them apart: what each is named (its label, title, text,
 * icon), which way it moves (Next, Previous, in the pager languages of pager-words.ts), whether it
 * is the page shown, whether it is disabled.
 */

import { optionEnabled, optionPage } from './page-chooser';
import type { TimeSlicer } from '../time-slices';
import { unnamedArrowDirection } from './plain-pager-items';
import { classDrawsArrow, writtenRightToLeft } from './arrow-icon-classes';
import { classNamesDirection, type Direction, guillemetFor, inputButtonText, namesDirection } from './pager-words';

/** The words a control shows: its text, or an input button's value; a page chooser's option, the page it stands for ("Page 3": "3"). */
export const shownText = (element: Element): string => {
  const page = optionPage(element);
  return page !== null ? String(page) : (inputButtonText(element) ?? element.textContent ?? '').trim();
};

export const isPageNumber = (element: Element): boolean => /^\d+$/.test(shownText(element));

/** How far up a pager item that names an icon-only control is looked for (li > button > svg). */
const ITEM_LEVELS = 2;

/**
 * A control's name: its label, title or text (an image pressed as a control: its alternative
 * text); for an icon-only control, the title of the pager
 * item around it (Ant Design: `<li title="Next Page"><button><svg/></button></li>`), which is
 * the tooltip a user sees on it, or its image's alternative text.
 */
export function nameOf(control: Element): string {
  const own = (control.getAttribute('aria-label') || control.getAttribute('title') || (control.localName === 'img' ? control.getAttribute('alt') : null) || shownText(control)).trim();
  if (own) return own;
  let item = control.parentElement;
  for (let level = 0; item && level < ITEM_LEVELS; level++, item = item.parentElement) {
    const title = item.getAttribute('title')?.trim();
    if (title) return title;
  }
  // An arrow drawn as an image says its name in its alternative text ("Weiter", "Siguiente"). Not an
  // icon font's label: Ant Design names its arrow "right", which says nothing of a page.
  const image = control.querySelector('img[alt], svg title');
  return (image?.getAttribute('alt') ?? image?.textContent ?? '').trim();
}

/**
 * The control that moves one page `direction`, found the way a user would find it: by its name in
 * any of the pager languages (its label, title, text or arrow); then by `rel="next"`; then by a
 * class naming the direction (icon-only buttons without a label), on it or on its icon; a lone « or », since some
 * pagers draw the first and last page with them; last, an unnamed icon drawn as a plain element
 * by the end of the pager's row it stands at (Naive UI's arrows).
 */
const namedTowards = (control: HTMLElement, direction: Direction): boolean => namesDirection(nameOf(control), direction) || namesDirection(shownText(control), direction);
const relTowards = (control: HTMLElement, direction: Direction): boolean => control.getAttribute('rel')?.split(/\s+/).includes(direction === 'next' ? 'next' : 'prev') ?? false;
const classTowards = (control: HTMLElement, direction: Direction): boolean =>
  classNamesDirection(control.getAttribute('class') ?? '', direction) || classNamesDirection(control.parentElement?.getAttribute('class') ?? '', direction);
/**
 * An icon-only control whose icon's class names its direction, the control itself unnamed and of
 * no telling class (jQuery EasyUI's pager: `<a class="l-btn"><span class="l-btn-icon
 * pagination-next">`; Bootstrap-era `<a><i class="icon-next">`), or whose icon's class draws an
 * arrow that way (`<a><i class="fa fa-chevron-right"></i></a>`: arrow-icon-classes.ts).
 */
const iconTowards = (control: HTMLElement, direction: Direction): boolean => {
  const rightToLeft = writtenRightToLeft(control);
  return iconClassSays(control, (className) => classNamesDirection(className, direction) || classDrawsArrow(className, direction, rightToLeft));
};

/** Whether an unnamed control's icon (or the control drawn as one) says what it does by a class (`pagination-next`, `pagination-first`, `fa-chevron-right`). */
export function iconClassSays(control: HTMLElement, says: (className: string) => boolean): boolean {
  return nameOf(control) === '' && [control, ...Array.from(control.querySelectorAll('[class]'))].some((icon) => says(icon.getAttribute('class') ?? ''));
}
const guillemetTowards = (control: HTMLElement, direction: Direction): boolean => guillemetFor(nameOf(control), direction);
/** An icon drawn as a plain element, unnamed, at one end of a pager's row (plain-pager-items.ts): back at its start, on at its end. */
const endTowards = (control: HTMLElement, direction: Direction): boolean => nameOf(control) === '' && unnamedArrowDirection(control) === direction;
const TOWARDS = [namedTowards, relTowards, classTowards, iconTowards, guillemetTowards, endTowards];

export function controlTowards(controls: readonly HTMLElement[], direction: Direction): HTMLElement | null {
  for (const towards of TOWARDS) {
    const found = controls.find((control) => towards(control, direction));
    if (found) return found;
  }
  return null;
}

/** Whether any of the controls moves `direction` (controlTowards would find one), looked at in slices: a page's box may hold thousands of links. */
export async function anyTowards(controls: readonly HTMLElement[], direction: Direction, slicer: TimeSlicer): Promise<boolean> {
  for (const control of controls) {
    if (TOWARDS.some((towards) => towards(control, direction))) return true;
    await slicer.pause();
  }
  return false;
}

/** "active", "is-current", "ant-pagination-item-active", "Mui-selected": a class that marks the page shown. */
const CURRENT_CLASS = /(^|[-_])(active|current|selected)$/i;
/** A camel-cased one: Telerik's "rgCurrentPage", "pageActive", "isSelected" (its capitals say where the word is). */
const CAMEL_CURRENT_CLASS = /(^|[a-z])(Current|Active|Selected)([A-Z]|$)/;

/**
 * A page-number control marked as the page shown, on itself or on the pager item around it
 * (Ant Design marks the <li> around the number's link).
 */
export function markedCurrent(control: Element): boolean {
  // A page chooser's option: the one selected.
  if (control.localName === 'option') return (control as HTMLOptionElement).selected;
  let node: Element | null = control;
  for (let level = 0; node && level <= ITEM_LEVELS; level++, node = node.parentElement) {
    const current = node.getAttribute('aria-current');
    if (current !== null && current !== 'false') return true;
    for (const name of Array.from(node.classList)) if (CURRENT_CLASS.test(name) || CAMEL_CURRENT_CLASS.test(name)) return true;
  }
  return false;
}

/** "disabled", "datatable-disabled", "Mui-disabled", "k-disabled", "ui-state-disabled", "is_disabled", ASP.NET's "aspNetDisabled"... */
const DISABLED_CLASS = /(^|[-_])disabled$/i;
/** A camel-cased class ending in Disabled ("aspNetDisabled", "btnDisabled"): its capital says where the word starts. */
const CAMEL_DISABLED_CLASS = /[a-z]Disabled$/;
/** A pager item marks its control disabled on the control itself or on the item around it. */
const DISABLED_MARK_LEVELS = 3;

export function isDisabled(control: Element): boolean {
  if (control.localName === 'option') return !optionEnabled(control as HTMLOptionElement);
  if ((control as HTMLButtonElement).disabled === true || control.getAttribute('aria-disabled') === 'true') return true;
  // Libraries hide the Next of the last page rather than disable it (simple-datatables).
  if (!control.checkVisibility({ visibilityProperty: true })) return true;
  let node: Element | null = control;
  for (let level = 0; node && level < DISABLED_MARK_LEVELS; level++, node = node.parentElement) {
    for (const name of Array.from(node.classList)) if (DISABLED_CLASS.test(name) || CAMEL_DISABLED_CLASS.test(name)) return true;
  }
  return control.closest('.disabled') !== null;
}

export function enabledTowards(controls: readonly HTMLElement[], direction: Direction): HTMLElement | null {
  const control = controlTowards(controls, direction);
  return control && !isDisabled(control) ? control : null;
}
