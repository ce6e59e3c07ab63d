import { MAX_CELL_LENGTH } from '../../extension/messaging/message-limits';
import { isHiddenInCell, styleOf } from './visibility';
import { openShadowRoot, renderedChildren } from '../dom/composed-tree';
import { hiddenSelectChoice, optionChildren, optionChoice } from './drawn-select';

/** Elements whose text is never shown as text. */
const NEVER_TEXT = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'canvas', 'iframe', 'object']);

/** Input types that show no text of their own (a tick box is not a value a catalog cell holds). */
const TEXTLESS_INPUTS = new Set(['hidden', 'checkbox', 'radio', 'file', 'image', 'color', 'range']);

/**
 * Collecting stops a little past the limit: enough that collapsing whitespace cannot bring a
 * cell under MAX_CELL_LENGTH by mistake, little enough that a megabyte cell costs nothing.
 */
const COLLECT_LIMIT = MAX_CELL_LENGTH * 2;

/** A cell is a few elements; a hostile page may put a hundred thousand in one. Past this, the rest is not read. */
const MAX_NODES_PER_CELL = 20_000;

/**
 * What a form control holds now, and what it shows when that differs. Editable ERP grids and entry
 * forms put the value in a control, not in the cell's text, and the user's typing changes the
 * control's `value` property, never its `value` attribute. A <select> submits its options'
 * values ("DE"), while the user reads their labels ("Alemania"): the value is what a customs
 * entry carries and what the rules check; the label is kept for the report.
 */
function controlText(element: Element): { value: string; shown: string | null } | null {
  switch (element.localName) {
    case 'input': {
      const input = element as HTMLInputElement;
      return { value: TEXTLESS_INPUTS.has(input.type) ? '' : input.value, shown: null };
    }
    case 'textarea':
      return { value: (element as HTMLTextAreaElement).value, shown: null };
    case 'select': {
      const chosen = Array.from((element as HTMLSelectElement).selectedOptions);
      const value = chosen.map((option) => option.value).join(', ');
      const shown = chosen.map((option) => option.label).join(', ');
      return { value, shown: shown === value ? null : shown };
    }
    default:
      return null;
  }
}

/**
 * A `<label>` naming a control in the same cell: "HTS Code" above the input of every line of a
 * form laid out as lines of labelled fields. It names the field; it is not the cell's value.
 */
function labelOfControlIn(element: Element, cell: Element): HTMLLabelElement | null {
  if (element.localName !== 'label') return null;
  const control = (element as HTMLLabelElement).control;
  return control !== null && cell.contains(control) ? (element as HTMLLabelElement) : null;
}

/** The words of a label, without the value of a control it wraps ("Quantity <input>" is "Quantity"). */
function labelWords(label: HTMLLabelElement): string {
  let words = '';
  for (let node = label.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE) words += (node as Text).data;
    else if (node.nodeType === Node.ELEMENT_NODE && controlText(node as Element) === null) words += ` ${(node as Element).textContent ?? ''} `;
  }
  return collapseWhitespace(words);
}

/** Block-level boxes separate words, as the eye reads "<div>Net</div><div>12.5</div>" as "Net 12.5". */
function separatesWords(element: Element, style: CSSStyleDeclaration | null): boolean {
  if (element.localName === 'br') return true;
  const display = style?.display ?? 'inline';
  return !display.startsWith('inline') && display !== 'contents';
}

/** Whitespace that collapsing would change: any but a plain space, two in a row, or at either end. */
const UNTIDY_SPACE = /[^\S ]| {2}|^ | $/;

export function collapseWhitespace(text: string): string {
  // Most cells are tidy already: testing allocates nothing, replacing makes two new strings per cell.
  return UNTIDY_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

function finish(text: string): string {
  const collapsed = collapseWhitespace(text);
  return collapsed.length > MAX_CELL_LENGTH ? collapsed.slice(0, MAX_CELL_LENGTH) : collapsed;
}

const NO_NAMES: ReadonlySet<Element> = new Set();

/** A cell's value, and the text it shows where a control shows something else (a <select>'s label). */
export interface CellReading {
  text: string;
  /** What the user reads in the cell, when it differs from `text`; null when it does not. */
  shown: string | null;
  /**
   * The field the cell's control is labelled with, by a `<label>` in the cell or its `aria-label`
   * ("HTS Code"); null when the cell has no control or the control no name. A form without a header
   * row names each line's fields this way.
   */
  fieldName: string | null;
}

/**
 * The text of a cell as the user sees it: hidden and screen-reader-only parts left out, form
 * controls read by their current value, whitespace collapsed, at most MAX_CELL_LENGTH characters.
 * Web components are read as rendered: a shadow host by its shadow content, a <slot> by the
 * light-DOM nodes assigned to it. The walk is iterative, so a page nesting thousands of elements
 * in a cell cannot overflow the stack. Words that name a control's field (its label) are not its value,
 * nor are the elements in `leftOut` (a card's "Quantity:" label inside the element showing its value).
 */
export function readCell(cell: Element, leftOut: ReadonlySet<Element> = NO_NAMES): CellReading {
  // A cell that is itself a label wrapping its control ("<label>Quantity <input></label>"): the control's value, named by the label.
  const ownLabel = labelOfControlIn(cell, cell);
  if (ownLabel && ownLabel.control && ownLabel.contains(ownLabel.control)) return { ...readCell(ownLabel.control), fieldName: labelWords(ownLabel) || null };
  // Most cells hold plain text: no styles to look up. So do web-component cells that only show
  // their text through a slot (see showsOnlyItsChildren).
  const cellShadow = openShadowRoot(cell);
  if (cell.childElementCount === 0 && cell.localName !== 'slot' && (!cellShadow || showsOnlyItsChildren(cellShadow))) {
    const own = controlText(cell);
    const text = finish((own?.value ?? cell.textContent ?? '').slice(0, COLLECT_LIMIT));
    return { text, shown: own?.shown ? finish(own.shown) : null, fieldName: own ? ariaName(cell) : null };
  }
  const first = walkCell(cell, leftOut);
  if (!first.namedByIds) return first.reading;
  // A control named by ids (`aria-labelledby`) whose naming element sits in the cell, maybe before
  // it: read again, leaving those names out. Rare, so the common cell is walked once.
  return walkCell(cell, new Set([...leftOut, ...namingElementsIn(cell)])).reading;
}

/**
 * A shadow root that shows its host's children and nothing else: one default <slot> with no
 * fallback content, beside styles at most, and no text of its own. Many web-component cells are
 * drawn so (Spectrum's sp-table-cell, Lit and FAST cells that only style themselves): such a cell
 * shows its own text, read without walking the shadow root, its slot and the slot's assigned
 * nodes (a sixth of reading Spectrum's 2,000-row table went there).
 */
function showsOnlyItsChildren(shadow: ShadowRoot): boolean {
  let slots = 0;
  for (let node = shadow.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE && (node as Text).data.trim() !== '') return false;
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    if (element.localName === 'slot') {
      if (element.hasAttribute('name') || element.firstChild !== null) return false;
      slots++;
    } else if (!NEVER_TEXT.has(element.localName)) return false;
  }
  return slots === 1;
}

/** Roles of the widgets a user enters or chooses a value with. */
const CONTROL_ROLES = new Set(['combobox', 'listbox', 'textbox', 'searchbox', 'spinbutton', 'checkbox', 'radio', 'switch', 'slider']);

/**
 * A form control or a widget drawn as one: what its naming elements name is a field, not the
 * cell's value. A header cell, a cell or a plain box named by its own words (UI-Grid's header
 * cell, by its title) is read by them.
 */
function isControl(element: Element): boolean {
  return controlText(element) !== null || CONTROL_ROLES.has(element.getAttribute('role') ?? '') || element.hasAttribute('aria-haspopup') || (element.getAttribute('contenteditable') ?? 'false') !== 'false';
}

/** The elements of the cell that name one of its controls by id (`aria-labelledby`): MUI's select names itself so. */
function namingElementsIn(cell: Element): Set<Element> {
  const names = new Set<Element>();
  const root = cell.getRootNode() as Document | ShadowRoot;
  for (const control of cell.querySelectorAll('[aria-labelledby]')) {
    if (!isControl(control)) continue;
    for (const id of control.getAttribute('aria-labelledby')!.split(/\s+/)) {
      const name = id ? root.getElementById(id) : null;
      // A drawn combobox named by its own words (Select2's shows the chosen label so) is read by them.
      if (name && name !== control && cell.contains(name) && !name.contains(control) && !(isDrawnCombobox(control) && control.contains(name))) names.add(name);
    }
  }
  return names;
}

/**
 * A control drawn by a script rather than a form element: a combobox that shows the chosen
 * option's words ("Vietnam") while the form submits the code held in a hidden input beside it
 * ("VN"), as MUI's Select and many listbox widgets do. Not an <input role="combobox">: that one
 * holds what the user typed, read as any input.
 */
function isDrawnCombobox(element: Element): boolean {
  return element.getAttribute('role') === 'combobox' || element.getAttribute('aria-haspopup') === 'listbox';
}

/** The value a hidden input beside a drawn combobox submits for it, looked for from the combobox's box up to the cell. */
function submittedBeside(combobox: Element, cell: Element): string | null {
  for (let box = combobox.parentElement; box; box = box === cell ? null : box.parentElement) {
    for (const input of box.querySelectorAll('input')) {
      // A tick box's "on" is no option's value.
      if (input.type !== 'hidden' && TEXTLESS_INPUTS.has(input.type)) continue;
      // Hidden from everyone: a visible input with tabindex -1 is a grid's cell editor, and one in
      // the combobox its search box, not the submitted value. Kendo's widgets keep the page's own
      // input, undisplayed, inside the combobox they draw.
      const hidden = input.type === 'hidden' || input.getAttribute('aria-hidden') === 'true' || styleOf(input)?.display === 'none';
      if (hidden && input.value !== '') return input.value;
    }
  }
  return null;
}

/** A control's name from the ids it points at (`aria-labelledby`), itself left out. */
function labelledByName(control: Element): string | null {
  const ids = control.getAttribute('aria-labelledby');
  if (!ids) return null;
  const root = control.getRootNode() as Document | ShadowRoot;
  const words = ids
    .split(/\s+/)
    .map((id) => (id ? root.getElementById(id) : null))
    .filter((name): name is HTMLElement => name !== null && name !== control && !control.contains(name))
    .map((name) => name.textContent ?? '')
    .join(' ');
  return collapseWhitespace(words).slice(0, MAX_CELL_LENGTH) || null;
}

function walkCell(cell: Element, names: ReadonlySet<Element>): { reading: CellReading; namedByIds: boolean } {
  const parts: string[] = [];
  // Only built once a control shows something other than its value (set in emitControl: typed so TypeScript sees it may change).
  let shownParts = null as string[] | null;
  let length = 0;
  // Strings on the stack are separators to emit once an element's children are done.
  const pending: (Node | string)[] = [cell];
  let visited = 0;
  let fieldName: string | null = null;
  let namedByIds = false;
  // A <select> the page hid to draw a widget in its place (Select2, Tom Select): it holds the value.
  let hiddenSelect: HTMLSelectElement | null = null;
  let hiddenSelects = 0;
  let filledControls = 0;
  const emit = (value: string, shown = value): void => {
    parts.push(value);
    shownParts?.push(shown);
  };
  const emitControl = (value: string, shown: string | null): void => {
    if (shown !== null && shownParts === null) shownParts = [...parts];
    emit(` ${value} `, ` ${shown ?? value} `);
    length += value.length;
    if (value.trim() !== '') filledControls++;
  };
  while (pending.length > 0 && length < COLLECT_LIMIT && visited++ < MAX_NODES_PER_CELL) {
    const node = pending.pop()!;
    if (typeof node === 'string') {
      emit(node);
      continue;
    }
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node as Text).data;
      emit(text.length > COLLECT_LIMIT ? text.slice(0, COLLECT_LIMIT) : text);
      length += text.length;
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    const control = controlText(element);
    if (element !== cell) {
      if (NEVER_TEXT.has(element.localName) || names.has(element)) continue;
      const style = styleOf(element);
      if (isHiddenInCell(element, style)) {
        // The <select> itself, or a box hiding it (PrimeReact's and Radix's selects wrap it so).
        const select = element.localName === 'select' ? element : element.firstElementChild ? element.querySelector('select') : null;
        if (select) {
          hiddenSelect = select as HTMLSelectElement;
          hiddenSelects++;
        }
        continue;
      }
      const label = labelOfControlIn(element, cell);
      if (label) {
        fieldName ??= labelWords(label) || null;
        // Its control is read where it stands: inside the label (then only it is read) or beside it.
        if (label.contains(label.control)) pending.push(label.control!);
        continue;
      }
      if (control === null && separatesWords(element, style)) {
        emit(' ');
        pending.push(' ');
      }
      if (element.hasAttribute('aria-labelledby') && isControl(element)) namedByIds = true;
      // A form element is read as such below; only a drawn control is looked at here (each element's attributes, once).
      if (control === null && isDrawnCombobox(element)) {
        fieldName ??= ariaName(element) ?? labelledByName(element);
        const submitted = submittedBeside(element, cell);
        if (submitted !== null) {
          const shown = readCell(element).text;
          emitControl(submitted, shown === submitted ? null : shown);
          continue;
        }
      }
      // A web component drawing a select of its own light-DOM options (ui5-select, fluent-select).
      const options = control === null ? optionChildren(element) : null;
      if (options) {
        const shown = readCell(element).text;
        const choice = optionChoice(options, shown);
        if (choice) {
          fieldName ??= ariaName(element) ?? labelledByName(element);
          emitControl(choice.value, shown === choice.value ? null : shown);
          continue;
        }
      }
    }
    if (control !== null) {
      fieldName ??= ariaName(element) ?? labelledByName(element);
      emitControl(control.value, control.shown);
      continue;
    }
    // Children go on the stack last-first, so they come off in document order.
    const children = openShadowRoot(element) || element.localName === 'slot' ? renderedChildren(element) : null;
    if (children) for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]!);
    else for (let child = element.lastChild; child; child = child.previousSibling) pending.push(child);
  }
  const text = finish(parts.join(''));
  // The widget drawn for a hidden <select> shows its chosen label, and nothing else of the cell holds a value.
  if (hiddenSelects === 1 && filledControls === 0) {
    const choice = hiddenSelectChoice(hiddenSelect!, text);
    if (choice) return { reading: { text: finish(choice.value), shown: choice.value === text ? null : text, fieldName }, namedByIds };
  }
  const shown = shownParts ? finish(shownParts.join('')) : null;
  return { reading: { text, shown: shown !== null && shown !== text ? shown : null, fieldName }, namedByIds };
}

/** A control's own name for its field, when it carries one (`aria-label="Country of origin"`). */
function ariaName(control: Element): string | null {
  const name = control.getAttribute('aria-label');
  return name ? collapseWhitespace(name).slice(0, MAX_CELL_LENGTH) || null : null;
}

/** The text of a cell as the user sees it (see readCell); a <select> by the value it submits. */
export function visibleText(cell: Element): string {
  return readCell(cell).text;
}
