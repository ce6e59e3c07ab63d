import { MAX_CELL_LENGTH } from '../../extension/messaging/messages';
import { isHiddenInCell, styleOf } from './visibility';

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

/** What a form control shows: editable ERP grids put the value in an input, not in the cell's text. */
function controlText(element: Element): string | null {
  switch (element.localName) {
    case 'input': {
      const input = element as HTMLInputElement;
      return TEXTLESS_INPUTS.has(input.type) ? '' : input.value;
    }
    case 'textarea':
      return (element as HTMLTextAreaElement).value;
    case 'select':
      return Array.from((element as HTMLSelectElement).selectedOptions, (option) => option.label).join(', ');
    default:
      return null;
  }
}

/** Block-level boxes separate words, as the eye reads "<div>Net</div><div>12.5</div>" as "Net 12.5". */
function separatesWords(element: Element, style: CSSStyleDeclaration | null): boolean {
  if (element.localName === 'br') return true;
  const display = style?.display ?? 'inline';
  return !display.startsWith('inline') && display !== 'contents';
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function finish(text: string): string {
  const collapsed = collapseWhitespace(text);
  return collapsed.length > MAX_CELL_LENGTH ? collapsed.slice(0, MAX_CELL_LENGTH) : collapsed;
}

/**
 * The text of a cell as the user sees it: hidden and screen-reader-only parts left out, form
 * controls read by their shown value, whitespace collapsed, at most MAX_CELL_LENGTH characters.
 * The walk is iterative, so a page nesting thousands of elements in a cell cannot overflow the stack.
 */
export function visibleText(cell: Element): string {
  // Most cells hold plain text: no styles to look up.
  if (cell.childElementCount === 0) {
    const own = controlText(cell);
    return finish((own ?? cell.textContent ?? '').slice(0, COLLECT_LIMIT));
  }
  const parts: string[] = [];
  let length = 0;
  // Strings on the stack are separators to emit once an element's children are done.
  const pending: (Node | string)[] = [cell];
  let visited = 0;
  while (pending.length > 0 && length < COLLECT_LIMIT && visited++ < MAX_NODES_PER_CELL) {
    const node = pending.pop()!;
    if (typeof node === 'string') {
      parts.push(node);
      continue;
    }
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node as Text).data;
      parts.push(text.length > COLLECT_LIMIT ? text.slice(0, COLLECT_LIMIT) : text);
      length += text.length;
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    if (element !== cell) {
      if (NEVER_TEXT.has(element.localName)) continue;
      const style = styleOf(element);
      if (isHiddenInCell(element, style)) continue;
      const shown = controlText(element);
      if (shown !== null) {
        parts.push(' ', shown, ' ');
        length += shown.length;
        continue;
      }
      if (separatesWords(element, style)) {
        parts.push(' ');
        pending.push(' ');
      }
    }
    // Children go on the stack last-first, so they come off in document order.
    for (let child = element.lastChild; child; child = child.previousSibling) pending.push(child);
  }
  return finish(parts.join(''));
}
