import { openShadowRoot } from '../dom/composed-tree';
/**
 * Selects drawn by a script, whose submitted value is not the text they show. A user reads the
 * chosen option's words ("Alemania"); the form submits its value ("DE"), which is what a customs
 * entry carries and what the rules check. Two shapes keep that value where the content script can
 * read it (page scripts' properties are out of its reach, in the page's own world):
 *
 * - a native <select> the page hides and draws a widget for instead (Select2, Tom Select, Chosen,
 *   Choices, bootstrap-select, jQuery UI's selectmenu): the hidden <select> still holds the value;
 * - a web component whose options are its own light-DOM children with a `value` attribute (UI5's
 *   ui5-select, Fluent/FAST's fluent-select, Shoelace's sl-select): the chosen one is marked by
 *   `aria-selected="true"` or a `selected` attribute.
 *
 * Either way the value is taken only when the words the control shows are the chosen option's
 * label: a stale mark or a select the page left behind never replaces what the user sees.
 */

/** A choice read from a drawn select: the value it submits and the label the user reads. */
export interface DrawnChoice {
  value: string;
  label: string;
}

/** Letters and digits of both ends kept: a widget's "×" (clear) or "▾" (open) beside the label is no part of it. */
const END_MARKS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

function sameWords(shown: string, label: string): boolean {
  const words = label.replace(/\s+/g, ' ').trim();
  return words !== '' && shown.replace(END_MARKS, '') === words.replace(END_MARKS, '');
}

/** The label of an option as a list shows it: its `label` attribute, else its words. */
function labelOf(option: Element): string {
  return (option.getAttribute('label') ?? option.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** What a native <select> the page hid submits, when the widget drawn for it shows `shown`. */
export function hiddenSelectChoice(select: HTMLSelectElement, shown: string): DrawnChoice | null {
  if (select.multiple || select.selectedIndex < 0) return null;
  const option = select.options[select.selectedIndex]!;
  const label = option.label.replace(/\s+/g, ' ').trim();
  return sameWords(shown, label) ? { value: option.value, label } : null;
}

/** An element that stands for one option of a list: role="option", or a custom element named so (ui5-option, sl-option). */
function isOptionElement(element: Element): boolean {
  return element.getAttribute('role') === 'option' || element.localName.endsWith('-option');
}

/**
 * The light-DOM options of a web component drawing a select, each with the value it submits;
 * null when the element is no such select (no shadow root, or no child option with a `value`).
 */
export function optionChildren(element: Element): Element[] | null {
  if (element.childElementCount === 0 || !openShadowRoot(element)) return null;
  let options: Element[] | null = null;
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (isOptionElement(child) && child.hasAttribute('value')) (options ??= []).push(child);
  }
  return options;
}

/**
 * The option a drawn select shows (`shown`): the one marked chosen if its label is what is shown,
 * else the only option whose label is. Null when none matches, or two options share the label.
 */
export function optionChoice(options: readonly Element[], shown: string): DrawnChoice | null {
  const marked = options.find((option) => option.getAttribute('aria-selected') === 'true' || option.hasAttribute('selected'));
  if (marked && sameWords(shown, labelOf(marked))) return { value: marked.getAttribute('value')!, label: labelOf(marked) };
  const matching = options.filter((option) => sameWords(shown, labelOf(option)));
  return matching.length === 1 ? { value: matching[0]!.getAttribute('value')!, label: labelOf(matching[0]!) } : null;
}
