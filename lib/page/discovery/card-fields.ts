import { collapseWhitespace, visibleText } from '../layout/visible-text';

/**
 * Card views (an ERP's mobile or "card" layout, order-line cards, search results) show each line
 * of goods as a block of label/value pairs instead of a row under a header. This module finds one
 * such pair where it stands, the way they are marked up: a `<dt>` and its `<dd>`; a box holding a
 * label element and a value element; a "Quantity:" label leading its value; a `<label>` wrapping
 * its control. Which pairs make a table is decided by card-lists.ts.
 */

/** A label and the value it names, inside a card. */
export interface CardField {
  /** The label as compared across cards: its words, lower case, without a trailing colon. */
  key: string;
  /** The label as shown, without its colon: the column's header. */
  label: string;
  /** The element showing the value: what is read, and where a mark is drawn. */
  value: Element;
  /** The label's element when it sits inside `value` ("<li><b>Quantity:</b> 40</li>"): left out when the value is read. */
  labelInside: Element | null;
  /** The label's words and colon when they begin `value`'s own text ("<li>Quantity: 40</li>"): left out when the value is read. */
  labelText: string | null;
  /** The element holding the label and the value together: the card is looked for above it. */
  box: Element;
}

/** Labels are a few words: "Country of origin", "Net weight (kg)". A longer text is a value or a sentence. */
const MAX_LABEL_CHARS = 40;
const MAX_LABEL_WORDS = 6;
/** A label element is text with little markup (an icon, a "required" star), never a block of elements. */
const MAX_LABEL_CHILDREN = 2;

const CONTROL = 'input, select, textarea, button';
/** A colon (ASCII or full width) ending a label: "Quantity:", "数量：". */
const TRAILING_COLON = /\s*[:：]\s*$/;
const LETTER = /\p{L}/u;

/** Whether words read as a field's label: short, with a letter, not a sentence (no full stop inside). */
export function isLabelLike(words: string): boolean {
  const label = words.replace(TRAILING_COLON, '');
  if (label.length === 0 || label.length > MAX_LABEL_CHARS || !LETTER.test(label)) return false;
  return label.split(' ').length <= MAX_LABEL_WORDS && !/[.!?]\s/.test(label);
}

/** The label's words as a header, and the key labels are compared by across cards. */
export function labelKey(words: string): { label: string; key: string } {
  const label = words.replace(TRAILING_COLON, '');
  return { label, key: label.toLowerCase() };
}

function endsWithColon(words: string): boolean {
  return TRAILING_COLON.test(words) && words.replace(TRAILING_COLON, '') !== '';
}

/** The words of an element that may be a label; null when it cannot be one (a control, a block of elements, a long text). */
function labelWordsOf(element: Element): string | null {
  const children = element.childElementCount;
  if (children > MAX_LABEL_CHILDREN || element.matches(CONTROL) || (children > 0 && element.querySelector(CONTROL) !== null)) return null;
  // Cheap first: most elements on a page are far too long to be a label.
  if ((element.textContent ?? '').length > MAX_LABEL_CHARS * 4) return null;
  const words = visibleText(element);
  return isLabelLike(words) ? words : null;
}

function field(words: string, value: Element, labelInside: Element | null, box: Element, labelText: string | null = null): CardField {
  return { ...labelKey(words), value, labelInside, labelText, box };
}

/**
 * "Quantity: 40" as one text: the label, its colon and the value. An ASCII colon must be followed
 * by a space, so a time ("10:30"), a ratio or an address ("https://…") is not split; a full-width
 * one ("数量：40") need not be.
 */
const LABEL_THEN_VALUE = /^([^:：]+?(?::\s|：\s*))(\S.*)$/su;

/** `<li>Quantity: 40</li>`: a text naming its own value, with no element around either part. */
function labelledText(element: Element): CardField | null {
  const text = element.textContent ?? '';
  if (text.length > MAX_LABEL_CHARS * 4 || !/[:：]/.test(text)) return null;
  const match = LABEL_THEN_VALUE.exec(collapseWhitespace(text));
  if (!match) return null;
  const labelText = match[1]!.trimEnd();
  return isLabelLike(labelText) ? field(labelText, element, null, element, labelText) : null;
}

function isBlankText(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE && (node as Text).data.trim() === '';
}

/** The child nodes that show something: elements and text that is not only whitespace (comments left out). */
function meaningfulChildren(element: Element): Node[] {
  const nodes: Node[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && !isBlankText(node))) nodes.push(node);
  }
  return nodes;
}

/** `<dt>Part number</dt><dd>LT-00001</dd>`: the term names the description after it. */
function termAndDescription(term: Element): CardField | null {
  const description = term.nextElementSibling;
  if (description?.localName !== 'dd' || !term.parentElement) return null;
  const words = labelWordsOf(term);
  // A wrapped pair (`<dl><div><dt/><dd/></div>`) has its own box; a bare one, the list's.
  return words ? field(words, description, null, term.parentElement) : null;
}

/** `<label>Quantity <input></label>`: the label's words name the control it wraps. */
function wrappingLabel(label: Element, nodes: readonly Node[]): CardField | null {
  const control = (label as HTMLLabelElement).control;
  if (!control || !label.contains(control) || nodes.length !== 2 || nodes[0]!.nodeType !== Node.TEXT_NODE) return null;
  const words = collapseWhitespace((nodes[0] as Text).data);
  return isLabelLike(words) ? field(words, control, null, label) : null;
}

/**
 * A box whose first shown part is its label: a label element and a value element
 * (`<div><span>Origin</span><span>CN</span></div>`), a "Label:" element or text and the value
 * after it (`<li><b>Quantity:</b> 40</li>`, `<p>HTS: <span>8471.30</span></p>`).
 */
function leadingLabel(box: Element, nodes: readonly Node[]): CardField | null {
  if (nodes.length < 2) return null;
  const [lead, ...rest] = nodes as [Node, ...Node[]];
  const valueElement = rest.length === 1 && rest[0]!.nodeType === Node.ELEMENT_NODE ? (rest[0] as Element) : null;
  if (lead.nodeType === Node.TEXT_NODE) {
    // Bare text names an element after it only with a colon: "Total 40 <b>USD</b>" is a value.
    const words = collapseWhitespace((lead as Text).data);
    return valueElement && endsWithColon(words) && isLabelLike(words) ? field(words, valueElement, null, box) : null;
  }
  const label = lead as Element;
  if (label.localName === 'dt' || label.localName === 'dd') return null;
  const words = labelWordsOf(label);
  if (!words) return null;
  if (valueElement) return field(words, valueElement, null, box);
  // The value is the rest of the box after "Label:" (text, or text and elements): read the box without the label.
  return endsWithColon(words) ? field(words, box, label, box) : null;
}

/** The field `element` is the label or the box of, if any. */
export function fieldAt(element: Element): CardField | null {
  if (element.localName === 'dt') return termAndDescription(element);
  if (element.localName === 'dl' || element.localName === 'dd' || element.childElementCount > 3) return null;
  if (element.childElementCount === 0) return element.matches(CONTROL) ? null : labelledText(element);
  const nodes = meaningfulChildren(element);
  if (element.localName === 'label') return wrappingLabel(element, nodes);
  return leadingLabel(element, nodes);
}
