import { composedParent, renderedChildren } from '../dom/composed-tree';
import { controlTextBox } from './control-text';
import type { ViewportBox } from './viewport-box';

/**
 * What a badge must not cover: the text a filer reads in and around a marked cell. Each line of
 * each text node is its own rectangle (Range.getClientRects), not the cell's content box, so a
 * wrapped description's short last line or a right-aligned number's empty left side leaves room
 * beside it. A form control's value counts as text where the control draws it.
 */

/** Elements that show their value themselves, not as text nodes a range can measure (control-text.ts measures it). */
const CONTROLS = new Set(['input', 'select', 'textarea']);
/** Levels climbed from the cell: its row, the row group, the table (a header row group), a frozen column's pane around it. */
const MAX_LEVELS = 6;
/**
 * Siblings looked at each way per level, at most: a virtual grid keeps its rendered rows in any
 * DOM order (recycled rows), so the row above may be far in the DOM; a 50,000-row table is not
 * walked whole.
 */
const MAX_SIBLINGS = 250;
/**
 * Nodes walked for text per neighbour, at most: a neighbour is a cell, a row, a header or a
 * frozen column's pane, not the page. Walked whole, not pruned by boxes: sticky header cells and
 * positioned rows lie outside their parents' boxes.
 */
const MAX_NODES_PER_NEIGHBOUR = 1500;

interface Edges {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const edgesOf = (rect: DOMRectReadOnly): Edges => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
const isEmpty = (edges: Edges): boolean => edges.right <= edges.left || edges.bottom <= edges.top;

function intersection(a: Edges, b: Edges): Edges | null {
  const cut = { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
  return cut.right > cut.left && cut.bottom > cut.top ? cut : null;
}

/** An element's siblings one way (slotted elements among the slot's other assigned elements). */
function* siblingsOf(element: Element, step: -1 | 1): Generator<Element> {
  const slot = element.assignedSlot;
  if (slot) {
    const assigned = slot.assignedElements({ flatten: true });
    for (let i = assigned.indexOf(element) + step; i >= 0 && i < assigned.length; i += step) yield assigned[i]!;
    return;
  }
  for (let sibling = step < 0 ? element.previousElementSibling : element.nextElementSibling; sibling; sibling = step < 0 ? sibling.previousElementSibling : sibling.nextElementSibling) {
    yield sibling;
  }
}

/** No clipping box around: text shows wherever it is laid out. */
const EVERYWHERE: Edges = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };

/**
 * The page's text as it is laid out now, read once per update of the marks however many marks
 * ask: neighbouring marks share neighbours (the row above is every mark's in a row), and every
 * box, line and style read here is kept for the rest of the update. Make a new one after the
 * page changed.
 */
export class PageText {
  private readonly boxes = new Map<Element, Edges>();
  private readonly lines = new Map<Node, Edges[]>();
  /** Where an element's content shows (cut by clipping boxes around it), null when hidden (visibility). */
  private readonly shown = new Map<Element, Edges | null>();
  private range: Range | null = null;

  /**
   * The rectangles, in the cell document's client coordinates, of the text lines and form
   * controls in `cell` and within `reach` px around it: its own and its neighbours' (the cells
   * beside it, the rows above and below, a header, a frozen column), found by walking out from
   * the cell through the elements whose boxes reach the area, whatever the markup (table cells,
   * ARIA grid cells, positioned divs, web components). Boxes, not hit tests: a hit test brings
   * the whole page up to date first and costs hundreds of times more. Text hidden by a
   * clipping box (an ellipsis cell, a grid's edge) counts only where it shows.
   */
  around(cell: Element, reach: number): ViewportBox[] {
    const own = this.boxOf(cell);
    const area = { left: own.left - reach, top: own.top - reach, right: own.right + reach, bottom: own.bottom + reach };
    const sources: Element[] = [cell];
    const top = cell.ownerDocument.body ?? cell.ownerDocument.documentElement;
    let level: Element | null = cell;
    for (let climbed = 0; level && level !== top && climbed < MAX_LEVELS; climbed++, level = composedParent(level)) {
      sources.push(...this.siblingsInArea(level, area));
    }
    const found: ViewportBox[] = [];
    for (const source of sources) this.collect(source, area, found);
    return found;
  }

  private boxOf(element: Element): Edges {
    let box = this.boxes.get(element);
    if (!box) this.boxes.set(element, (box = edgesOf(element.getBoundingClientRect())));
    return box;
  }

  /**
   * The elements beside `element` whose box reaches into `area`: the cells beside it in a row,
   * the rows above and below, a header row group, a frozen column's pane; MAX_SIBLINGS each way.
   */
  private siblingsInArea(element: Element, area: Edges): Element[] {
    const found: Element[] = [];
    for (const step of [-1, 1] as const) {
      let looked = 0;
      for (const sibling of siblingsOf(element, step)) {
        if (++looked > MAX_SIBLINGS) break;
        const box = this.boxOf(sibling);
        // A box with no size (display: contents, an empty wrapper) may still show children in the area.
        if (isEmpty(box) || intersection(box, area)) found.push(sibling);
      }
    }
    return found;
  }

  /** Where `element` shows its content: cut by every clipping box around it; null when it is not visible. */
  private shownArea(element: Element): Edges | null {
    const known = this.shown.get(element);
    if (known !== undefined) return known;
    const parent = composedParent(element);
    let area = parent ? this.shownArea(parent) : EVERYWHERE;
    const style = element.ownerDocument.defaultView?.getComputedStyle(element);
    if (style && area && (style.overflowX !== 'visible' || style.overflowY !== 'visible')) area = intersection(area, this.boxOf(element));
    // visibility is inherited: a visible child of a hidden parent shows, so it is asked of each element.
    const result = style?.visibility === 'visible' || !style ? area : null;
    this.shown.set(element, result);
    return result;
  }

  /** The shown lines of a text node or the shown value of a control. */
  private linesOf(node: Node, parent: Element): Edges[] {
    let lines = this.lines.get(node);
    if (lines) return lines;
    lines = [];
    const area = this.shownArea(parent);
    if (area) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (/\S/.test((node as Text).data)) {
          this.range ??= node.ownerDocument!.createRange();
          this.range.selectNodeContents(node);
          for (const line of Array.from(this.range.getClientRects())) {
            const shown = intersection(edgesOf(line), area);
            if (shown) lines.push(shown);
          }
        }
      } else {
        const value = controlTextBox(node as Element);
        const shown = value && intersection(value, area);
        if (shown) lines.push(shown);
      }
    }
    this.lines.set(node, lines);
    return lines;
  }

  private collect(source: Element, area: Edges, found: ViewportBox[]): void {
    const stack: Node[] = [source];
    let walked = 0;
    while (stack.length > 0 && walked++ < MAX_NODES_PER_NEIGHBOUR) {
      const node = stack.pop()!;
      const isText = node.nodeType === Node.TEXT_NODE;
      if (!isText && node.nodeType !== Node.ELEMENT_NODE) continue;
      if (isText || CONTROLS.has((node as Element).localName)) {
        const parent = isText ? composedParent(node) : (node as Element);
        if (!parent) continue;
        for (const line of this.linesOf(node, parent)) {
          if (intersection(line, area)) found.push({ left: line.left, top: line.top, width: line.right - line.left, height: line.bottom - line.top });
        }
        continue;
      }
      const children = renderedChildren(node);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
}
